/**
 * What a string literal's backslash escapes stand for, as in JavaScript:
 * `\"`, `\\`, `\n`, `\t`, `\r`, `\b`, `\f`, `\v`, `\0`, `\xHH`, `\uHHHH`
 * (two of them for a surrogate pair) and `\u{H…}`; any other character
 * after a backslash stands for itself. A malformed `\x` or `\u` escape, a
 * code point past 10FFFF and half a surrogate pair are problems: the
 * escape is kept as written (nothing is silently lost), and the lexer
 * reports it at its place (arch-lexer.ts). Half a surrogate pair cannot be
 * written to the UTF-8 files ArchLens produces, hence an error rather than
 * JavaScript's silence.
 */

export interface EscapeProblem {
    /** Offset of the backslash in the literal (quotes included). */
    readonly offset: number;
    readonly length: number;
    readonly message: string;
}

export interface DecodedString {
    readonly value: string;
    readonly problems: readonly EscapeProblem[];
}

const SINGLE: Readonly<Record<string, string>> = { n: '\n', t: '\t', r: '\r', b: '\b', f: '\f', v: '\v', '0': '\0' };
const HEX_DIGIT = /^[0-9A-Fa-f]$/;
const MAX_CODE_POINT = 0x10ffff;
/** Longest escape quoted in a message (`\u{` and a million zeros is still one escape). */
const MAX_QUOTED = 24;

interface Escape {
    /** Characters the escape takes, backslash included. */
    readonly length: number;
    readonly code?: number;
    readonly text?: string;
    readonly problem?: string;
}

/** The value of a literal written with its quotes, and what is wrong with its escapes. */
export function decodeStringLiteral(literal: string): DecodedString {
    const end = literal.length - 1;
    const parts: string[] = [];
    const problems: EscapeProblem[] = [];
    let from = 1;
    for (let at = literal.indexOf('\\', from); at >= 0 && at < end; at = literal.indexOf('\\', from)) {
        parts.push(literal.slice(from, at));
        const escape = withPair(literal, at, end, readEscape(literal, at, end));
        const written = literal.slice(at, at + escape.length);
        if (escape.problem) {
            problems.push({ offset: at, length: escape.length, message: `Invalid escape '${quoted(written)}': ${escape.problem}` });
        }
        parts.push(escape.problem ? written : escape.text ?? String.fromCodePoint(escape.code ?? 0));
        from = at + escape.length;
    }
    parts.push(literal.slice(from, end));
    return { value: parts.join(''), problems };
}

function readEscape(literal: string, at: number, end: number): Escape {
    const letter = literal.charAt(at + 1);
    if (letter === 'x') {
        return hexEscape(literal, at, end, 2, 'write \\x and two hex digits (\\x41).');
    }
    if (letter === 'u') {
        return literal.charAt(at + 2) === '{' ? bracedEscape(literal, at, end) : hexEscape(literal, at, end, 4, U_FORMS);
    }
    return { length: 2, text: SINGLE[letter] ?? letter };
}

const U_FORMS = 'write \\u and four hex digits (\\u00e9) or a code point in braces (\\u{1F600}).';

/** `\xHH` or `\uHHHH`: exactly `count` hex digits after the letter. */
function hexEscape(literal: string, at: number, end: number, count: number, forms: string): Escape {
    const digits = hexDigitsAt(literal, at + 2, Math.min(at + 2 + count, end));
    return digits === count ? { length: 2 + count, code: parseInt(literal.slice(at + 2, at + 2 + count), 16) } : { length: 2 + digits, problem: forms };
}

/** `\u{H…}`: one hex digit or more, then the closing brace. */
function bracedEscape(literal: string, at: number, end: number): Escape {
    const digits = hexDigitsAt(literal, at + 3, end);
    const close = at + 3 + digits;
    const closed = close < end && literal.charAt(close) === '}';
    if (digits === 0 || !closed) {
        return { length: close - at + (closed ? 1 : 0), problem: U_FORMS };
    }
    const code = parseInt(literal.slice(at + 3, close), 16);
    const length = close + 1 - at;
    return code > MAX_CODE_POINT ? { length, problem: 'the largest code point is 10FFFF.' } : { length, code };
}

/** How many hex digits there are from `from`, before `end`. */
function hexDigitsAt(text: string, from: number, end: number): number {
    let at = from;
    while (at < end && HEX_DIGIT.test(text.charAt(at))) {
        at++;
    }
    return at - from;
}

/** A high surrogate followed by a `\u` low surrogate is one character; either half alone is a problem. */
function withPair(literal: string, at: number, end: number, escape: Escape): Escape {
    const { code } = escape;
    if (code === undefined || code < 0xd800 || code > 0xdfff) {
        return escape;
    }
    if (code <= 0xdbff && literal.startsWith('\\u', at + escape.length)) {
        const low = readEscape(literal, at + escape.length, end);
        if (low.code !== undefined && low.code >= 0xdc00 && low.code <= 0xdfff) {
            return { length: escape.length + low.length, code: 0x10000 + ((code - 0xd800) << 10) + (low.code - 0xdc00) };
        }
    }
    return { length: escape.length, problem: 'it is half of a surrogate pair: write the character as one code point (\\u{1F600}) or both halves (\\uD83D\\uDE00).' };
}

function quoted(written: string): string {
    return written.length <= MAX_QUOTED ? written : `${written.slice(0, MAX_QUOTED)}…`;
}
