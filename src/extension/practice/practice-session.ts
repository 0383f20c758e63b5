/**
 * A running practice: the status-bar countdown (click to finish), the
 * twists revealed at their time, and the one "time is up" notification.
 * It only keeps time; what a twist or the end does is the controller's.
 */
import * as vscode from 'vscode';
import type { PracticePrompt, Twist } from '../../practice/prompt.js';
import { COMMANDS } from '../identifiers.js';
import { type ScheduledTwist, clockPhase, dueTwists, elapsedMs, remainingMs, statusText, statusTooltip, twistSchedule } from './practice-clock.js';

export interface SessionInfo {
    readonly prompt: PracticePrompt;
    /** The design file. */
    readonly uri: vscode.Uri;
    /** The folder holding `.archlens/practice/` for this attempt. */
    readonly root: string;
    readonly attempt: string;
    readonly minutes: number;
    readonly startedAt: number;
}

export interface SessionEvents {
    /** A twist is due (the session marks it revealed before calling). */
    readonly twistDue: (session: PracticeSession, twist: Twist) => void;
    readonly timeUp: (session: PracticeSession) => void;
}

const TICK_MS = 1_000;

export class PracticeSession implements vscode.Disposable {
    private readonly item: vscode.StatusBarItem;
    private readonly schedule: readonly ScheduledTwist[];
    private readonly revealed = new Set<string>();
    private timer: ReturnType<typeof setInterval> | undefined;
    private timeUpSaid = false;

    constructor(readonly info: SessionInfo, private readonly events: SessionEvents, private readonly now: () => number = Date.now) {
        this.schedule = twistSchedule(info.prompt.twists, info.minutes);
        this.item = vscode.window.createStatusBarItem('archlens.practice', vscode.StatusBarAlignment.Left, 100);
        this.item.name = 'ArchLens practice';
        this.item.command = COMMANDS.practiceFinish;
    }

    start(): void {
        this.tick();
        this.item.show();
        this.timer = setInterval(() => this.tick(), TICK_MS);
    }

    /** Marks a twist revealed (by the command, or found in the file) so its timer does not reveal it again. */
    markRevealed(id: string): void {
        this.revealed.add(id);
    }

    /** The next twist not revealed yet, in schedule order. */
    nextTwist(): Twist | undefined {
        return this.schedule.find((entry) => !this.revealed.has(entry.twist.id))?.twist;
    }

    remaining(): number {
        return remainingMs(this.info, this.now());
    }

    dispose(): void {
        clearInterval(this.timer);
        this.timer = undefined;
        this.item.dispose();
    }

    private tick(): void {
        const remaining = this.remaining();
        const phase = clockPhase(remaining);
        this.item.text = statusText(this.info.prompt.title, remaining);
        this.item.tooltip = statusTooltip(this.info.prompt.title, remaining);
        this.item.backgroundColor = phase === 'running' ? undefined : new vscode.ThemeColor(phase === 'up' ? 'statusBarItem.errorBackground' : 'statusBarItem.warningBackground');
        for (const twist of dueTwists(this.schedule, elapsedMs(this.info, this.now()), [...this.revealed])) {
            this.revealed.add(twist.id);
            this.events.twistDue(this, twist);
        }
        if (phase === 'up' && !this.timeUpSaid) {
            this.timeUpSaid = true;
            // Nothing changes past this point: the item keeps saying the time is up until the practice is finished.
            clearInterval(this.timer);
            this.timer = undefined;
            this.events.timeUp(this);
        }
    }
}
