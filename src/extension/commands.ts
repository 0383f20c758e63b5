/** The commands of the command palette (contributed in package.json). */
import * as vscode from 'vscode';
import { COMMANDS } from './identifiers.js';
import type { ArchLensLanguageServer } from './language-server.js';

export function registerCommands(server: ArchLensLanguageServer, log: vscode.LogOutputChannel): vscode.Disposable[] {
    return [
        vscode.commands.registerCommand(COMMANDS.restartServer, async () => {
            try {
                await server.restart();
            } catch (error) {
                const message = error instanceof Error ? error.message : String(error);
                log.error(`Restarting the ArchLens language server failed: ${message}`);
                void vscode.window.showErrorMessage(`ArchLens: the language server did not restart (${message}). See the ArchLens output.`);
            }
        }),
        vscode.commands.registerCommand(COMMANDS.showOutput, () => log.show(true))
    ];
}
