/**
 * Creates and updates the documents of the workspace. Two cases Langium's
 * factory does not expect:
 *
 * - a document that exists only in the editor and was closed during a build
 *   keeps its last parse (see editor-only-documents.ts);
 * - a file ArchLens will not read (a FIFO or device named `.arch`, a file
 *   larger than the limit: see files/read-file.ts) is an empty document, and
 *   the reason goes to the log, instead of failing the whole workspace build.
 */
import { type AstNode, type Cancellation, DefaultLangiumDocumentFactory, type LangiumDocument, type Mutable, type URI } from 'langium';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { UnreadableFile } from '../files/file-errors.js';
import { isClosedEditorOnly } from './editor-only-documents.js';

export class ArchDocumentFactory extends DefaultLangiumDocumentFactory {
    override async update<T extends AstNode = AstNode>(document: Mutable<LangiumDocument<T>>, cancellationToken: Cancellation.CancellationToken): Promise<LangiumDocument<T>> {
        if (isClosedEditorOnly(document.uri, (uri) => this.textDocuments?.get(uri) !== undefined)) {
            return document;
        }
        return super.update(document, cancellationToken);
    }

    protected override getInitialText(uri: URI, cancellationToken: Cancellation.CancellationToken): Promise<string> {
        return emptyIfUnreadable(uri, super.getInitialText(uri, cancellationToken));
    }

    protected override getUpdatedText<T extends AstNode>(document: Mutable<LangiumDocument<T>>, textDocument: TextDocument | undefined, cancellationToken: Cancellation.CancellationToken): Promise<string> {
        return emptyIfUnreadable(document.uri, super.getUpdatedText(document, textDocument, cancellationToken));
    }
}

async function emptyIfUnreadable(uri: URI, text: Promise<string>): Promise<string> {
    try {
        return await text;
    } catch (error) {
        if (!(error instanceof UnreadableFile)) {
            throw error;
        }
        // In the language server, the console is the ArchLens output channel.
        console.warn(`ArchLens leaves out ${uri.fsPath}: ${error.reason}`);
        return '';
    }
}
