/** What revealing a twist appends to the design's text (free of `vscode`, for the unit tests). */
import { revealedTwists, twistComment } from '../../practice/practice-file.js';
import type { Twist } from '../../practice/prompt.js';

/** The text to append, or undefined when the file already holds the twist (nothing is written twice). */
export function twistInsertion(text: string, twist: Twist): string | undefined {
    if (revealedTwists(text).includes(twist.id)) {
        return undefined;
    }
    return `${separatorAfter(text)}${twistComment(twist)}\n`;
}

/** A blank line between the design and the twist, however the file ends. */
function separatorAfter(text: string): string {
    if (text.length === 0 || text.endsWith('\n\n')) {
        return '';
    }
    return text.endsWith('\n') ? '\n' : '\n\n';
}
