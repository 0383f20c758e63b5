/**
 * Estimate lenses depend on the whole design, which may span files, and on
 * the user's settings: after each build the client is asked to fetch the
 * lenses of every visible file again (when it supports the refresh request).
 */
import { DocumentState } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import { CodeLensRefreshRequest, type Connection } from 'vscode-languageserver';

export function refreshCodeLensesAfterBuilds(shared: LangiumSharedServices, connection: Connection): void {
    let supported = false;
    shared.lsp.LanguageServer.onInitialize((params) => {
        supported = params.capabilities.workspace?.codeLens?.refreshSupport === true;
    });
    shared.workspace.DocumentBuilder.onBuildPhase(DocumentState.Validated, () => {
        if (supported) {
            connection.sendRequest(CodeLensRefreshRequest.type).catch(() => undefined);
        }
    });
}
