/**
 * "ArchLens: Start Design Interview Practice": picks a prompt (or takes it
 * from the command's argument), writes `<prompt>.arch` with the statement as
 * comments into the first workspace folder (or where a save dialog says),
 * records the attempt under that folder's `.archlens/practice/`, and opens
 * the file. Returns what the session needs, or undefined when cancelled.
 */
import * as path from 'node:path';
import * as vscode from 'vscode';
import { newAttemptId, writeAttempt } from '../../practice/attempts.js';
import { startFileText } from '../../practice/practice-file.js';
import type { PracticePrompt } from '../../practice/prompt.js';
import { allPrompts, promptEntry } from '../../practice/prompt-library.js';
import { freeFileName } from './practice-file-name.js';
import type { SessionInfo } from './practice-session.js';
import { promptItems } from './prompt-items.js';
import { type StartOptions, readStartOptions } from './start-options.js';

export async function startPractice(argument: unknown): Promise<SessionInfo | undefined> {
    const options = readStartOptions(argument);
    if (typeof options === 'string') {
        void vscode.window.showErrorMessage(`ArchLens: ${options}`);
        return undefined;
    }
    const prompt = await choosePrompt(options);
    if (!prompt) {
        return undefined;
    }
    const uri = await designLocation(prompt);
    if (!uri) {
        return undefined;
    }
    const minutes = options.minutes ?? prompt.minutes;
    const now = new Date();
    const attempt = newAttemptId(now);
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(startFileText(prompt, attempt, minutes)));
    const root = attemptsRoot(uri);
    await writeAttempt(root, { version: 1, attempt, prompt: prompt.id, file: relativePath(root, uri.fsPath), started: now.toISOString(), minutes, scores: [] });
    const document = await vscode.workspace.openTextDocument(uri);
    const editor = await vscode.window.showTextDocument(document);
    placeCursorInRequirements(editor);
    return { prompt, uri, root, attempt, minutes, startedAt: now.getTime() };
}

async function choosePrompt(options: StartOptions): Promise<PracticePrompt | undefined> {
    if (options.prompt !== undefined) {
        const entry = promptEntry(options.prompt);
        if (!entry) {
            void vscode.window.showErrorMessage(`ArchLens: no practice prompt '${options.prompt}'. The prompts are: ${allPrompts().map((known) => known.prompt.id).join(', ')}.`);
        }
        return entry?.prompt;
    }
    const prompts = allPrompts().map((entry) => entry.prompt);
    const picked = await vscode.window.showQuickPick(promptItems(prompts), {
        title: 'Start a design interview practice',
        placeHolder: 'Pick a prompt: the clock starts when its file opens',
        matchOnDescription: true,
        matchOnDetail: true
    });
    return picked ? prompts.find((prompt) => prompt.id === picked.id) : undefined;
}

/** A free `<prompt>.arch` in the first workspace folder; with no folder open, where the user says. */
async function designLocation(prompt: PracticePrompt): Promise<vscode.Uri | undefined> {
    const folder = vscode.workspace.workspaceFolders?.[0];
    if (folder) {
        const name = await freeFileName(prompt.id, (candidate) => exists(vscode.Uri.joinPath(folder.uri, candidate)));
        return vscode.Uri.joinPath(folder.uri, name);
    }
    return vscode.window.showSaveDialog({
        title: `Where to keep your ${prompt.title} design`,
        saveLabel: 'Start practice',
        filters: { 'ArchLens design': ['arch'] },
        defaultUri: vscode.Uri.file(path.join(process.cwd(), `${prompt.id}.arch`))
    });
}

async function exists(uri: vscode.Uri): Promise<boolean> {
    return vscode.workspace.fs.stat(uri).then(() => true, () => false);
}

/** The workspace folder holding the file, else the file's folder (a file saved outside any folder). */
export function attemptsRoot(uri: vscode.Uri): string {
    return vscode.workspace.getWorkspaceFolder(uri)?.uri.fsPath ?? path.dirname(uri.fsPath);
}

function relativePath(root: string, file: string): string {
    return path.relative(root, file).split(path.sep).join('/');
}

/** The first thing to write is the figures: the cursor waits inside the empty `requirements` block. */
function placeCursorInRequirements(editor: vscode.TextEditor): void {
    const text = editor.document.getText();
    const offset = text.indexOf('requirements {');
    if (offset >= 0) {
        const position = editor.document.positionAt(offset + 'requirements {'.length);
        editor.selection = new vscode.Selection(position, position);
        editor.revealRange(new vscode.Range(position, position), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    }
}
