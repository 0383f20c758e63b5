/**
 * The arithmetic of a practice session's clock, free of `vscode` so it can
 * be unit tested: time left, how the status bar shows it, and when each
 * twist is due (at its share of the session, as the prompt states it).
 */
import type { Twist } from '../../practice/prompt.js';

const MINUTE_MS = 60_000;
/** The countdown turns to the warning colour for the last five minutes. */
export const WARNING_MS = 5 * MINUTE_MS;

export interface SessionClock {
    /** When the session started, in epoch milliseconds. */
    readonly startedAt: number;
    readonly minutes: number;
}

export type ClockPhase = 'running' | 'warning' | 'up';

export interface ScheduledTwist {
    readonly twist: Twist;
    /** Milliseconds after the start. */
    readonly dueMs: number;
}

export function sessionMs(minutes: number): number {
    return Math.round(minutes * MINUTE_MS);
}

export function elapsedMs(clock: SessionClock, now: number): number {
    return Math.max(0, now - clock.startedAt);
}

export function remainingMs(clock: SessionClock, now: number): number {
    return Math.max(0, sessionMs(clock.minutes) - elapsedMs(clock, now));
}

export function clockPhase(remaining: number): ClockPhase {
    if (remaining <= 0) {
        return 'up';
    }
    return remaining <= WARNING_MS ? 'warning' : 'running';
}

/**
 * `42:17`, or `1:05:00` past an hour. Seconds are rounded up, as a
 * countdown reads: it shows 0:00 only when the time is up.
 */
export function clockText(remaining: number): string {
    const total = Math.ceil(Math.max(0, remaining) / 1000);
    const hours = Math.floor(total / 3600);
    const minutes = Math.floor((total % 3600) / 60);
    const seconds = String(total % 60).padStart(2, '0');
    return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${seconds}` : `${minutes}:${seconds}`;
}

/** The twists in the order they come, each at its share of the session. */
export function twistSchedule(twists: readonly Twist[], minutes: number): ScheduledTwist[] {
    return twists
        .map((twist) => ({ twist, dueMs: Math.round(twist.at * sessionMs(minutes)) }))
        .sort((a, b) => a.dueMs - b.dueMs);
}

/** The twists due by `elapsed` that are not revealed yet, first due first. */
export function dueTwists(schedule: readonly ScheduledTwist[], elapsed: number, revealed: readonly string[]): Twist[] {
    return schedule.filter((entry) => entry.dueMs <= elapsed && !revealed.includes(entry.twist.id)).map((entry) => entry.twist);
}

/** The status bar's text: `$(watch) 42:17 · URL shortener`. */
export function statusText(title: string, remaining: number): string {
    return remaining > 0 ? `$(watch) ${clockText(remaining)} · ${title}` : `$(watch) time is up · ${title}`;
}

export function statusTooltip(title: string, remaining: number): string {
    const left = remaining > 0 ? `${clockText(remaining)} left` : 'time is up';
    return `ArchLens practice: ${title}, ${left}. Click to finish and see the scorecard.`;
}
