/**
 * Characters a reader must never receive raw: C0 and C1 controls (escape
 * sequences, NUL, BEL, line breaks), DEL, and the line separators and
 * direction marks and overrides that make text read differently from what
 * it holds. They are shown as `\u001b`-style escapes: the reader sees that
 * something is there, and what.
 */
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]/g;

/** The same, but the line feed: for text whose line breaks are its own. */
const UNPRINTABLE_BUT_LINE_FEED = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]/g;

function escaped(character: string): string {
    return `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`;
}

export function showUnprintable(text: string): string {
    return text.replace(UNPRINTABLE, escaped);
}

export function showUnprintableButLineFeeds(text: string): string {
    return text.replace(UNPRINTABLE_BUT_LINE_FEED, escaped);
}
