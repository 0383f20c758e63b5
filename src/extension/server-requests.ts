/**
 * The extension's own requests to the language server (`archlens/diagram`,
 * `archlens/report`, `archlens/practiceScore`, `archlens/importReview`,
 * `archlens/importDesign`, `archlens/compare`): they wait briefly for a
 * client that is starting, and turn a missing or failing server into the
 * request's error result.
 */
import { DIAGRAM_REQUEST, type DiagramParams, type DiagramResult } from '../diagram/diagram-protocol.js';
import { PRACTICE_SCORE_REQUEST, type PracticeScoreParams, type PracticeScoreResult } from '../practice/practice-protocol.js';
import { REPORT_REQUEST, type ReportParams, type ReportResult } from '../report/report-protocol.js';
import { IMPORT_DESIGN_REQUEST, IMPORT_REVIEW_REQUEST, type ImportDesignResult, type ImportParams, type ImportReviewResult } from '../import/import-protocol.js';
import { COMPARE_REQUEST, type CompareParams, type CompareResult } from '../diff/compare-protocol.js';
import type { ArchLensLanguageServer } from './language-server.js';

/** How long a request waits for a client that is being created (activation, a restart). */
const CLIENT_WAIT_MS = 5_000;
const CLIENT_POLL_MS = 100;

type Failure = { readonly ok: false; readonly message: string };

export function requestDiagram(server: ArchLensLanguageServer, params: DiagramParams): Promise<DiagramResult> {
    return request<DiagramParams, DiagramResult>(server, DIAGRAM_REQUEST, params);
}

export function requestReport(server: ArchLensLanguageServer, params: ReportParams): Promise<ReportResult> {
    return request<ReportParams, ReportResult>(server, REPORT_REQUEST, params);
}

export function requestPracticeScore(server: ArchLensLanguageServer, params: PracticeScoreParams): Promise<PracticeScoreResult> {
    return request<PracticeScoreParams, PracticeScoreResult>(server, PRACTICE_SCORE_REQUEST, params);
}

export function requestImportReview(server: ArchLensLanguageServer, params: ImportParams): Promise<ImportReviewResult> {
    return request<ImportParams, ImportReviewResult>(server, IMPORT_REVIEW_REQUEST, params);
}

export function requestImportDesign(server: ArchLensLanguageServer, params: ImportParams): Promise<ImportDesignResult> {
    return request<ImportParams, ImportDesignResult>(server, IMPORT_DESIGN_REQUEST, params);
}

export function requestCompare(server: ArchLensLanguageServer, params: CompareParams): Promise<CompareResult> {
    return request<CompareParams, CompareResult>(server, COMPARE_REQUEST, params);
}

async function request<P, R extends { readonly ok: boolean }>(server: ArchLensLanguageServer, method: string, params: P): Promise<R | Failure> {
    const client = await clientOf(server);
    if (!client) {
        return { ok: false, message: 'The ArchLens language server is not running. Run "ArchLens: Restart Language Server".' };
    }
    try {
        return await client.sendRequest<R>(method, params);
    } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        return { ok: false, message: `The ArchLens language server did not answer: ${message}` };
    }
}

async function clientOf(server: ArchLensLanguageServer): Promise<ArchLensLanguageServer['languageClient']> {
    for (let waited = 0; !server.languageClient && waited < CLIENT_WAIT_MS; waited += CLIENT_POLL_MS) {
        await new Promise((resolve) => setTimeout(resolve, CLIENT_POLL_MS));
    }
    return server.languageClient;
}
