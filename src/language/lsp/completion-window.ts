/**
 * The text before the cursor that completion parses, with everything that
 * cannot matter blanked out: earlier architecture blocks, imports, and the
 * members of the cursor's architecture before the one the cursor is in (or
 * after). Blanks keep every offset where it was, so nodes of this parse line
 * up with the document's; a run of spaces lexes as one token. On a
 * 10,000-component file, completion near the end then parses a few lines
 * instead of the whole file.
 */
import type { LangiumDocument } from 'langium';
import { isModel } from '../generated/ast.js';

/** Where parsing has to start for a cursor at `offset`, and the architecture header to keep; undefined: parse the whole prefix. */
interface Window {
    readonly headerStart: number;
    readonly headerEnd: number;
    readonly memberStart: number;
}

export function completionPrefix(document: LangiumDocument, offset: number): string {
    const text = document.textDocument.getText();
    const window = windowAt(document, offset);
    if (!window) {
        return topLevelPrefix(document, text, offset);
    }
    return blanks(0, window.headerStart)
        + text.slice(window.headerStart, window.headerEnd)
        + blanks(window.headerEnd, window.memberStart)
        + text.slice(window.memberStart, offset);
}

/**
 * Where a search for the tokens around `offset` may start: the start of the
 * line before the cursor's that holds a token (lines that are blank or hold
 * only a line comment are passed over), so the token at the cursor and the
 * one before it are both found. 0 (a full scan) when that start may be
 * inside a block comment.
 */
export function tokenSearchStart(text: string, offset: number): number {
    // lastIndexOf clamps a negative position to 0 and would find a '\n' there: no search before the text.
    let start = offset > 0 ? text.lastIndexOf('\n', offset - 1) + 1 : 0;
    while (start > 0) {
        const previous = start > 1 ? text.lastIndexOf('\n', start - 2) + 1 : 0;
        const line = text.slice(previous, start - 1);
        start = previous;
        if (!NO_TOKEN_LINE.test(line)) {
            break;
        }
    }
    if (offset - start > MAX_TOKEN_SCAN) {
        // A line this long is not a design's: scan its end only.
        start = offset - MAX_TOKEN_SCAN;
    }
    return text.lastIndexOf('/*', start) > text.lastIndexOf('*/', start) ? 0 : start;
}

/** The most characters before the cursor searched for tokens. */
const MAX_TOKEN_SCAN = 10_000;

const NO_TOKEN_LINE = /^\s*(\/\/.*)?$/;

/** The end of the line holding `offset`. */
export function lineEnd(text: string, offset: number): number {
    const end = text.indexOf('\n', offset);
    return end < 0 ? text.length : end;
}

function windowAt(document: LangiumDocument, offset: number): Window | undefined {
    const root = document.parseResult.value;
    if (!isModel(root)) {
        return undefined;
    }
    const architecture = root.architectures.find((candidate) => {
        const node = candidate.$cstNode;
        return node !== undefined && node.offset < offset && offset <= node.end;
    });
    const header = architecture?.$cstNode;
    const open = header?.text.indexOf('{') ?? -1;
    if (!architecture || !header || open < 0) {
        return undefined;
    }
    const headerEnd = header.offset + open + 1;
    if (headerEnd > offset) {
        return undefined; // the cursor is in the header itself
    }
    // The last top-level member starting before the cursor: the cursor is in it, or right after it.
    let memberStart = headerEnd;
    for (const member of architecture.members) {
        const start = member.$cstNode?.offset;
        if (start === undefined || start >= offset) {
            break;
        }
        memberStart = start;
    }
    return { headerStart: header.offset, headerEnd, memberStart };
}

/**
 * Outside every architecture block only what follows the last complete
 * block matters: the blocks before are blanked but for the last one's
 * header and closing brace (after a block, `import` may no longer come).
 * With no block before the cursor (imports, or a file that is not a design
 * at all), at most MAX_UNSTRUCTURED_PREFIX characters are parsed: a 1 MB
 * line of garbage would take a second per parse.
 */
function topLevelPrefix(document: LangiumDocument, text: string, offset: number): string {
    const root = document.parseResult.value;
    const last = isModel(root) ? root.architectures.findLast((candidate) => (candidate.$cstNode?.end ?? offset + 1) <= offset)?.$cstNode : undefined;
    const open = last?.text.indexOf('{') ?? -1;
    if (last && open >= 0 && last.text.endsWith('}')) {
        const headerEnd = last.offset + open + 1;
        return blanks(0, last.offset) + text.slice(last.offset, headerEnd) + blanks(headerEnd, last.end - 1) + text.slice(last.end - 1, offset);
    }
    if (offset <= MAX_UNSTRUCTURED_PREFIX) {
        return text.slice(0, offset);
    }
    const lineStart = text.indexOf('\n', offset - MAX_UNSTRUCTURED_PREFIX) + 1;
    const cut = lineStart > 0 && lineStart <= offset ? lineStart : offset - MAX_UNSTRUCTURED_PREFIX;
    return blanks(0, cut) + text.slice(cut, offset);
}

/** Far more than any import section, small enough to parse at once. */
export const MAX_UNSTRUCTURED_PREFIX = 20_000;

/** As many spaces as there are characters from `start` to `end`. */
function blanks(start: number, end: number): string {
    return end > start ? ' '.repeat(end - start) : '';
}
