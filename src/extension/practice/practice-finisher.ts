/**
 * "ArchLens: Finish Practice and Show Scorecard": saves the design, has the
 * language server score its text, records the score with its attempt, and
 * shows the scorecard with the workspace's history beside the design.
 */
import * as path from 'node:path';
import * as vscode from 'vscode';
import { readAttempts } from '../../practice/attempts.js';
import { practiceHistory } from '../../practice/history.js';
import { recordCardScore } from '../../practice/record-card-score.js';
import type { ArchLensLanguageServer } from '../language-server.js';
import { requestPracticeScore } from '../server-requests.js';
import { attemptsRoot } from './practice-starter.js';
import type { ScorecardPanel } from './scorecard-panel.js';

/** What the command returns: plain data, for a test or another extension. */
export interface FinishResult {
    readonly score: number;
    readonly prompt: string;
    readonly attempt?: string;
    /** The score was added to the attempt's record. */
    readonly recorded: boolean;
    /** The scorecard's page as shown. */
    readonly html: string;
}

export async function finishPractice(server: ArchLensLanguageServer, panel: ScorecardPanel, uri: vscode.Uri, log: vscode.LogOutputChannel): Promise<FinishResult | undefined> {
    const document = await vscode.workspace.openTextDocument(uri);
    await saveBeforeScoring(document, log);
    const result = await requestPracticeScore(server, { uri: uri.toString() });
    if (!result.ok) {
        void vscode.window.showErrorMessage(`ArchLens: ${result.message}`);
        return undefined;
    }
    const root = attemptsRoot(uri);
    const recorded = result.attempt !== undefined && await recordCardScore(root, result.attempt, result.card, new Date()).catch((error: unknown) => {
        log.warn(`The practice score was not recorded under ${root}: ${error instanceof Error ? error.message : String(error)}`);
        return false;
    });
    const { records, problems } = await readAttempts(root);
    problems.forEach((problem) => log.warn(`Practice history: skipped ${problem}`));
    const html = panel.show({ card: result.card, history: practiceHistory(records), attempt: result.attempt, file: displayPath(root, uri) });
    return { score: result.card.score, prompt: result.card.prompt.id, ...(result.attempt !== undefined ? { attempt: result.attempt } : {}), recorded, html };
}

/**
 * The attempt's file is what the history keeps: it is saved first. A save
 * the editor gives up on (a slow save participant on a busy machine) is
 * tried once more; the score itself reads the editor's text either way.
 */
async function saveBeforeScoring(document: vscode.TextDocument, log: vscode.LogOutputChannel): Promise<void> {
    for (let attempt = 0; attempt < 2 && document.isDirty; attempt++) {
        await document.save();
    }
    if (document.isDirty) {
        log.warn(`${document.uri.fsPath} could not be saved before scoring; the score reads the editor's text.`);
    }
}

function displayPath(root: string, uri: vscode.Uri): string {
    const relative = path.relative(root, uri.fsPath);
    return relative.startsWith('..') || path.isAbsolute(relative) ? uri.fsPath : relative.split(path.sep).join('/');
}
