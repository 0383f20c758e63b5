import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { LANGUAGE_ID } from '../../../src/extension/identifiers.js';
import { WORKSPACE_FILES, hoverText, openInEditor, waitFor } from './editor.js';

/** An unsaved design of its own (a name no sample uses), with an empty line inside a service block and one in the design. */
const SCRATCH_DESIGN = ['architecture Scratch {', '  service Api {', '    ', '  }', '  ', '}', ''].join('\n');
const INSIDE_SERVICE = new vscode.Position(2, 4);
const INSIDE_DESIGN = new vscode.Position(4, 2);

async function completionLabels(uri: vscode.Uri, position: vscode.Position): Promise<string[]> {
    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', uri, position);
    return list.items.map((item) => typeof item.label === 'string' ? item.label : item.label.label);
}

/** The titles of the code lenses the editor would draw in a document, by line (0-based). */
async function lensTitles(uri: vscode.Uri): Promise<Map<number, string>> {
    const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', uri) ?? [];
    return new Map(lenses.map((lens) => [lens.range.start.line, lens.command?.title ?? '']));
}

async function hoverAt(uri: vscode.Uri, position: vscode.Position): Promise<string> {
    return hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, position));
}

export function languageFeatureChecks(): void {
    describe('completion and hover', () => {
        let scratch: vscode.TextDocument;

        before(async () => {
            scratch = await vscode.workspace.openTextDocument({ language: LANGUAGE_ID, content: SCRATCH_DESIGN });
            await vscode.window.showTextDocument(scratch);
        });

        it('completes the property keys of a service inside its block', async () => {
            // The first request can come before the server has parsed the new document: ask until it answers.
            const labels = await waitFor('service keys among the completions', async () => {
                const offered = await completionLabels(scratch.uri, INSIDE_SERVICE);
                return offered.includes('replicas') ? offered : undefined;
            });
            for (const key of ['replicas', 'autoscale', 'auth', 'timeout']) {
                assert.ok(labels.includes(key), `${key} is not offered; got ${labels.join(', ')}`);
            }
        });

        it('completes component kinds inside a design', async () => {
            const labels = await completionLabels(scratch.uri, INSIDE_DESIGN);
            for (const kind of ['service', 'database', 'cache', 'loadbalancer', 'queue']) {
                assert.ok(labels.includes(kind), `${kind} is not offered; got ${labels.join(', ')}`);
            }
        });

        // Regression: closing an unsaved document made the server's next build throw ("no services
        // for the extension ''") and the server exit. The harness also checks the output for crashes.
        it('survives closing an unsaved .arch document', async () => {
            await vscode.window.showTextDocument(scratch);
            await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
            const { document } = await openInEditor(WORKSPACE_FILES.firstDraft);
            const labels = await waitFor('completion after the scratch document closed', async () => {
                const offered = await completionLabels(document.uri, new vscode.Position(14, 2));
                return offered.length > 0 ? offered : undefined;
            });
            assert.ok(labels.length > 0);
        });

        it('explains a finding on hover: rule, checklist section and rationale', async () => {
            const { document } = await openInEditor(WORKSPACE_FILES.firstDraft);
            // `Web` in `service Web "Web server"` (line 12), where avail/single-point-of-failure is reported.
            const text = await waitFor('a hover on Web naming its finding', async () => {
                const hover = await hoverAt(document.uri, new vscode.Position(11, 11));
                return hover.includes('avail/single-point-of-failure') ? hover : undefined;
            });
            assert.match(text, /checklist: \*\*/);
            assert.match(text, /\*Quick fix:\*/);
        });

        it('shows each component\'s estimate in a code lens above it', async () => {
            const { document } = await openInEditor(WORKSPACE_FILES.firstDraft);
            // `service Web` (line 12) takes the first draft's 20k rps peak; the client `Mobile` (line 10) gets no lens.
            const titles = await waitFor('an estimate lens on Web', async () => {
                const found = await lensTitles(document.uri);
                return found.get(11)?.includes('rps') ? found : undefined;
            });
            assert.match(titles.get(11) ?? '', /20k rps .* available/);
            assert.equal(titles.get(9), undefined, 'the client has no estimate lens');
        });

        it('documents a property key on hover', async () => {
            const { document } = await openInEditor(WORKSPACE_FILES.firstDraft);
            // `engine` in `database Db { engine: mysql }` (line 15).
            const text = await hoverAt(document.uri, new vscode.Position(14, 6));
            assert.match(text, /engine/i);
            assert.ok(text.length > 40, `the hover on engine says only: ${text}`);
        });
    });
}
