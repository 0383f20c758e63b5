/**
 * Text from a design or a path written into Markdown (the review report,
 * the diagram's `.md` files, hovers, the generated docs). Renderers such as
 * markdown-it with `html: true` and marked pass raw HTML through, so an
 * unescaped `<img onerror>` in a title runs script, and a stray backtick or
 * bracket turns the rest of a line into code or a link. Each function
 * escapes for one place in a document; text goes through exactly one of
 * them, and a table escapes its cells on top (the pipe is a table's own
 * character).
 */
import { showUnprintable } from './unprintable.js';

/** Tabs and line breaks: a line break would end the heading, list item or table row the text sits in. */
const BREAKS = /[\t\n\v\f\r\u0085\u2028\u2029]+/g;

/**
 * What starts Markdown or HTML inside a line: backslash escapes, code,
 * emphasis and strikethrough, links and images, raw HTML and autolinks,
 * entities (`&lt;` would be decoded), a heading's closing `#`s, GitHub math.
 * An underscore between two letters or digits cannot emphasise
 * (`single_leader`), so it is left as written.
 */
const INLINE_SYNTAX = /[\\`*~[\]<>&#$]|(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}])/gu;

/** Lists and rules open at the start of a list item's text too (`- - x`, `- ---`, `- 1. x`; not `- 1.5`). */
const LIST_MARKER = /^(?:([-+])|(\d{1,9})([.)])(?=\s|$))/;

function oneLine(text: string): string {
    return showUnprintable(text.replace(BREAKS, ' '));
}

/**
 * Plain text anywhere in a line of Markdown (a heading, a list item, a table
 * cell): it reads as itself. Spaces at its ends are dropped, as Markdown
 * drops them at the ends of a line (and four would open a code block).
 */
export function inlineText(text: string): string {
    return oneLine(text)
        .trim()
        .replace(INLINE_SYNTAX, (character) => `\\${character}`)
        .replace(LIST_MARKER, (_, bullet?: string, digits?: string, delimiter?: string) => (bullet ? `\\${bullet}` : `${digits}\\${delimiter}`));
}

/**
 * A code span that holds the text whatever it contains: fenced with one
 * backtick more than its longest run of them, padded with a space where
 * CommonMark strips one (so a leading or trailing backtick or space stays).
 */
export function codeSpan(text: string): string {
    const content = oneLine(text);
    const longestRun = (content.match(/`+/g) ?? []).reduce((longest, run) => Math.max(longest, run.length), 0);
    const fence = '`'.repeat(longestRun + 1);
    const padding = content.includes('`') || /^ | $/.test(content) ? ' ' : '';
    return `${fence}${padding}${content}${padding}${fence}`;
}

/**
 * A fenced block (a diagram): the fence is longer than any run of backticks
 * inside, so no line of the content can close it.
 */
export function fencedBlock(info: string, content: string): string {
    const longestRun = (content.match(/`{3,}/g) ?? []).reduce((longest, run) => Math.max(longest, run.length), 2);
    const fence = '`'.repeat(longestRun + 1);
    return `${fence}${info}\n${content.trimEnd()}\n${fence}`;
}

/**
 * One cell of a GitHub table, given as Markdown: every pipe is escaped,
 * inside code spans too (GFM splits the row before it reads code). A pipe
 * after an odd run of backslashes (only a code span can hold one) takes two
 * more, or the run would escape the escape; that code span shows one
 * backslash too many, rather than splitting the cell. Line breaks are ours
 * (text was folded onto one line) and become `<br>`.
 */
export function tableCell(markdown: string): string {
    return markdown
        .replace(/(\\*)\|/g, (_, backslashes: string) => `${backslashes}${backslashes.length % 2 === 0 ? '\\' : '\\\\'}|`)
        .replace(/\r?\n/g, '<br>');
}

/** A link: text given as Markdown, the destination with what would end or break it (spaces, parentheses, angle brackets, controls) percent-encoded. */
export function link(markdown: string, destination: string): string {
    const encoded = destination.replace(/[\u0000-\u0020()<>\u007f]/g, (character) => `%${character.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
    return `[${markdown}](${encoded})`;
}

/** A web address shown as itself: an autolink when it is a plain http(s) URL, else text. */
export function autolink(url: string): string {
    return /^https?:\/\/[^\s<>\u0000-\u001f\u007f-\u009f]+$/i.test(url) ? `<${url}>` : inlineText(url);
}
