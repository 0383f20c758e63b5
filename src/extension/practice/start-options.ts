/**
 * The optional argument of `archlens.practice.start`: `{ prompt?, minutes? }`,
 * so that a keybinding, a link or a test can skip the pick or shorten the
 * session (minutes may be a fraction). Anything else is refused with a reason.
 */
export interface StartOptions {
    readonly prompt?: string;
    readonly minutes?: number;
}

/** The longest session the CLI allows too. */
export const MAX_MINUTES = 240;

export function readStartOptions(argument: unknown): StartOptions | string {
    if (argument === undefined || argument === null) {
        return {};
    }
    if (typeof argument !== 'object' || Array.isArray(argument)) {
        return 'the start command takes { prompt?: string, minutes?: number }.';
    }
    const { prompt, minutes } = argument as { prompt?: unknown; minutes?: unknown };
    if (prompt !== undefined && typeof prompt !== 'string') {
        return 'prompt must be a prompt id, such as "url-shortener".';
    }
    if (minutes !== undefined && (typeof minutes !== 'number' || !Number.isFinite(minutes) || minutes <= 0 || minutes > MAX_MINUTES)) {
        return `minutes must be a number above 0 and at most ${MAX_MINUTES}.`;
    }
    return { ...(prompt !== undefined ? { prompt } : {}), ...(minutes !== undefined ? { minutes } : {}) };
}
