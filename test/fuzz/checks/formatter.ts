/**
 * The formatter on a file that parses: formatting again changes nothing,
 * and the tokens and comments are the same, in the same order (only the
 * whitespace between them moves).
 */
import type { LangiumDocument } from 'langium';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { ArchServices } from '../../../src/language/arch-module.js';

const OPTIONS = { tabSize: 4, insertSpaces: false };

export async function formatterProblems(services: ArchServices, document: LangiumDocument): Promise<string[]> {
    const original = document.textDocument.getText();
    const once = await formatted(services, document);
    if (!parses(services, original)) {
        return once === original ? [] : ['the formatter changed a file that does not parse'];
    }
    const problems: string[] = [];
    if (tokensOf(services, once) !== tokensOf(services, original)) {
        problems.push(`formatting changed the tokens:\n${once.slice(0, 500)}`);
    }
    const reparsed = services.shared.workspace.LangiumDocumentFactory.fromString(once, document.uri);
    const twice = await formatted(services, reparsed);
    if (twice !== once) {
        problems.push(`formatting is not idempotent:\nonce:\n${once.slice(0, 500)}\ntwice:\n${twice.slice(0, 500)}`);
    }
    return problems;
}

async function formatted(services: ArchServices, document: LangiumDocument): Promise<string> {
    const formatter = services.lsp.Formatter;
    if (!formatter) {
        throw new Error('no formatter');
    }
    const edits = await formatter.formatDocument(document, { textDocument: { uri: document.uri.toString() }, options: OPTIONS });
    return TextDocument.applyEdits(document.textDocument, [...edits]);
}

function parses(services: ArchServices, text: string): boolean {
    const result = services.parser.LangiumParser.parse(text);
    return result.lexerErrors.length === 0 && result.parserErrors.length === 0;
}

/**
 * Tokens and comments, in order, one per line. A comment over several lines
 * moves as a whole (each of its lines shifted as its first is), so the
 * indentation of its lines does not count.
 */
function tokensOf(services: ArchServices, text: string): string {
    const { tokens, hidden } = services.parser.Lexer.tokenize(text);
    return [...tokens, ...hidden.filter((token) => token.image.trim() !== '')]
        .sort((a, b) => a.startOffset - b.startOffset)
        .map((token) => token.image.replace(/\n[ \t]*/g, '\n'))
        .join('\n');
}
