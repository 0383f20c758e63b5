/**
 * "ArchLens: Compare Design with HEAD" and "… with Git Ref…": the open
 * `.arch` file against its text at a ref, read through VS Code's Git
 * extension, shown in the compare view beside the editor.
 */
import * as vscode from 'vscode';
import { COMMANDS, LANGUAGE_ID } from '../identifiers.js';
import type { ArchLensLanguageServer } from '../language-server.js';
import { ComparePanel } from './compare-panel.js';
import { fileAtRef, GitUnavailable } from './git-extension.js';

export class CompareCommands implements vscode.Disposable {
    private panel: ComparePanel | undefined;

    constructor(
        private readonly mediaFolder: vscode.Uri,
        private readonly server: ArchLensLanguageServer,
        private readonly log: vscode.LogOutputChannel
    ) {}

    register(): vscode.Disposable[] {
        return [
            vscode.commands.registerCommand(COMMANDS.compareWithHead, (resource?: unknown) => this.compare(resource, 'HEAD')),
            vscode.commands.registerCommand(COMMANDS.compareWithRef, async (resource?: unknown, ref?: unknown) => {
                const chosen = typeof ref === 'string' ? ref : await vscode.window.showInputBox({
                    title: 'ArchLens: Compare Design with Git Ref',
                    prompt: 'A branch, a tag, a commit or HEAD~1',
                    value: 'HEAD',
                    validateInput: (value) => (value.trim() === '' || value.trim().startsWith('-') ? 'Give a git ref, such as main or HEAD~1.' : undefined)
                });
                return chosen === undefined ? undefined : this.compare(resource, chosen.trim());
            })
        ];
    }

    dispose(): void {
        this.panel?.dispose();
    }

    private async compare(resource: unknown, ref: string): Promise<void> {
        const document = await documentFor(resource);
        if (!document) {
            void vscode.window.showInformationMessage('ArchLens: open an .arch file to compare its design with a git ref.');
            return;
        }
        if (document.uri.scheme !== 'file') {
            void vscode.window.showInformationMessage('ArchLens: save the design in a git repository to compare it with a ref.');
            return;
        }
        try {
            const base = await fileAtRef(document.uri, ref);
            const target = { document, ref, baseText: base.kind === 'text' ? base.text : undefined };
            if (this.panel) {
                this.panel.show(target);
            } else {
                this.panel = ComparePanel.open(this.mediaFolder, target, this.server, this.log);
                this.panel.onDidDispose(() => {
                    this.panel = undefined;
                });
            }
        } catch (error) {
            const message = error instanceof GitUnavailable ? error.message : `git failed: ${error instanceof Error ? error.message : String(error)}`;
            this.log.warn(`Compare: ${message}`);
            void vscode.window.showErrorMessage(`ArchLens cannot compare with '${ref}': ${message}`);
        }
    }
}

/** The document a command was run on: the Explorer's or editor title's resource, else the active `.arch` editor. */
async function documentFor(resource: unknown): Promise<vscode.TextDocument | undefined> {
    if (resource instanceof vscode.Uri) {
        return vscode.workspace.openTextDocument(resource);
    }
    const active = vscode.window.activeTextEditor?.document;
    return active?.languageId === LANGUAGE_ID ? active : undefined;
}
