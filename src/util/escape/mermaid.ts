/**
 * Text from a design (names, titles, labels, engines) goes into Mermaid only
 * through this: every character that could end a label, start an entity,
 * a directive (`%%{init}%%`), Markdown or HTML, and every control or
 * direction character, is written as a numeric entity, which Mermaid shows
 * as the character itself; line breaks become spaces.
 */

const SAFE = /[A-Za-z0-9 .,:;_()/+=-]/;

/** Longest text shown in one label line; longer text is cut with an ellipsis. */
export const MAX_LABEL_TEXT = 60;

export function escapeLabelText(text: string): string {
    const characters = [...text.replace(/\s+/g, ' ')];
    const cut = characters.length > MAX_LABEL_TEXT;
    let escaped = '';
    for (const character of cut ? characters.slice(0, MAX_LABEL_TEXT - 1) : characters) {
        escaped += SAFE.test(character) ? character : `#${character.codePointAt(0)};`;
    }
    return cut ? `${escaped}…` : escaped;
}
