/**
 * Text for a terminal or a CI log. A file name or a design string could
 * otherwise move the cursor, recolour or clear the screen (ESC), ring the
 * bell, reverse the reading order (bidi overrides), or start a new line
 * that a CI runner reads as a command (GitHub Actions obeys any line that
 * starts with `::`). Escapes are idempotent: escaping twice changes nothing.
 */
import { showUnprintable, showUnprintableButLineFeeds } from './unprintable.js';

/** One line: every control character, line break included, written as a `\u000a`-style escape. */
export function terminalText(text: string): string {
    return showUnprintable(text);
}

/**
 * Several lines whose breaks are ours (a list of problems, pretty-printed
 * JSON): the breaks stay, anything else unprintable is escaped. Text from a
 * file must already be in `terminalText` form, or a break in it would pass.
 */
export function terminalLines(text: string): string {
    return showUnprintableButLineFeeds(text);
}
