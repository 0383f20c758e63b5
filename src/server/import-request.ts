/**
 * Answers the editor's requests about deployments: `archlens/importReview`
 * (the findings of the deployment a YAML file belongs to, on its YAML
 * lines: as the workspace reviews it when an `.arch` file imports it, else
 * on its own) and `archlens/importDesign` (the design it describes). Both read
 * the files as saved, and only inside the workspace's folders. A bad file
 * gives findings or a message, never a failed request or a stopped server.
 */
import * as path from 'node:path';
import { DocumentState, URI } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import type { Connection } from 'vscode-languageserver';
import { analyzeFiles } from '../batch/analyze.js';
import { importDocument, onYaml, problemFindings } from '../import/imported-document.js';
import { findingsOfDocument } from '../batch/findings-of-document.js';
import { workspaceDeployments } from '../language/arch-document-factory.js';
import type { Finding } from '../model/finding.js';
import { deploymentOf, type ImportInput } from '../import/import-inputs.js';
import { workspaceFolderOf } from './workspace-folders.js';
import { IMPORT_DESIGN_REQUEST, IMPORT_REVIEW_REQUEST, type ImportDesignResult, type ImportParams, type ImportReviewResult } from '../import/import-protocol.js';

export function serveImports(shared: LangiumSharedServices, connection: Connection): void {
    connection.onRequest(IMPORT_REVIEW_REQUEST, (params: ImportParams) => importReviewFor(shared, params));
    connection.onRequest(IMPORT_DESIGN_REQUEST, (params: ImportParams) => importDesignFor(shared, params));
}

export async function importReviewFor(shared: LangiumSharedServices, params: ImportParams): Promise<ImportReviewResult> {
    return answer(shared, params, async (input, folder) => {
        const findings = (await reviewInWorkspace(shared, input)) ?? (await analyzeFiles([], { cwd: folder, imports: [input] })).findings;
        const shown = findings.filter((finding) => !finding.suppressed).map(({ uri, range, severity, message, rule }) => ({ uri, range, severity, message, rule }));
        return { ok: true, files: input.files.map((file) => URI.file(file).toString()), findings: shown };
    });
}

/**
 * The findings of a deployment an `.arch` file of the workspace imports, as
 * the workspace reviews it (with what that file adds: requirements, `extend`
 * corrections), on the YAML lines; undefined when no file imports it.
 */
async function reviewInWorkspace(shared: LangiumSharedServices, input: ImportInput): Promise<Finding[] | undefined> {
    const uri = URI.file(input.files[0]);
    const imported = workspaceDeployments(shared)?.importedAt(uri);
    const document = imported ? shared.workspace.LangiumDocuments.getDocument(uri) : undefined;
    if (!imported || !document) {
        return undefined;
    }
    await shared.workspace.DocumentBuilder.waitUntil(DocumentState.Validated, uri);
    return [...findingsOfDocument(document).map((finding) => onYaml(finding, imported)), ...problemFindings(imported)];
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

