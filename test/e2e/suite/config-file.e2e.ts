import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { WORKSPACE_FILES, describeDiagnostic, openInEditor, waitForDiagnostics, workspaceUri } from './editor.js';

export function configFileChecks(): void {
    describe('.archlens.json', () => {
        it('puts a diagnostic on a config file with an error, at the faulty value', async () => {
            // The server checks the config files of the designs it builds; opening one rebuilds it.
            await openInEditor(WORKSPACE_FILES.badConfigDesign);
            const config = workspaceUri(WORKSPACE_FILES.badConfig);
            const [problem] = await waitForDiagnostics(config, 'the diagnostic on bad-config/.archlens.json', (published) => published.length > 0);
            // `"avail/single-zone": "of"` is line 3; "of" starts at column 26.
            assert.equal(describeDiagnostic(problem), '3:26 error config');
            assert.match(problem.message, /rules\["avail\/single-zone"\] must be one of off, hint, info, warning, error/);
            assert.match(problem.message, /uses the defaults until this is fixed/);
        });

        it('keeps the diagnostic while the config file is open in the editor', async () => {
            const config = workspaceUri(WORKSPACE_FILES.badConfig);
            const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(config));
            assert.equal(editor.document.uri.toString(), config.toString());
            const published = await waitForDiagnostics(config, 'the diagnostic on the open config file', (diagnostics) => diagnostics.length > 0);
            assert.deepEqual(published.map(describeDiagnostic), ['3:26 error config']);
        });
    });
}
