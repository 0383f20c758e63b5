/**
 * Deployments in the editor: findings on an open Compose file's own lines
 * (from the review of its project, override included), the setting that
 * turns them off, and the import command opening the design with its
 * preview beside it. The screenshot is the UI check's (test/e2e/ui/import.ui.ts).
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { COMMANDS, IMPORT_DIAGNOSTICS_KEY, IMPORT_SETTING_SECTION, PREVIEW_VIEW_TYPE } from '../../../src/extension/identifiers.js';
import { openInEditor, waitFor, workspaceUri, WORKSPACE_FILES } from './editor.js';

function archlensDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
    return vscode.languages.getDiagnostics(uri).filter((diagnostic) => diagnostic.source === 'archlens');
}

/** A diagnostic's code as text: the language client gives `{ value, target }` when the code links to its docs. */
function codeOf(diagnostic: vscode.Diagnostic): string {
    return typeof diagnostic.code === 'object' ? String(diagnostic.code.value) : String(diagnostic.code);
}

function describeDiagnostics(uri: vscode.Uri): string {
    return archlensDiagnostics(uri).map((diagnostic) => `${diagnostic.range.start.line}: ${String(diagnostic.code)}`).join(', ');
}

export function importChecks(): void {
    describe('deployments', () => {
        const compose = (): vscode.Uri => workspaceUri(WORKSPACE_FILES.compose);

        it('shows the review\'s findings on the Compose file\'s own lines', async () => {
            await openInEditor(WORKSPACE_FILES.compose);
            const found = await waitFor('findings on compose.yaml', () => {
                const diagnostics = archlensDiagnostics(compose());
                return diagnostics.some((diagnostic) => diagnostic.code === 'dr/ephemeral-storage') ? diagnostics : undefined;
            }, () => describeDiagnostics(compose()));
            const ephemeral = found.find((diagnostic) => diagnostic.code === 'dr/ephemeral-storage');
            assert.equal(ephemeral?.range.start.line, 27, 'the database\'s finding sits on its service in compose.yaml');
            assert.equal(ephemeral?.severity, vscode.DiagnosticSeverity.Error);
            assert.ok(found.some((diagnostic) => diagnostic.code === 'sec/published-store-port'), describeDiagnostics(compose()));
        });

        it('clears them when archlens.import.diagnostics is off, and shows them again when it is on', async () => {
            const settings = vscode.workspace.getConfiguration(IMPORT_SETTING_SECTION);
            await settings.update(IMPORT_DIAGNOSTICS_KEY, false, vscode.ConfigurationTarget.Workspace);
            try {
                await waitFor('no findings on compose.yaml', () => (archlensDiagnostics(compose()).length === 0 ? true : undefined), () => describeDiagnostics(compose()));
            } finally {
                await settings.update(IMPORT_DIAGNOSTICS_KEY, undefined, vscode.ConfigurationTarget.Workspace);
            }
            await waitFor('the findings back on compose.yaml', () => (archlensDiagnostics(compose()).length > 0 ? true : undefined), () => describeDiagnostics(compose()));
        });

        it('imports the Compose project into a design, opened with its preview beside it', async () => {
            await openInEditor(WORKSPACE_FILES.compose);
            await vscode.commands.executeCommand(COMMANDS.importDeployment);
            const design = await waitFor('the imported design in the editor', () => {
                const document = vscode.window.activeTextEditor?.document;
                return document?.languageId === 'arch' && document.uri.scheme === 'untitled' ? document : undefined;
            });
            assert.match(design.getText(), /^architecture Shop "Imported from compose\.yaml, compose\.override\.yaml" \{$/m);
            assert.ok(design.getText().includes('database Db "db" {'));
            await waitFor('the preview beside the design', () => vscode.window.tabGroups.all.flatMap((group) => group.tabs).find((tab) => tab.input instanceof vscode.TabInputWebview && tab.input.viewType.endsWith(PREVIEW_VIEW_TYPE)));
            // The design is reviewed like any other: the same error as on the YAML, on the design's own line.
            await waitFor('the review of the imported design', () => vscode.languages.getDiagnostics(design.uri).find((diagnostic) => codeOf(diagnostic) === 'dr/ephemeral-storage'),
                () => `${design.uri.toString()}: ${vscode.languages.getDiagnostics(design.uri).map(codeOf).join(', ')}`);
            await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
        });
    });
}
