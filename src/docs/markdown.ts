/**
 * Small Markdown builders for the generated reference pages and the review
 * report: tables, contents and pages. Text from a design or a path is
 * escaped by `src/util/escape/markdown.ts` before it gets here.
 */
import { link, tableCell } from '../util/escape/markdown.js';

/** A GitHub-flavoured Markdown table of cells given as Markdown; every cell is escaped for the table. */
export function table(headers: readonly string[], rows: readonly (readonly string[])[]): string {
    const line = (cells: readonly string[]): string => `| ${cells.map(tableCell).join(' | ')} |`;
    return [line(headers), line(headers.map(() => '---')), ...rows.map(line)].join('\n');
}

/** The anchor GitHub gives a heading: lower case, punctuation dropped, spaces to dashes. */
export function anchorOf(heading: string): string {
    return heading.toLowerCase().replace(/[^a-z0-9 _-]/g, '').trim().replace(/ /g, '-');
}

/** A bullet list of links to headings, given as Markdown. */
export function contents(headings: readonly string[]): string {
    return headings.map((heading) => `- ${link(heading, `#${anchorOf(heading)}`)}`).join('\n');
}

/** Joins blocks with one blank line and ends the page with a newline. */
export function page(blocks: readonly string[]): string {
    return `${blocks.filter((block) => block.length > 0).join('\n\n')}\n`;
}
