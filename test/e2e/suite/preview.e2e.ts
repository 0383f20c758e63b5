import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { COMMANDS, PREVIEW_VIEW_TYPE } from '../../../src/extension/identifiers.js';
import { describeTabs, openInEditor, waitFor, webviewTabs, WORKSPACE_FILES } from './editor.js';

function previewTabs(): vscode.Tab[] {
    return webviewTabs(PREVIEW_VIEW_TYPE);
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
