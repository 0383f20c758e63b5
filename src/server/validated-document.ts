/**
 * The document a request is about, once its build has reached validation
 * (so its findings and estimates are current); undefined while the server
 * has not been sent the document.
 */
import { DocumentState, type LangiumDocument, URI } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import type { CancellationToken } from 'vscode-languageserver';

export const NOT_OPEN_MESSAGE = 'The document is not open in the language server yet.';

export async function validatedDocument(shared: LangiumSharedServices, uriText: string, token?: CancellationToken): Promise<LangiumDocument | undefined> {
    const uri = URI.parse(uriText);
    const document = shared.workspace.LangiumDocuments.getDocument(uri);
    if (document) {
        await shared.workspace.DocumentBuilder.waitUntil(DocumentState.Validated, uri, token);
    }
    return document;
}
