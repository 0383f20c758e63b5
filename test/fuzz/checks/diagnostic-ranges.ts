/** Every diagnostic's range lies inside its document and starts before it ends. */
import type { LangiumDocument } from 'langium';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic, Position } from 'vscode-languageserver-types';

export function diagnosticRangeProblems(document: LangiumDocument): string[] {
    const text = document.textDocument;
    const problems: string[] = [];
    for (const diagnostic of document.diagnostics ?? []) {
        const { start, end } = diagnostic.range;
        const where = `${describe(diagnostic)} at ${start.line}:${start.character}-${end.line}:${end.character}`;
        if (!inside(start, text) || !inside(end, text)) {
            problems.push(`diagnostic outside the document (${text.lineCount} lines): ${where}`);
        } else if (start.line > end.line || (start.line === end.line && start.character > end.character)) {
            problems.push(`diagnostic ends before it starts: ${where}`);
        }
    }
    return problems;
}

function inside(position: Position, text: TextDocument): boolean {
    if (!Number.isInteger(position.line) || !Number.isInteger(position.character) || position.line < 0 || position.character < 0 || position.line >= text.lineCount) {
        return false;
    }
    // The line's own length, line break excluded: a position may sit at its end, not past it.
    const line = text.getText({ start: { line: position.line, character: 0 }, end: { line: position.line + 1, character: 0 } }).replace(/\r?\n$|\r$/, '');
    return position.character <= line.length;
}

function describe(diagnostic: Diagnostic): string {
    const message = typeof diagnostic.message === 'string' ? diagnostic.message : (diagnostic.message as { value: string }).value;
    return `${String(diagnostic.code)} '${message.slice(0, 80)}'`;
}
