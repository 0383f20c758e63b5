import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { COMMANDS, PREVIEW_VIEW_TYPE } from '../../../src/extension/identifiers.js';
import { WORKSPACE_FILES, openInEditor, waitFor } from './editor.js';

/** The workbench prefixes an extension's view type in the tab's input (`mainThreadWebview-archlens.preview`). */
function isPreviewTab(tab: vscode.Tab): boolean {
    return tab.input instanceof vscode.TabInputWebview && tab.input.viewType.endsWith(PREVIEW_VIEW_TYPE);
}

function previewTabs(): vscode.Tab[] {
    return vscode.window.tabGroups.all.flatMap((group) => group.tabs).filter(isPreviewTab);
}

function describeTabs(): string {
    return vscode.window.tabGroups.all.flatMap((group) => group.tabs.map((tab) => `${tab.label} (column ${group.viewColumn})`)).join(', ');
}

export function previewChecks(): void {
    describe('preview', () => {
        after(async () => {
            await vscode.window.tabGroups.close(previewTabs());
        });

        it('opens the preview of the active design beside it', async () => {
            const editor = await openInEditor(WORKSPACE_FILES.firstDraft);
            await vscode.commands.executeCommand(COMMANDS.openPreviewToSide);
            // Tabs update after the command has returned.
            const tab = await waitFor('the preview tab', () => previewTabs()[0], describeTabs);
            assert.equal(tab.label, 'Preview first-draft.arch');
            assert.notEqual(tab.group.viewColumn, editor.viewColumn, 'the preview opened over the editor, not beside it');
            // "to the side" keeps the focus in the editor.
            assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), editor.document.uri.toString());
        });

        it('keeps one preview, following the design shown', async () => {
            await openInEditor(WORKSPACE_FILES.badConfigDesign);
            await vscode.commands.executeCommand(COMMANDS.openPreviewToSide);
            const tab = await waitFor('the preview to follow design.arch', () => previewTabs().find((candidate) => candidate.label === 'Preview design.arch'), describeTabs);
            assert.equal(previewTabs().length, 1, describeTabs());
            assert.ok(tab);
        });
    });
}
