/**
 * Creates and updates the documents of the workspace. Two cases Langium's
 * factory does not expect:
 *
 * - a document that exists only in the editor and was closed during a build
 *   keeps its last parse (see editor-only-documents.ts);
 * - a file ArchLens will not read (a FIFO or device named `.arch`, a file
 *   larger than the limit: see files/read-file.ts) is an empty document, and
 *   the reason goes to the log, instead of failing the whole workspace build;
 * - a deployment an `.arch` file imports (a Compose file, Kubernetes
 *   manifests) is the design read from it (deployment-documents.ts).
 */
import { type AstNode, type Cancellation, DefaultLangiumDocumentFactory, type LangiumDocument, type LangiumSharedCoreServices, type Mutable, type URI } from 'langium';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { UnreadableFile } from '../files/file-errors.js';
import { isClosedEditorOnly } from './editor-only-documents.js';
import { DeploymentDocuments } from './deployment-documents.js';

export class ArchDocumentFactory extends DefaultLangiumDocumentFactory {
    /** The deployments `.arch` files import: their documents' text is the design read from the YAML. */
    readonly deployments = new DeploymentDocuments();

    override async update<T extends AstNode = AstNode>(document: Mutable<LangiumDocument<T>>, cancellationToken: Cancellation.CancellationToken): Promise<LangiumDocument<T>> {
        if (isClosedEditorOnly(document.uri, (uri) => this.textDocuments?.get(uri) !== undefined)) {
            return document;
        }
        return super.update(document, cancellationToken);
    }

    protected override getInitialText(uri: URI, cancellationToken: Cancellation.CancellationToken): Promise<string> {
        if (this.deployments.isDeployment(uri)) {
            return this.deploymentText(uri);
        }
        return emptyIfUnreadable(uri, super.getInitialText(uri, cancellationToken));
    }

    protected override getUpdatedText<T extends AstNode>(document: Mutable<LangiumDocument<T>>, textDocument: TextDocument | undefined, cancellationToken: Cancellation.CancellationToken): Promise<string> {
        if (this.deployments.isDeployment(document.uri)) {
            return this.deploymentText(document.uri);
        }
        return emptyIfUnreadable(document.uri, super.getUpdatedText(document, textDocument, cancellationToken));
    }

    /** A deployment's design text; one that cannot be read is an empty design, and the reason goes to the log. */
    private async deploymentText(uri: URI): Promise<string> {
        try {
            return await this.deployments.textOf(uri);
        } catch (error) {
            console.warn(`ArchLens could not import ${uri.fsPath}: ${error instanceof Error ? error.message : String(error)}`);
            return '';
        }
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

/** The deployments of a workspace (the factory keeps them, for the builder, the loaders and the server's requests). */
export function deploymentsOf(shared: LangiumSharedCoreServices): DeploymentDocuments {
    const deployments = workspaceDeployments(shared);
    if (!deployments) {
        throw new Error('ArchLens services need the ArchDocumentFactory');
    }
    return deployments;
}

/** The deployments of a workspace, or undefined for services built without ArchLens's factory. */
export function workspaceDeployments(shared: LangiumSharedCoreServices): DeploymentDocuments | undefined {
    const factory = shared.workspace?.LangiumDocumentFactory;
    return factory instanceof ArchDocumentFactory ? factory.deployments : undefined;
}
