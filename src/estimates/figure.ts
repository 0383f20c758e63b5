/** A computed figure with the arithmetic that produced it, for hovers and the report. */
import type { Assumption, Basis } from '../model/finding.js';
import { formatCount, formatDuration, formatNumber } from '../model/units.js';

export interface Figure {
    readonly value: number;
    /** How it was obtained, e.g. `40k × 100/101 reads × (1 − 0.9) = 3.96k/s`. */
    readonly derivation: string;
    /**
     * What it rests on (review-quality principle 3): `assumed` when any input
     * is a default of the estimator, else `engine` when one is an engine's
     * fact, else `stated`. Absent means stated.
     */
    readonly basis?: Basis;
    /** The defaults it used, each with the property that would settle it. */
    readonly assumptions?: readonly Assumption[];
}

export interface FigureBasis {
    readonly basis?: Basis;
    readonly assumptions?: readonly Assumption[];
}

export function figure(value: number, derivation: string, from: FigureBasis = {}): Figure {
    const assumptions = uniqueAssumptions(from.assumptions ?? []);
    if (assumptions.length > 0) {
        return { value, derivation, basis: 'assumed', assumptions };
    }
    return from.basis && from.basis !== 'stated' ? { value, derivation, basis: from.basis } : { value, derivation };
}

/** The weakest basis of several inputs: assumed over engine over stated. */
export function combinedBasis(...inputs: readonly (FigureBasis | undefined)[]): FigureBasis {
    const assumptions = uniqueAssumptions(inputs.flatMap((input) => input?.assumptions ?? []));
    if (assumptions.length > 0) {
        return { basis: 'assumed', assumptions };
    }
    return { basis: inputs.some((input) => input?.basis === 'engine') ? 'engine' : 'stated' };
}

/** Each assumption once (same element and text), in first-seen order. */
export function uniqueAssumptions(assumptions: readonly Assumption[]): Assumption[] {
    const seen = new Map<string, Assumption>();
    for (const assumption of assumptions) {
        const key = `${assumption.element ?? ''}\u0000${assumption.text}`;
        if (!seen.has(key)) {
            seen.set(key, assumption);
        }
    }
    return [...seen.values()];
}

export function rate(value: number): string {
    return `${formatCount(value)}/s`;
}

/** Past this many significant digits, an availability near 100% is floating-point noise. */
const PERCENT_DIGITS = 15;
const NEARLY_ALL = `>99.${'9'.repeat(PERCENT_DIGITS - 2)}%`;

/** An availability with the digits it needs: `99.5%`, `99.99995%`, `99.9999999%`. */
export function percent(fraction: number): string {
    if (fraction >= 1) {
        return '100%';
    }
    // Enough digits to show the shortfall from 100% (two of them, at least two in all).
    const digits = Math.max(2, Math.min(PERCENT_DIGITS, Math.ceil(-Math.log10(1 - fraction)) + 1));
    const rounded = Number.parseFloat((fraction * 100).toPrecision(digits));
    // Below 100% must not read as 100%: a component that can fail is never perfect.
    return rounded >= 100 ? NEARLY_ALL : `${formatNumber(rounded, digits)}%`;
}

/** A share that may pass 100% (utilisation), rounded to what matters. */
export function share(fraction: number): string {
    return `${formatNumber(fraction * 100, fraction >= 0.1 ? 3 : 2)}%`;
}

/** A rate to the unit, digits grouped (`30,000/s`), for messages that compare two of them; past 10^15 or below 1, to three digits (`3 × 10³⁰/s`, `0.5/s`). */
export function exactRate(value: number): string {
    const whole = value >= 1 && value < 1e15;
    return `${whole ? Math.round(value).toLocaleString('en-US') : formatNumber(value, 3)}/s`;
}

export function seconds(value: number): string {
    return value === 0 ? '0ms' : formatDuration(Number.parseFloat(value.toPrecision(6)));
}

export function count(value: number): string {
    return formatCount(value);
}
