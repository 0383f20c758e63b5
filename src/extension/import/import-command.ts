/**
 * "ArchLens: Import Compose File or Manifests": the design the open Compose
 * file or manifest (or a folder chosen in the explorer) describes, opened as
 * a new `.arch` document with its preview beside it, to review, keep and add
 * to.
 */
import * as vscode from 'vscode';
import { COMMANDS, LANGUAGE_ID } from '../identifiers.js';
import type { ArchLensLanguageServer } from '../language-server.js';
import { requestImportDesign } from '../server-requests.js';

export function registerImportCommand(server: ArchLensLanguageServer): vscode.Disposable {
    return vscode.commands.registerCommand(COMMANDS.importDeployment, async (resource?: unknown) => {
        const target = resource instanceof vscode.Uri ? resource : vscode.window.activeTextEditor?.document.uri;
        if (!target) {
            void vscode.window.showInformationMessage('ArchLens: open a Compose file or a Kubernetes manifest, or choose a folder of them in the explorer, to import it.');
            return;
        }
        const result = await requestImportDesign(server, { uri: target.toString() });
        if (!result.ok) {
            void vscode.window.showWarningMessage(`ArchLens: ${result.message}`);
            return;
        }
        const document = await vscode.workspace.openTextDocument({ language: LANGUAGE_ID, content: result.text });
        await vscode.window.showTextDocument(document, { preview: false });
        await vscode.commands.executeCommand(COMMANDS.openPreviewToSide, document.uri);
    });
}
