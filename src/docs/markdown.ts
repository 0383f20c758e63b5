/**
 * Small Markdown builders for the generated reference pages: tables whose
 * cells may hold any text, inline code, and links.
 */

/** Inline code; a value holding a backtick is fenced with two. */
export function code(text: string): string {
    return text.includes('`') ? `\`\` ${text} \`\`` : `\`${text}\``;
}

/** Design text in Markdown prose: no HTML, no accidental emphasis or links. */
export function escapeInline(text: string): string {
    return text.replace(/[\\`*_[\]<>|]/g, (character) => `\\${character}`);
}

/** Text that stays inside one table cell: pipes escaped, line breaks as `<br>`. */
export function cell(text: string): string {
    return text.replace(/\|/g, '\\|').replace(/\r?\n/g, '<br>');
}

/** A GitHub-flavoured Markdown table; every cell is escaped. */
export function table(headers: readonly string[], rows: readonly (readonly string[])[]): string {
    const line = (cells: readonly string[]): string => `| ${cells.map(cell).join(' | ')} |`;
    return [line(headers), line(headers.map(() => '---')), ...rows.map(line)].join('\n');
}

/** The anchor GitHub gives a heading: lower case, punctuation dropped, spaces to dashes. */
export function anchorOf(heading: string): string {
    return heading.toLowerCase().replace(/[^a-z0-9 _-]/g, '').trim().replace(/ /g, '-');
}

/** A bullet list of links to headings. */
export function contents(headings: readonly string[]): string {
    return headings.map((heading) => `- [${heading}](#${anchorOf(heading)})`).join('\n');
}

/** Joins blocks with one blank line and ends the page with a newline. */
export function page(blocks: readonly string[]): string {
    return `${blocks.filter((block) => block.length > 0).join('\n\n')}\n`;
}
