/**
 * The running session as the workspace's state keeps it, so that a window
 * reload (or the extension host restarting) does not lose the clock: what
 * is stored, and reading it back, where anything not written by this
 * version is dropped. Free of `vscode`.
 */
export const SESSION_STATE_KEY = 'archlens.practice.session';

export interface StoredSession {
    readonly uri: string;
    readonly root: string;
    readonly attempt: string;
    readonly prompt: string;
    readonly minutes: number;
    readonly startedAt: number;
}

export function readStoredSession(value: unknown): StoredSession | undefined {
    if (typeof value !== 'object' || value === null) {
        return undefined;
    }
    const stored = value as Partial<Record<keyof StoredSession, unknown>>;
    const texts = [stored.uri, stored.root, stored.attempt, stored.prompt].every((field) => typeof field === 'string' && field.length > 0);
    const numbers = [stored.minutes, stored.startedAt].every((field) => typeof field === 'number' && Number.isFinite(field) && field > 0);
    return texts && numbers ? value as StoredSession : undefined;
}

/** A day after its time ran out, a session left running is over: it is not resumed. */
const STALE_AFTER_MS = 24 * 60 * 60_000;

export function isStale(stored: StoredSession, now: number): boolean {
    return now - stored.startedAt > stored.minutes * 60_000 + STALE_AFTER_MS;
}
