/**
 * The compare command in the editor: the open design against HEAD of the
 * workspace's repository, read through the built-in Git extension, shown
 * beside the editor; unsaved edits are what is compared. The screenshot of
 * the marked diagram and its summary is the UI check's
 * (test/e2e/ui/compare.ui.ts).
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { COMMANDS, COMPARE_VIEW_TYPE } from '../../../src/extension/identifiers.js';
import { describeTabs, openInEditor, waitFor, webviewTabs, WORKSPACE_FILES } from './editor.js';

function compareTabs(): vscode.Tab[] {
    return webviewTabs(COMPARE_VIEW_TYPE);
}

export function compareChecks(): void {
    describe('compare with a git ref', () => {
        after(async () => {
            await vscode.window.tabGroups.close(compareTabs());
        });

        it('opens the comparison of the open design with HEAD beside it, unsaved edits included', async () => {
            const editor = await openInEditor(WORKSPACE_FILES.compare);
            const end = editor.document.positionAt(editor.document.getText().lastIndexOf('}'));
            await editor.edit((builder) => builder.insert(end, '  cache SessionCache { engine: redis }\n'));
            assert.ok(editor.document.isDirty);
            await vscode.commands.executeCommand(COMMANDS.compareWithHead);
            const tab = await waitFor('the compare tab', () => compareTabs()[0], describeTabs);
            assert.equal(tab.label, 'checkout.arch ↔ HEAD');
            assert.notEqual(tab.group.viewColumn, editor.viewColumn, 'the comparison opened over the editor, not beside it');
            await vscode.commands.executeCommand('workbench.action.files.revert');
        });

        it('keeps one comparison, following the ref asked for', async () => {
            await openInEditor(WORKSPACE_FILES.compare);
            await vscode.commands.executeCommand(COMMANDS.compareWithRef, undefined, 'main');
            await waitFor('the comparison with main', () => compareTabs().find((tab) => tab.label === 'checkout.arch ↔ main'), describeTabs);
            assert.equal(compareTabs().length, 1, describeTabs());
        });
    });
}
