/**
 * The STRING token, matched by a loop instead of the grammar's regular
 * expression. V8 matches `"(\\.|[^"\\\r\n])*"` with a backtracking stack
 * that grows with every character, so a string of a few megabytes threw
 * "Maximum call stack size exceeded" out of the lexer and the whole file
 * failed to parse. The loop accepts exactly what the expression does: one
 * line between double quotes, where a backslash takes the next character
 * (any but a line break).
 */
import type { CustomPatternMatcherReturn, TokenType } from 'chevrotain';

const QUOTE = 0x22;
const BACKSLASH = 0x5c;

/** The characters JavaScript's `.` does not match: no string or escape holds them. */
const LINE_BREAKS = new Set([0x0a, 0x0d, 0x2028, 0x2029]);

/** The string literal starting at offset, quotes included; null when there is none (no closing quote on the line). */
export function matchStringLiteral(text: string, offset: number): CustomPatternMatcherReturn | null {
    if (text.charCodeAt(offset) !== QUOTE) {
        return null;
    }
    for (let at = offset + 1; at < text.length; at++) {
        const code = text.charCodeAt(at);
        if (code === QUOTE) {
            return [text.slice(offset, at + 1)];
        }
        if (code === 0x0a || code === 0x0d) {
            return null;
        }
        if (code === BACKSLASH) {
            at++;
            if (at >= text.length || LINE_BREAKS.has(text.charCodeAt(at))) {
                return null;
            }
        }
    }
    return null;
}

/** Gives the STRING token type the matcher above. */
export function matchStringsByLoop(token: TokenType): void {
    token.PATTERN = matchStringLiteral;
    token.START_CHARS_HINT = ['"'];
    token.LINE_BREAKS = false;
}
