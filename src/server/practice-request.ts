/**
 * Answers `archlens/practiceScore`: the scorecard of a practice design from
 * the document's current text (what the editor shows, saved or not), scored
 * on its own as `archlens practice score` does. Whatever the document holds,
 * the answer is a result: a bad file gets a message, never a failed request
 * or a crashed server.
 */
import { URI } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import type { Connection } from 'vscode-languageserver';
import { PRACTICE_SCORE_REQUEST, type PracticeScoreParams, type PracticeScoreResult } from '../practice/practice-protocol.js';
import { PracticeError } from '../practice/prompt-library.js';
import { scorecardJson } from '../practice/scorecard-json.js';
import { scorePractice } from '../practice/score-practice.js';
import { NOT_OPEN_MESSAGE } from './validated-document.js';

export function servePracticeScores(shared: LangiumSharedServices, connection: Connection): void {
    connection.onRequest(PRACTICE_SCORE_REQUEST, (params: PracticeScoreParams) => practiceScoreFor(shared, params));
}

export async function practiceScoreFor(shared: LangiumSharedServices, params: PracticeScoreParams): Promise<PracticeScoreResult> {
    const text = typeof params?.uri === 'string' ? currentText(shared, params.uri) : undefined;
    if (text === undefined) {
        return { ok: false, message: NOT_OPEN_MESSAGE };
    }
    try {
        const { card, attempt } = await scorePractice({ text, uri: params.uri });
        return { ok: true, card: scorecardJson(card), ...(attempt !== undefined ? { attempt } : {}) };
    } catch (error) {
        if (error instanceof PracticeError) {
            return { ok: false, message: `This file cannot be scored: ${error.message}` };
        }
        const message = error instanceof Error ? error.message : String(error);
        return { ok: false, message: `Scoring failed: ${message}` };
    }
}

/** The editor's text when the client sent it, else the text the server last built. */
function currentText(shared: LangiumSharedServices, uriText: string): string | undefined {
    let uri: URI;
    try {
        uri = URI.parse(uriText);
    } catch {
        return undefined;
    }
    return shared.workspace.TextDocuments?.get(uri.toString())?.getText()
        ?? shared.workspace.LangiumDocuments.getDocument(uri)?.textDocument.getText();
}
