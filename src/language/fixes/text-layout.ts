/** Reading the layout of the text around a node: indentation and line ends. */
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Position } from 'vscode-languageserver-types';

export const INDENT = '  ';

export function lineText(document: TextDocument, line: number): string {
    return document.getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } }).replace(/\r?\n$/, '');
}

export function indentationOf(document: TextDocument, line: number): string {
    return /^\s*/.exec(lineText(document, line))?.[0] ?? '';
}

export function endOfLine(document: TextDocument, line: number): Position {
    return { line, character: lineText(document, line).length };
}

export function startOfLine(line: number): Position {
    return { line, character: 0 };
}
