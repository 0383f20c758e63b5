/**
 * Answers the editor's requests about deployments: `archlens/importReview`
 * (the findings of the deployment a YAML file belongs to, on its YAML
 * lines) and `archlens/importDesign` (the design it describes). Both read
 * the files as saved, and only inside the workspace's folders. A bad file
 * gives findings or a message, never a failed request or a stopped server.
 */
import * as path from 'node:path';
import { URI } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import type { Connection } from 'vscode-languageserver';
import { analyzeFiles } from '../batch/analyze.js';
import { importDocument } from '../import/imported-document.js';
import { deploymentOf, type ImportInput } from '../import/import-inputs.js';
import { IMPORT_DESIGN_REQUEST, IMPORT_REVIEW_REQUEST, type ImportDesignResult, type ImportParams, type ImportReviewResult } from '../import/import-protocol.js';

export function serveImports(shared: LangiumSharedServices, connection: Connection): void {
    connection.onRequest(IMPORT_REVIEW_REQUEST, (params: ImportParams) => importReviewFor(shared, params));
    connection.onRequest(IMPORT_DESIGN_REQUEST, (params: ImportParams) => importDesignFor(shared, params));
}

export async function importReviewFor(shared: LangiumSharedServices, params: ImportParams): Promise<ImportReviewResult> {
    return answer(shared, params, async (input, folder) => {
        const analysis = await analyzeFiles([], { cwd: folder, imports: [input] });
        const findings = analysis.findings.filter((finding) => !finding.suppressed).map(({ uri, range, severity, message, rule }) => ({ uri, range, severity, message, rule }));
        return { ok: true, files: input.files.map((file) => URI.file(file).toString()), findings };
    });
}

export async function importDesignFor(shared: LangiumSharedServices, params: ImportParams): Promise<ImportDesignResult> {
    return answer(shared, params, async (input, folder) => {
        const document = await importDocument(input, folder);
        return document.system.components.length === 0
            ? { ok: false, message: `No service could be imported from ${path.basename(input.files[0])}.` }
            : { ok: true, name: document.system.name, text: document.text };
    });
}

async function answer<R>(shared: LangiumSharedServices, params: ImportParams, work: (input: ImportInput, folder: string) => Promise<R>): Promise<R | { ok: false; message: string }> {
    try {
        const target = typeof params?.uri === 'string' ? URI.parse(params.uri) : undefined;
        if (target?.scheme !== 'file') {
            return { ok: false, message: 'Only a saved Compose file or manifest (or a folder of them) can be imported.' };
        }
        const folder = workspaceFolderOf(shared, target.fsPath);
        if (folder === undefined) {
            return { ok: false, message: 'ArchLens reads deployments only inside the workspace\'s folders.' };
        }
        const input = await deploymentOf(target.fsPath);
        if (!input) {
            return { ok: false, message: `${path.basename(target.fsPath)} is not a Compose file or a Kubernetes manifest.` };
        }
        const outside = input.files.find((file) => workspaceFolderOf(shared, file) === undefined);
        return outside ? { ok: false, message: `${path.basename(outside)} is outside the workspace's folders.` } : await work(input, folder);
    } catch (error) {
        return { ok: false, message: `The deployment could not be read: ${error instanceof Error ? error.message : String(error)}` };
    }
}

/** The workspace folder holding a path, if any (no folder: nothing is read). */
function workspaceFolderOf(shared: LangiumSharedServices, file: string): string | undefined {
    const folders = shared.workspace.WorkspaceManager.workspaceFolders ?? [];
    return folders.map((folder) => URI.parse(folder.uri).fsPath).find((folder) => file === folder || file.startsWith(`${folder}${path.sep}`));
}
