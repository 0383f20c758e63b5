/**
 * The practice commands and the one running session: start (a new session
 * replaces a running one), reveal the next twist now, and finish (stop the
 * clock, score, show the scorecard). The `archlens.practiceActive` context
 * key tells the menus whether a session runs. The session is kept in the
 * workspace's state, so a window reload resumes its clock.
 */
import * as vscode from 'vscode';
import { readHeader, revealedTwists } from '../../practice/practice-file.js';
import type { Twist } from '../../practice/prompt.js';
import { promptEntry } from '../../practice/prompt-library.js';
import { COMMANDS, LANGUAGE_ID, PRACTICE_ACTIVE_CONTEXT } from '../identifiers.js';
import type { ArchLensLanguageServer } from '../language-server.js';
import { type FinishResult, finishPractice } from './practice-finisher.js';
import { PracticeSession, type SessionInfo } from './practice-session.js';
import { startPractice } from './practice-starter.js';
import { ScorecardPanel } from './scorecard-panel.js';
import { SESSION_STATE_KEY, type StoredSession, isStale, readStoredSession } from './stored-session.js';
import { writeTwist } from './twist-writer.js';

/** What the start command returns: plain data, for a test or another extension. */
export interface StartResult {
    readonly uri: string;
    readonly attempt: string;
    readonly minutes: number;
}

export class PracticeController implements vscode.Disposable {
    private session: PracticeSession | undefined;
    private readonly panel = new ScorecardPanel();

    constructor(private readonly server: ArchLensLanguageServer, private readonly log: vscode.LogOutputChannel, private readonly state: vscode.Memento) {}

    register(): vscode.Disposable[] {
        return [
            vscode.commands.registerCommand(COMMANDS.practiceStart, (argument?: unknown) => this.start(argument)),
            vscode.commands.registerCommand(COMMANDS.practiceRevealTwist, () => this.revealNextTwist()),
            vscode.commands.registerCommand(COMMANDS.practiceFinish, (resource?: unknown) => this.finish(resource instanceof vscode.Uri ? resource : undefined))
        ];
    }

    async start(argument: unknown): Promise<StartResult | undefined> {
        const info = await startPractice(argument);
        if (!info) {
            return undefined;
        }
        this.endSession();
        this.run(info, []);
        const stored: StoredSession = { uri: info.uri.toString(), root: info.root, attempt: info.attempt, prompt: info.prompt.id, minutes: info.minutes, startedAt: info.startedAt };
        await this.state.update(SESSION_STATE_KEY, stored);
        return { uri: info.uri.toString(), attempt: info.attempt, minutes: info.minutes };
    }

    /** Resumes the session the workspace's state holds (after a reload), with the twists its file already has. */
    async resume(): Promise<void> {
        const stored = readStoredSession(this.state.get(SESSION_STATE_KEY));
        const entry = stored && promptEntry(stored.prompt);
        if (this.session) {
            return;
        }
        if (!stored || !entry || isStale(stored, Date.now())) {
            await this.state.update(SESSION_STATE_KEY, undefined);
            return;
        }
        const uri = vscode.Uri.parse(stored.uri);
        const text = await vscode.workspace.fs.readFile(uri).then((bytes) => new TextDecoder().decode(bytes), () => undefined);
        if (text === undefined) {
            // The design file is gone: so is the practice.
            await this.state.update(SESSION_STATE_KEY, undefined);
            return;
        }
        this.run({ prompt: entry.prompt, uri, root: stored.root, attempt: stored.attempt, minutes: stored.minutes, startedAt: stored.startedAt }, revealedTwists(text));
    }

    private run(info: SessionInfo, revealed: readonly string[]): void {
        this.session = new PracticeSession(info, {
            twistDue: (session, twist) => void this.reveal(session.info.uri, session.info.prompt.title, twist),
            timeUp: (session) => void this.timeUp(session.info.prompt.title)
        });
        revealed.forEach((id) => this.session?.markRevealed(id));
        this.session.start();
        void vscode.commands.executeCommand('setContext', PRACTICE_ACTIVE_CONTEXT, true);
    }

    /** The running session's next twist, or, with none running, the next one of the practice file in the editor. */
    async revealNextTwist(): Promise<boolean> {
        const target = this.session ? this.sessionTwist(this.session) : await activeFileTwist();
        if (!target) {
            void vscode.window.showInformationMessage('ArchLens: no twist left to reveal (start a practice, or open its design file).');
            return false;
        }
        return this.reveal(target.uri, target.title, target.twist);
    }

    async finish(resource?: vscode.Uri): Promise<FinishResult | undefined> {
        const uri = resource ?? this.session?.info.uri ?? activeArchDocument();
        if (!uri) {
            void vscode.window.showInformationMessage('ArchLens: open a practice design (.arch) to score it, or start a practice.');
            return undefined;
        }
        if (this.session?.info.uri.toString() === uri.toString()) {
            this.endSession();
            await this.state.update(SESSION_STATE_KEY, undefined);
        }
        return finishPractice(this.server, this.panel, uri, this.log);
    }

    dispose(): void {
        this.endSession();
        this.panel.dispose();
    }

    private sessionTwist(session: PracticeSession): { uri: vscode.Uri; title: string; twist: Twist } | undefined {
        const twist = session.nextTwist();
        if (!twist) {
            return undefined;
        }
        session.markRevealed(twist.id);
        return { uri: session.info.uri, title: session.info.prompt.title, twist };
    }

    private async reveal(uri: vscode.Uri, title: string, twist: Twist): Promise<boolean> {
        void vscode.window.showInformationMessage(`ArchLens twist (${title}): ${twist.text}`);
        try {
            return await writeTwist(uri, twist);
        } catch (error) {
            const message = error instanceof Error ? error.message : String(error);
            this.log.warn(`The twist ${twist.id} was not written into ${uri.toString()}: ${message}`);
            void vscode.window.showWarningMessage(`ArchLens: the twist could not be written into the design (${message}); it will not count in the score.`);
            return false;
        }
    }

    private async timeUp(title: string): Promise<void> {
        const finish = 'Finish and score';
        const choice = await vscode.window.showWarningMessage(`ArchLens: time is up for ${title}.`, finish);
        if (choice === finish) {
            await vscode.commands.executeCommand(COMMANDS.practiceFinish);
        }
    }

    private endSession(): void {
        if (this.session) {
            this.session.dispose();
            this.session = undefined;
            void vscode.commands.executeCommand('setContext', PRACTICE_ACTIVE_CONTEXT, false);
        }
    }
}

function activeArchDocument(): vscode.Uri | undefined {
    const document = vscode.window.activeTextEditor?.document;
    return document?.languageId === LANGUAGE_ID ? document.uri : undefined;
}

/** The next twist of the practice file in the editor, from its header (a session started before a reload, or by the CLI). */
async function activeFileTwist(): Promise<{ uri: vscode.Uri; title: string; twist: Twist } | undefined> {
    const document = vscode.window.activeTextEditor?.document;
    if (document?.languageId !== LANGUAGE_ID) {
        return undefined;
    }
    const text = document.getText();
    const entry = promptEntry(readHeader(text)?.prompt ?? '');
    const revealed = revealedTwists(text);
    const twist = entry?.prompt.twists.find((candidate) => !revealed.includes(candidate.id));
    return entry && twist ? { uri: document.uri, title: entry.prompt.title, twist } : undefined;
}
