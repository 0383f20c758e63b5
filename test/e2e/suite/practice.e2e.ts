/**
 * Design-interview practice in the editor: start (a session of three
 * seconds, so the twist comes at 1.5 s), the twist written into the file,
 * a design written over the empty one, finish, and the scorecard beside it.
 * The screenshot is the UI check's (test/e2e/ui/practice.ui.ts).
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import { COMMANDS, SCORECARD_VIEW_TYPE } from '../../../src/extension/identifiers.js';
import type { StartResult } from '../../../src/extension/practice/practice-controller.js';
import type { FinishResult } from '../../../src/extension/practice/practice-finisher.js';
import { waitFor, workspaceUri } from './editor.js';
import { GOOD_DESIGN, GOOD_DESIGN_SCORE, PRACTICE_PROMPT, withDesign } from './practice-answer.js';

/** Three seconds: the prompt's twist is due half-way. */
const MINUTES = 0.05;
const TWIST = '// ArchLens twist (viral-link)';

function scorecardTabs(): vscode.Tab[] {
    return vscode.window.tabGroups.all.flatMap((group) => group.tabs).filter((tab) => tab.input instanceof vscode.TabInputWebview && tab.input.viewType.endsWith(SCORECARD_VIEW_TYPE));
}

function describeTabs(): string {
    return vscode.window.tabGroups.all.flatMap((group) => group.tabs.map((tab) => `${tab.label} (column ${group.viewColumn})`)).join(', ');
}

interface AttemptFile {
    readonly prompt: string;
    readonly file: string;
    readonly minutes: number;
    readonly scores: readonly { readonly score: number; readonly twists: readonly string[] }[];
}

function readAttemptFile(attempt: string): AttemptFile {
    return JSON.parse(fs.readFileSync(workspaceUri(`.archlens/practice/${attempt}.json`).fsPath, 'utf8')) as AttemptFile;
}

export function practiceChecks(): void {
    describe('practice', () => {
        let started: StartResult | undefined;

        const design = async (): Promise<vscode.TextDocument> => {
            assert.ok(started, 'the practice did not start');
            return vscode.workspace.openTextDocument(vscode.Uri.parse(started.uri));
        };

        after(async () => {
            await vscode.window.tabGroups.close(scorecardTabs());
        });

        it('starts a practice: the prompt\'s file opens with its header, and the attempt is recorded', async () => {
            started = await vscode.commands.executeCommand<StartResult | undefined>(COMMANDS.practiceStart, { prompt: PRACTICE_PROMPT, minutes: MINUTES });
            assert.ok(started, 'the start command returned nothing');
            // The workspace's samples hold a url-shortener.arch already: the practice takes the next free name.
            assert.ok(fs.existsSync(workspaceUri('url-shortener.arch').fsPath));
            assert.equal(started.uri, workspaceUri('url-shortener-2.arch').toString());
            const uri = started.uri;
            const editor = await waitFor('the practice file in the editor', () => vscode.window.activeTextEditor?.document.uri.toString() === uri ? vscode.window.activeTextEditor : undefined);
            assert.ok(editor.document.getText().startsWith(`// ArchLens practice: url-shortener attempt ${started.attempt} (${MINUTES} minutes)\n// URL shortener (easy).`));
            assert.match(editor.document.getText(), /^architecture UrlShortener_\d{8}_\d{6} "URL shortener" \{\n {2}requirements \{\n {2}\}\n\}\n$/m);
            const attempt = readAttemptFile(started.attempt);
            assert.deepEqual([attempt.prompt, attempt.file, attempt.minutes, attempt.scores.length], [PRACTICE_PROMPT, 'url-shortener-2.arch', MINUTES, 0]);
        });

        it('writes the twist into the file at its time, and saves it', async () => {
            const document = await design();
            await waitFor('the twist comment in the file', () => document.getText().includes(TWIST) ? true : undefined, () => document.getText().slice(-200), 15_000);
            await waitFor('the file to be saved', () => document.isDirty ? undefined : true);
            assert.ok(fs.readFileSync(document.uri.fsPath, 'utf8').includes(TWIST), 'the twist is not in the saved file');
        });

        it('finishes: scores the design and shows the scorecard beside it, with the score recorded', async () => {
            const document = await design();
            const edit = new vscode.WorkspaceEdit();
            edit.replace(document.uri, new vscode.Range(document.positionAt(0), document.positionAt(document.getText().length)), withDesign(document.getText(), GOOD_DESIGN));
            assert.ok(await vscode.workspace.applyEdit(edit));
            const editor = await vscode.window.showTextDocument(document);
            // Unsaved on purpose: finishing saves it.
            assert.equal(document.isDirty, true);

            const finished = await vscode.commands.executeCommand<FinishResult | undefined>(COMMANDS.practiceFinish);
            assert.ok(finished, 'the finish command returned nothing (see the notifications)');
            assert.equal(document.isDirty, false);
            assert.equal(finished.score, GOOD_DESIGN_SCORE);
            assert.match(finished.html, new RegExp(`<span class="score">${GOOD_DESIGN_SCORE}</span> / 100`));
            assert.match(finished.html, /✖ not handled: A celebrity posts one short link/);
            assert.match(finished.html, new RegExp(`<tr class="current"><td>[^<]+ <span class="tag">this one</span></td><td>url-shortener</td><td class="num">${GOOD_DESIGN_SCORE}</td>`));

            const tab = await waitFor('the scorecard tab', () => scorecardTabs()[0], describeTabs);
            assert.equal(tab.label, 'Scorecard: URL shortener');
            assert.notEqual(tab.group.viewColumn, editor.viewColumn, 'the scorecard opened over the design, not beside it');

            assert.ok(started);
            assert.equal(finished.attempt, started.attempt);
            assert.equal(finished.recorded, true);
            const scores = readAttemptFile(started.attempt).scores;
            assert.deepEqual(scores.map((score) => [score.score, score.twists]), [[GOOD_DESIGN_SCORE, ['viral-link']]]);
        });
    });
}
