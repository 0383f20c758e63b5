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
    // A week is seven days; a year is 365 days (retention and backup periods
    // are stated to the day, and no review figure needs leap years).
    w: { kind: 'duration', factor: 7 * 86400 },
    y: { kind: 'duration', factor: 365 * 86400 },
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
    duration: '200ms, 30s, 5m, 1h, 7d, 2w, 1y',
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
            return `${count < PLAIN_BELOW ? count : formatNumber(count, 3)}${suffix}`;
        }
    }
    return `${formatNumber(seconds * 1000, 6)}ms`;
}

/** A whole or decimal number as `.arch` digits: from 10^21 on, JavaScript writes `3e+21`, which no `.arch` file can hold. */
export function archDigits(value: number): string {
    return value >= 1e21 && Number.isFinite(value) ? BigInt(value).toString() : String(value);
}

/** Unit multiples, largest first: `[1e9, 'B']`. */
export type UnitScale = readonly (readonly [number, string])[];

/** A percentage as it was written: `99.95%`, `99.9999999%` (12 digits drop the float noise of × 100). */
export function formatPercent(fraction: number): string {
    return `${formatNumber(fraction * 100, 12)}%`;
}

/** A normalised value in the unit it is written in: `100%`, `30s`, `3`. */
export function formatQuantity(value: number, unit: UnitKind | undefined): string {
    switch (unit) {
        case 'percent':
            return formatPercent(value);
        case 'duration':
            return value === 0 ? '0s' : formatDuration(value);
        default:
            return formatNumber(value, 12);
    }
}

const COUNT_SCALE: UnitScale = [[1e9, 'B'], [1e6, 'M'], [1e3, 'k']];

/** A count as a reviewer writes it: 40000 → `40k`, 1500000 → `1.5M`; from a thousand billion on, `3 × 10²¹`. */
export function formatCount(count: number): string {
    return formatScaled(count, COUNT_SCALE, '', '');
}

/**
 * A value to three digits in the largest multiple of `scale` it reaches
 * (`1.5M`, `40 TB`), after `separator`; below the smallest, or from a
 * thousand of the largest on (a power of ten reads better than more unit
 * names), the value itself followed by `base`: `500 B`, `3 × 10²¹ B`.
 */
export function formatScaled(value: number, scale: UnitScale, separator: string, base: string): string {
    const rounded = Number.parseFloat(value.toPrecision(3));
    const fitting = scale.find(([factor]) => Math.abs(rounded) >= factor);
    const beyond = 1000 * scale[0][0];
    if (!fitting || Math.abs(rounded) >= beyond) {
        return `${formatNumber(rounded, 3, beyond)}${base}`;
    }
    return `${formatNumber(rounded / fitting[0], 3)}${separator}${fitting[1]}`;
}

/** From here on (and below SMALLEST_PLAIN), formatNumber writes a power of ten. */
const PLAIN_BELOW = 1e15;
const SMALLEST_PLAIN = 1e-6;
const SUPERSCRIPTS = '⁰¹²³⁴⁵⁶⁷⁸⁹';

/**
 * A number rounded to `significant` digits, as a person reads it: `0.0004`,
 * `123000`, and from `plainBelow` on (10^15 unless told) or below 10^-6 as
 * `3 × 10²¹` and `1.5 × 10⁻⁷`, never JavaScript's `3e+21` or `1.5e-7`.
 */
export function formatNumber(value: number, significant: number, plainBelow = PLAIN_BELOW): string {
    const rounded = Number.parseFloat(value.toPrecision(significant));
    const size = Math.abs(rounded);
    if (rounded === 0 || !Number.isFinite(rounded) || (size >= SMALLEST_PLAIN && size < plainBelow)) {
        return String(rounded);
    }
    const [mantissa, exponent] = rounded.toExponential().split('e');
    return `${mantissa} × 10${superscript(Number(exponent))}`;
}

function superscript(exponent: number): string {
    const digits = [...String(Math.abs(exponent))].map((digit) => SUPERSCRIPTS[Number(digit)]).join('');
    return exponent < 0 ? `⁻${digits}` : digits;
}
