/**
 * Brings the deployments `.arch` files import (`import "compose.yaml" as
 * Shop`) into the workspace: after each build, a deployment a document
 * imports that is not loaded yet (or is now given another design name) is
 * read as a document of its own, and one no document imports any more
 * leaves. Only deployments inside the workspace's folders are read, and no
 * diagnostics are published for their design texts.
 */
import { DocumentState, URI } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import type { Connection } from 'vscode-languageserver';
import { deploymentsOf } from '../language/arch-document-factory.js';
import { deploymentImportsOf } from '../language/deployment-documents.js';
import { workspaceFolderOf } from './workspace-folders.js';

export function loadImportedDeployments(shared: LangiumSharedServices, connection: Connection): void {
    const deployments = deploymentsOf(shared);
    deployments.restrictTo((file) => workspaceFolderOf(shared, file) !== undefined);
    // A deployment's design text is nobody's file: its diagnostics would sit on the YAML at the lines of the text.
    // Its findings reach the YAML lines through the deployment findings request (import-request.ts) instead.
    const send = connection.sendDiagnostics.bind(connection);
    connection.sendDiagnostics = async (params) => (deployments.isDeployment(params.uri) ? undefined : send(params));
    shared.workspace.DocumentBuilder.onBuildPhase(DocumentState.Validated, async () => {
        const documents = shared.workspace.LangiumDocuments;
        const imported = new Set<string>();
        const load: URI[] = [];
        for (const document of documents.all.filter((candidate) => !deployments.isDeployment(candidate.uri))) {
            for (const { target, design } of deploymentImportsOf(document)) {
                const registered = await deployments.register(target, design).catch(() => undefined);
                if (registered) {
                    imported.add(registered.uri.toString());
                    if (registered.changed || !documents.hasDocument(registered.uri)) {
                        load.push(registered.uri);
                    }
                }
            }
        }
        const unused = deployments.uris().filter((uri) => !imported.has(uri));
        unused.forEach((uri) => deployments.forget(uri));
        if (load.length > 0 || unused.some((uri) => documents.hasDocument(URI.parse(uri)))) {
            void shared.workspace.WorkspaceLock.write((token) => shared.workspace.DocumentBuilder.update(load, unused.map((uri) => URI.parse(uri)), token));
        }
    });
}
