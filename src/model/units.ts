/**
 * Numbers with units, as written in `.arch` files (`40k`, `200ms`, `64MB`,
 * `99.99%`), normalised to plain numbers: counts, seconds, bytes, fractions.
 */

export type UnitKind = 'count' | 'duration' | 'size' | 'percent';

interface Suffix {
    readonly kind: UnitKind;
    readonly factor: number;
}

// Each suffix belongs to exactly one kind, so a number can be normalised
// without knowing which property it is written for (`m` is minutes, `M` is
// million, a bare `B` is billion, never bytes).
const SUFFIXES: Readonly<Record<string, Suffix>> = {
    k: { kind: 'count', factor: 1e3 },
    M: { kind: 'count', factor: 1e6 },
    B: { kind: 'count', factor: 1e9 },
    ms: { kind: 'duration', factor: 1e-3 },
    s: { kind: 'duration', factor: 1 },
    m: { kind: 'duration', factor: 60 },
    h: { kind: 'duration', factor: 3600 },
    d: { kind: 'duration', factor: 86400 },
    KB: { kind: 'size', factor: 1e3 },
    MB: { kind: 'size', factor: 1e6 },
    GB: { kind: 'size', factor: 1e9 },
    TB: { kind: 'size', factor: 1e12 },
    PB: { kind: 'size', factor: 1e15 },
    KiB: { kind: 'size', factor: 2 ** 10 },
    MiB: { kind: 'size', factor: 2 ** 20 },
    GiB: { kind: 'size', factor: 2 ** 30 },
    TiB: { kind: 'size', factor: 2 ** 40 },
    '%': { kind: 'percent', factor: 0.01 }
};

export const UNIT_SUFFIXES_BY_KIND: Readonly<Record<UnitKind, readonly string[]>> = {
    count: suffixesOf('count'),
    duration: suffixesOf('duration'),
    size: suffixesOf('size'),
    percent: suffixesOf('percent')
};

function suffixesOf(kind: UnitKind): string[] {
    return Object.entries(SUFFIXES).filter(([, s]) => s.kind === kind).map(([name]) => name);
}

export interface Quantity {
    /** The normalised value: a count, seconds, bytes or a fraction. */
    readonly value: number;
    /** The kind the suffix names; `undefined` for a bare number. */
    readonly unit: UnitKind | undefined;
    readonly suffix: string;
}

export type QuantityResult = { readonly ok: true; readonly quantity: Quantity } | { readonly ok: false; readonly message: string };

const NUMBER_WITH_SUFFIX = /^([0-9]+(?:\.[0-9]+)?)([A-Za-z]*|%)$/;

/** Parses a number token such as `1.5M` or `200ms`. */
export function parseQuantity(text: string): QuantityResult {
    const match = NUMBER_WITH_SUFFIX.exec(text);
    if (!match) {
        return { ok: false, message: `'${text}' is not a number.` };
    }
    const [, digits, suffix] = match;
    const magnitude = Number(digits);
    if (!Number.isFinite(magnitude)) {
        return { ok: false, message: `'${text}' is too large a number.` };
    }
    if (suffix === '') {
        return { ok: true, quantity: { value: magnitude, unit: undefined, suffix } };
    }
    const known = SUFFIXES[suffix];
    if (!known) {
        return { ok: false, message: `Unknown unit '${suffix}' in '${text}'. Units: ${describeUnits()}.` };
    }
    return { ok: true, quantity: { value: roundFloat(magnitude * known.factor), unit: known.kind, suffix } };
}

/** Removes binary floating-point noise (0.07 * 100 = 7.000000000000001). */
function roundFloat(value: number): number {
    return Number.parseFloat(value.toPrecision(12));
}

export function describeUnits(): string {
    return (Object.keys(UNIT_SUFFIXES_BY_KIND) as UnitKind[])
        .map((kind) => `${kind} ${UNIT_SUFFIXES_BY_KIND[kind].join(' ')}`)
        .join('; ');
}

export const UNIT_EXAMPLES: Readonly<Record<UnitKind, string>> = {
    count: '3, 10k, 1.5M, 2B',
    duration: '200ms, 30s, 5m, 1h, 7d',
    size: '64MB, 10GB, 1TB',
    percent: '99.9%, or a fraction such as 0.9'
};

/**
 * Whether a number written with `written` unit fits a property expecting
 * `expected`. A bare number is a count; it is also a fraction for a
 * percentage (≤ 1), and a bare 0 is any quantity.
 */
export function unitFits(expected: UnitKind, quantity: Quantity): boolean {
    if (quantity.unit === expected) {
        return true;
    }
    if (quantity.unit !== undefined) {
        return false;
    }
    switch (expected) {
        case 'count':
            return true;
        case 'percent':
            return quantity.value <= 1;
        case 'duration':
        case 'size':
            return quantity.value === 0;
    }
}

const DURATION_FORMAT: readonly (readonly [string, number])[] = [['d', 86400], ['h', 3600], ['m', 60], ['s', 1]];

/** Seconds as a `.arch` duration: `7d`, `90m`, `500ms` (the largest unit that divides it). */
export function formatDuration(seconds: number): string {
    for (const [suffix, factor] of DURATION_FORMAT) {
        const count = seconds / factor;
        if (count >= 1 && Number.isInteger(count)) {
            return `${count}${suffix}`;
        }
    }
    return `${Number.parseFloat((seconds * 1000).toPrecision(6))}ms`;
}

/** A count as a reviewer writes it: 40000 → `40k`, 1500000 → `1.5M`. */
export function formatCount(count: number): string {
    const units: readonly (readonly [number, string])[] = [[1e9, 'B'], [1e6, 'M'], [1e3, 'k']];
    for (const [size, suffix] of units) {
        if (Math.abs(count) >= size) {
            return `${Number.parseFloat((count / size).toPrecision(3))}${suffix}`;
        }
    }
    return String(Number.parseFloat(count.toPrecision(3)));
}
