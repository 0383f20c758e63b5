import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { WORKSPACE_FILES, describeDiagnostic, openInEditor, ruleOf, waitForDiagnostics } from './editor.js';

const SPOF = 'avail/single-point-of-failure';
/** `service Web` is on line 12 of first-draft.arch. */
const WEB_LINE = 11;

function isSpofOnWeb(diagnostic: vscode.Diagnostic): boolean {
    return ruleOf(diagnostic) === SPOF && diagnostic.range.start.line === WEB_LINE;
}

export function quickFixChecks(): void {
    describe('quick fix', () => {
        let editor: vscode.TextEditor;

        before(async () => {
            editor = await openInEditor(WORKSPACE_FILES.firstDraft);
        });

        after(async () => {
            // Leave the file as it is on disk for the checks that follow.
            await vscode.window.showTextDocument(editor.document);
            await vscode.commands.executeCommand('workbench.action.files.revert');
        });

        it('offers "Run two instances of Web" on its finding, and applying it removes the finding', async () => {
            const uri = editor.document.uri;
            const [spof] = (await waitForDiagnostics(uri, `${SPOF} on Web`, (published) => published.some(isSpofOnWeb))).filter(isSpofOnWeb);
            const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, spof.range);
            const titles = actions.map((action) => action.title);
            const fix = actions.find((action) => action.title === 'Run two instances of Web');
            assert.ok(fix?.edit, `no "Run two instances of Web" with an edit among: ${titles.join(' | ')}`);
            assert.ok(titles.includes(`Disable ${SPOF} for this line`), titles.join(' | '));

            assert.equal(await vscode.workspace.applyEdit(fix.edit), true, 'the editor refused the edit');
            assert.match(editor.document.lineAt(WEB_LINE).text, /replicas: 2/);
            const after = await waitForDiagnostics(uri, `${SPOF} on Web to go away`, (published) => published.length > 0 && !published.some(isSpofOnWeb));
            // The other findings stay: only the fixed one went away.
            assert.ok(after.map(describeDiagnostic).includes('22:3 warning sec/unencrypted-transport'));
        });
    });
}
