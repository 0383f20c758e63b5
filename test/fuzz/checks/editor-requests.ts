/**
 * The editor's requests on a built document, as the language server serves
 * them: completion, hover and range formatting at given offsets, and the
 * whole-document ones (code lenses, symbols, folding, semantic tokens,
 * quick fixes for the first diagnostics). They must answer, not throw.
 */
import type { LangiumDocument } from 'langium';
import type { Diagnostic } from 'vscode-languageserver-types';
import type { ArchServices } from '../../../src/language/arch-module.js';

/** Quick fixes are asked for this many diagnostics per document: enough to reach every kind of fix. */
const QUICK_FIXED_DIAGNOSTICS = 12;

export async function askAtOffsets(services: ArchServices, document: LangiumDocument, offsets: readonly number[]): Promise<void> {
    const textDocument = { uri: document.uri.toString() };
    const { lsp } = services;
    for (const offset of offsets) {
        const position = document.textDocument.positionAt(offset);
        await lsp.CompletionProvider?.getCompletion(document, { textDocument, position });
        await lsp.HoverProvider?.getHoverContent(document, { textDocument, position });
        const range = { start: document.textDocument.positionAt(0), end: position };
        await lsp.Formatter?.formatDocumentRange(document, { textDocument, range, options: { tabSize: 2, insertSpaces: true } });
    }
}

export async function askForDocument(services: ArchServices, document: LangiumDocument): Promise<void> {
    const textDocument = { uri: document.uri.toString() };
    const { lsp } = services;
    await lsp.CodeLensProvider?.provideCodeLens(document, { textDocument });
    await lsp.DocumentSymbolProvider?.getSymbols(document, { textDocument });
    await lsp.FoldingRangeProvider?.getFoldingRanges(document, { textDocument });
    await lsp.SemanticTokenProvider?.semanticHighlight(document, { textDocument });
    for (const diagnostic of (document.diagnostics ?? []).slice(0, QUICK_FIXED_DIAGNOSTICS)) {
        await quickFixes(services, document, diagnostic);
    }
}

async function quickFixes(services: ArchServices, document: LangiumDocument, diagnostic: Diagnostic): Promise<void> {
    await services.lsp.CodeActionProvider?.getCodeActions(document, {
        textDocument: { uri: document.uri.toString() },
        range: diagnostic.range,
        context: { diagnostics: [diagnostic] }
    });
}
