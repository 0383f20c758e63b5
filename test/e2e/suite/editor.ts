/**
 * What the in-editor checks share: where the workspace's files are, the
 * extension under test, and waiting for the editor (diagnostics, tabs and
 * the language server all arrive asynchronously).
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';

export { WORKSPACE_FILES } from './workspace-files.js';

export const EXTENSION_ID = 'archlens.archlens';

const DEFAULT_TIMEOUT_MS = 30_000;

export function workspaceUri(relative: string): vscode.Uri {
    const folder = vscode.workspace.workspaceFolders?.[0];
    assert.ok(folder, 'the editor opened no workspace folder');
    return vscode.Uri.joinPath(folder.uri, ...relative.split('/'));
}

export async function openInEditor(relative: string): Promise<vscode.TextEditor> {
    const document = await vscode.workspace.openTextDocument(workspaceUri(relative));
    return vscode.window.showTextDocument(document);
}

/** The open tabs of a webview type (the workbench prefixes an extension's view type in the tab's input: `mainThreadWebview-archlens.preview`). */
export function webviewTabs(viewType: string): vscode.Tab[] {
    return vscode.window.tabGroups.all.flatMap((group) => group.tabs).filter((tab) => tab.input instanceof vscode.TabInputWebview && tab.input.viewType.endsWith(viewType));
}

/** Every tab with its column, for a failure message. */
export function describeTabs(): string {
    return vscode.window.tabGroups.all.flatMap((group) => group.tabs.map((tab) => `${tab.label} (column ${group.viewColumn})`)).join(', ');
}

/** Polls `probe` until it returns a value; on time-out the error says what was awaited and what was last seen. */
export async function waitFor<T>(what: string, probe: () => T | undefined | Promise<T | undefined>, lastSeen: () => string = () => '', timeoutMs = DEFAULT_TIMEOUT_MS): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
        const value = await probe();
        if (value !== undefined) {
            return value;
        }
        if (Date.now() > deadline) {
            const seen = lastSeen();
            throw new Error(`timed out after ${timeoutMs / 1000} s waiting for ${what}${seen ? `; last seen: ${seen}` : ''}`);
        }
        await new Promise((resolve) => setTimeout(resolve, 100));
    }
}

export function archlensDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
    return vscode.languages.getDiagnostics(uri).filter((diagnostic) => diagnostic.source === 'archlens');
}

/** The rule id of a diagnostic: the server sends it as the code, with a link to the rule's page. */
export function ruleOf(diagnostic: vscode.Diagnostic): string {
    const code = diagnostic.code;
    return typeof code === 'object' ? String(code.value) : String(code);
}

const SEVERITY_NAMES: Record<vscode.DiagnosticSeverity, string> = {
    [vscode.DiagnosticSeverity.Error]: 'error',
    [vscode.DiagnosticSeverity.Warning]: 'warning',
    [vscode.DiagnosticSeverity.Information]: 'info',
    [vscode.DiagnosticSeverity.Hint]: 'hint'
};

/** `line:column severity rule` (1-based, as the CLI prints them). */
export function describeDiagnostic(diagnostic: vscode.Diagnostic): string {
    return `${diagnostic.range.start.line + 1}:${diagnostic.range.start.character + 1} ${SEVERITY_NAMES[diagnostic.severity]} ${ruleOf(diagnostic)}`;
}

/** Waits until the server published ArchLens diagnostics for `uri` that satisfy `accept`. */
export function waitForDiagnostics(uri: vscode.Uri, what: string, accept: (diagnostics: vscode.Diagnostic[]) => boolean): Promise<vscode.Diagnostic[]> {
    return waitFor(what, () => {
        const diagnostics = archlensDiagnostics(uri);
        return accept(diagnostics) ? diagnostics : undefined;
    }, () => archlensDiagnostics(uri).map(describeDiagnostic).join(', ') || 'no ArchLens diagnostic');
}

export function extensionUnderTest(): vscode.Extension<unknown> {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, `${EXTENSION_ID} is not installed in this editor`);
    return extension;
}

/** Hover contents as plain text, whatever form each part has. */
export function hoverText(hovers: readonly vscode.Hover[]): string {
    return hovers.flatMap((hover) => hover.contents).map((part) => typeof part === 'string' ? part : part.value).join('\n');
}
