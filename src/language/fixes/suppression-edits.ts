/**
 * "Disable <rule> for this line / for this file": writes a suppression
 * comment with a reason placeholder for the author to fill in.
 */
import type { LangiumDocument } from 'langium';
import type { TextEdit } from 'vscode-languageserver-types';
import type { Range } from '../../model/design.js';
import { REASON_PLACEHOLDER } from '../suppression-comments.js';
import { indentationOf } from './text-layout.js';

export function disableForLine(document: LangiumDocument, rule: string, range: Range): TextEdit {
    const line = range.start.line;
    const indent = indentationOf(document.textDocument, line);
    const position = { line, character: 0 };
    return { range: { start: position, end: position }, newText: `${indent}// archlens-disable-next-line ${rule} -- ${REASON_PLACEHOLDER}\n` };
}

export function disableForFile(rule: string): TextEdit {
    const position = { line: 0, character: 0 };
    return { range: { start: position, end: position }, newText: `// archlens-disable ${rule} -- ${REASON_PLACEHOLDER}\n` };
}
