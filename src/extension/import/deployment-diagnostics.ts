/**
 * Shows the review's findings on Compose files and Kubernetes manifests
 * themselves: when such a YAML file is opened or saved, the deployment it
 * belongs to is reviewed (as saved) and each finding is put on the YAML line
 * it is about. `archlens.import.diagnostics: false` turns it off and clears
 * them.
 */
import * as vscode from 'vscode';
import type { DeploymentFinding } from '../../import/import-protocol.js';
import { IMPORT_DIAGNOSTICS_KEY, IMPORT_SETTING_SECTION } from '../identifiers.js';
import type { ArchLensLanguageServer } from '../language-server.js';
import { requestImportReview } from '../server-requests.js';

export class DeploymentDiagnostics implements vscode.Disposable {
    private readonly collection = vscode.languages.createDiagnosticCollection('archlens-deployments');
    /** For each reviewed file, the files of its deployment whose diagnostics it set. */
    private readonly owned = new Map<string, readonly string[]>();

    constructor(private readonly server: ArchLensLanguageServer, private readonly log: vscode.LogOutputChannel) {}

    register(): vscode.Disposable[] {
        for (const document of vscode.workspace.textDocuments) {
            void this.review(document);
        }
        return [
            vscode.workspace.onDidOpenTextDocument((document) => void this.review(document)),
            vscode.workspace.onDidSaveTextDocument((document) => void this.review(document)),
            vscode.workspace.onDidChangeConfiguration((event) => {
                if (event.affectsConfiguration(`${IMPORT_SETTING_SECTION}.${IMPORT_DIAGNOSTICS_KEY}`)) {
                    this.collection.clear();
                    this.owned.clear();
                    vscode.workspace.textDocuments.forEach((document) => void this.review(document));
                }
            })
        ];
    }

    dispose(): void {
        this.collection.dispose();
    }

    private enabled(): boolean {
        return vscode.workspace.getConfiguration(IMPORT_SETTING_SECTION).get<boolean>(IMPORT_DIAGNOSTICS_KEY, true);
    }

    private async review(document: vscode.TextDocument): Promise<void> {
        if (!this.enabled() || document.uri.scheme !== 'file' || !/\.ya?ml$/i.test(document.uri.fsPath)) {
            return;
        }
        const result = await requestImportReview(this.server, { uri: document.uri.toString() });
        if (!result.ok) {
            // Most YAML files are not deployments: only say why when a deployment failed.
            if (!/is not a Compose file or a Kubernetes manifest/.test(result.message)) {
                this.log.warn(`ArchLens did not review ${vscode.workspace.asRelativePath(document.uri)}: ${result.message}`);
            }
            return;
        }
        for (const file of this.owned.get(document.uri.toString()) ?? []) {
            this.collection.delete(vscode.Uri.parse(file));
        }
        const byFile = new Map<string, vscode.Diagnostic[]>(result.files.map((file) => [file, []]));
        for (const finding of result.findings) {
            byFile.set(finding.uri, [...(byFile.get(finding.uri) ?? []), diagnosticOf(finding)]);
        }
        for (const [file, diagnostics] of byFile) {
            this.collection.set(vscode.Uri.parse(file), diagnostics);
        }
        this.owned.set(document.uri.toString(), [...byFile.keys()]);
    }
}

function diagnosticOf(finding: DeploymentFinding): vscode.Diagnostic {
    const range = new vscode.Range(finding.range.start.line, finding.range.start.character, finding.range.end.line, finding.range.end.character);
    const diagnostic = new vscode.Diagnostic(range, finding.message, severityOf(finding.severity));
    diagnostic.source = 'archlens';
    diagnostic.code = finding.rule;
    return diagnostic;
}

/** Read when a finding is shown, not when the module loads: the vscode module's enums are the host's. */
function severityOf(severity: DeploymentFinding['severity']): vscode.DiagnosticSeverity {
    switch (severity) {
        case 'error':
            return vscode.DiagnosticSeverity.Error;
        case 'warning':
            return vscode.DiagnosticSeverity.Warning;
        case 'info':
            return vscode.DiagnosticSeverity.Information;
        case 'hint':
            return vscode.DiagnosticSeverity.Hint;
    }
}
