import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { COMMANDS } from '../../../src/extension/identifiers.js';
import { REPORT_SCHEME, reportLocationFor } from '../../../src/extension/report/report-uri.js';
import { WORKSPACE_FILES, openInEditor, waitFor } from './editor.js';

/** The Markdown preview of the report: a webview tab titled after the report document. */
function reportTabs(): vscode.Tab[] {
    return vscode.window.tabGroups.all.flatMap((group) => group.tabs).filter((tab) => tab.input instanceof vscode.TabInputWebview && tab.label.includes('first-draft review'));
}

function describeTabs(): string {
    return vscode.window.tabGroups.all.flatMap((group) => group.tabs.map((tab) => tab.label)).join(', ');
}

export function reportChecks(): void {
    describe('report', () => {
        after(async () => {
            await vscode.window.tabGroups.close(reportTabs());
        });

        it('opens the review report of the active design in the Markdown preview beside it', async () => {
            const { document } = await openInEditor(WORKSPACE_FILES.firstDraft);
            await vscode.commands.executeCommand(COMMANDS.openReport);
            await waitFor('the report\'s preview tab', () => reportTabs()[0], describeTabs);
            // The Markdown preview may run in another extension host: read the report document here.
            const location = reportLocationFor(document.uri.toString(), document.uri.path);
            const report = await vscode.workspace.openTextDocument(vscode.Uri.from({ scheme: REPORT_SCHEME, path: location.path, query: location.query }));
            const text = report.getText();
            assert.match(text, /^# Design review: PhotoShare — Photo sharing, first draft\n/);
            assert.match(text, /`avail\/single-point-of-failure`/);
            assert.match(text, /## Estimates/);
            assert.match(text, /```mermaid\nflowchart LR\n/);
        });
    });
}
