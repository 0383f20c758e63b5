/** A computed figure with the arithmetic that produced it, for hovers and the report. */
import { formatCount, formatDuration } from '../model/units.js';

export interface Figure {
    readonly value: number;
    /** How it was obtained, e.g. `40k × 100/101 reads × (1 − 0.9) = 3.96k/s`. */
    readonly derivation: string;
}

export function figure(value: number, derivation: string): Figure {
    return { value, derivation };
}

export function rate(value: number): string {
    return `${formatCount(value)}/s`;
}

export function percent(fraction: number): string {
    if (fraction >= 1) {
        return '100%';
    }
    const digits = Math.max(2, Math.min(8, Math.ceil(-Math.log10(1 - fraction)) + 1));
    const rounded = Number.parseFloat((fraction * 100).toPrecision(digits));
    // Below 100% must not read as 100%: a component that can fail is never perfect.
    return rounded >= 100 ? '>99.999999%' : `${rounded}%`;
}

/** A share that may pass 100% (utilisation), rounded to what matters. */
export function share(fraction: number): string {
    return `${Number.parseFloat((fraction * 100).toPrecision(fraction >= 0.1 ? 3 : 2))}%`;
}

export function seconds(value: number): string {
    return value === 0 ? '0ms' : formatDuration(Number.parseFloat(value.toPrecision(6)));
}

export function count(value: number): string {
    return formatCount(value);
}
