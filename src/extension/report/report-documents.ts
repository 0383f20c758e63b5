/**
 * "ArchLens: Open Review Report": the report of the designs of an `.arch`
 * file (the one `archlens report` writes), shown in VS Code's Markdown
 * preview beside the design and kept current while the design is edited.
 */
import * as vscode from 'vscode';
import { COMMANDS, LANGUAGE_ID } from '../identifiers.js';
import type { ArchLensLanguageServer } from '../language-server.js';
import { requestReport } from '../server-requests.js';
import { REPORT_SCHEME, reportLocationFor } from './report-uri.js';

/** Reports follow edits once typing pauses this long. */
const REFRESH_DELAY_MS = 500;

export class ReportDocuments implements vscode.TextDocumentContentProvider, vscode.Disposable {
    private readonly changes = new vscode.EventEmitter<vscode.Uri>();
    readonly onDidChange = this.changes.event;
    private refreshTimer: ReturnType<typeof setTimeout> | undefined;

    constructor(private readonly server: ArchLensLanguageServer) {}

    register(): vscode.Disposable[] {
        return [
            vscode.workspace.registerTextDocumentContentProvider(REPORT_SCHEME, this),
            vscode.commands.registerCommand(COMMANDS.openReport, (resource?: vscode.Uri) => this.open(resource)),
            vscode.workspace.onDidChangeTextDocument((event) => {
                if (event.document.languageId === LANGUAGE_ID) {
                    this.scheduleRefresh();
                }
            })
        ];
    }

    async provideTextDocumentContent(uri: vscode.Uri): Promise<string> {
        const result = await requestReport(this.server, { uri: uri.query });
        return result.ok ? result.markdown : `# Design review\n\n${result.message}\n`;
    }

    private async open(resource: vscode.Uri | undefined): Promise<void> {
        const source = resource ?? activeDesign();
        if (!source) {
            void vscode.window.showInformationMessage('ArchLens: open an .arch file to see its review report.');
            return;
        }
        const location = reportLocationFor(source.toString(), source.path);
        const report = vscode.Uri.from({ scheme: REPORT_SCHEME, path: location.path, query: location.query });
        await vscode.commands.executeCommand('markdown.showPreviewToSide', report);
    }

    /** Every open report is asked for again: a design may span files, so any `.arch` edit may change any report. */
    private scheduleRefresh(): void {
        clearTimeout(this.refreshTimer);
        this.refreshTimer = setTimeout(() => {
            for (const document of vscode.workspace.textDocuments) {
                if (document.uri.scheme === REPORT_SCHEME) {
                    this.changes.fire(document.uri);
                }
            }
        }, REFRESH_DELAY_MS);
    }

    dispose(): void {
        clearTimeout(this.refreshTimer);
        this.changes.dispose();
    }
}

function activeDesign(): vscode.Uri | undefined {
    const document = vscode.window.activeTextEditor?.document;
    return document?.languageId === LANGUAGE_ID ? document.uri : undefined;
}
