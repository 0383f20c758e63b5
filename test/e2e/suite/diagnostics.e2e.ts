import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import * as vscode from 'vscode';
import {
    WORKSPACE_FILES, archlensDiagnostics, describeDiagnostic, openInEditor, ruleOf, waitFor, waitForDiagnostics, workspaceUri
} from './editor.js';
import { checkWithPackagedCli, describeCliFindings } from './packaged-cli.js';

const RULE_DOCS = 'https://github.com/archlens/archlens/blob/main/docs/rules/';

function ruleLink(diagnostic: vscode.Diagnostic): string | undefined {
    return typeof diagnostic.code === 'object' ? diagnostic.code.target.toString(true) : undefined;
}

export function diagnosticsChecks(): void {
    describe('diagnostics', () => {
        it('reviews first-draft.arch: findings with rule codes linking to their docs', async () => {
            const { document } = await openInEditor(WORKSPACE_FILES.firstDraft);
            const diagnostics = await waitForDiagnostics(document.uri, 'the review of first-draft.arch',
                (published) => published.some((diagnostic) => ruleOf(diagnostic) === 'avail/single-point-of-failure'));
            const described = diagnostics.map(describeDiagnostic);
            // `service Web` (line 12) states no instance count (a question: a tier drawn as one box is often run as many); `Mobile -> Web : http` (line 22) is plain http.
            assert.ok(described.includes('12:11 info avail/single-point-of-failure'), described.join('\n'));
            assert.ok(described.includes('22:3 warning sec/unencrypted-transport'), described.join('\n'));
            const spof = diagnostics.find((diagnostic) => ruleOf(diagnostic) === 'avail/single-point-of-failure');
            assert.equal(spof && ruleLink(spof), `${RULE_DOCS}avail/single-point-of-failure.md`);
            assert.match(spof?.message ?? '', /service Web states no instance count, which the language reads as a single instance/);
        });

        it('shows on every sample exactly the unsuppressed findings `archlens check` reports', async () => {
            const folder = workspaceUri('.').fsPath;
            const samples = (await vscode.workspace.findFiles('**/*.arch', 'bad-config/**'))
                .map((uri) => path.relative(folder, uri.fsPath).split(path.sep).join('/'))
                .sort();
            assert.ok(samples.length >= 10, `only ${samples.length} sample files in the workspace`);
            const findings = await checkWithPackagedCli(folder, samples);
            // The server reviews the whole workspace at start and publishes every file's diagnostics,
            // so the samples nobody opened are covered too (the five realistic ones have none left).
            for (const sample of samples) {
                const expected = describeCliFindings(findings, sample);
                const uri = workspaceUri(sample);
                const shown = () => archlensDiagnostics(uri).map(describeDiagnostic).sort();
                await waitFor(`the diagnostics of ${sample} to match the CLI`, () => JSON.stringify(shown()) === JSON.stringify(expected) ? true : undefined,
                    () => `editor [${shown().join(', ')}], CLI [${expected.join(', ')}]`);
            }
        });
    });
}
