/**
 * Answers `archlens/report`: the review report (Markdown, as `archlens
 * report` writes it) of the designs of a document, once the document has
 * been validated so that findings and estimates are current.
 */
import * as path from 'node:path';
import { URI } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import type { CancellationToken, Connection } from 'vscode-languageserver';
import packageJson from '../../package.json' with { type: 'json' };
import type { ArchServices } from '../language/arch-module.js';
import { NOT_OPEN_MESSAGE, validatedDocument } from './validated-document.js';
import type { Design } from '../model/design.js';
import { REPORT_REQUEST, type ReportParams, type ReportResult } from '../report/report-protocol.js';
import { workspaceReport } from '../report/workspace-report.js';

export function serveReports(shared: LangiumSharedServices, arch: ArchServices, connection: Connection): void {
    connection.onRequest(REPORT_REQUEST, (params: ReportParams, token: CancellationToken) => reportFor(shared, arch, params, token));
}

export async function reportFor(shared: LangiumSharedServices, arch: ArchServices, params: ReportParams, token?: CancellationToken): Promise<ReportResult> {
    const document = await validatedDocument(shared, params.uri, token);
    if (!document) {
        return { ok: false, message: NOT_OPEN_MESSAGE };
    }
    const registry = arch.design.DesignRegistry;
    const designs = registry.designNamesIn(document).map((name) => registry.design(name)?.design).filter((design): design is Design => design !== undefined);
    if (designs.length === 0) {
        return { ok: false, message: 'This file has no `architecture` block yet: write `architecture Name { … }` to review it.' };
    }
    const markdown = workspaceReport({
        designs,
        findings: arch.design.ReviewService.all(),
        estimatesOf: (design) => arch.design.EstimateService.estimatesFor(design),
        cwd: folderOf(shared, document.uri),
        version: packageJson.version
    });
    return { ok: true, designs: designs.map((design) => design.name), markdown };
}

/** Paths in the report are shown relative to the workspace folder holding the file (else the file's folder). */
function folderOf(shared: LangiumSharedServices, uri: URI): string {
    const folders = shared.workspace.WorkspaceManager.workspaceFolders ?? [];
    const holding = folders.map((folder) => URI.parse(folder.uri)).find((folder) => uri.path.startsWith(`${folder.path}/`));
    return holding ? holding.fsPath : path.dirname(uri.fsPath);
}
