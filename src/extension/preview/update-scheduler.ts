/**
 * When the preview asks for a new diagram while the user types: after a
 * short quiet time, but never later than a fixed time after the first edit
 * of a burst, so that a long burst of typing still updates the picture
 * (LikeC4's preview uses the same two numbers). Free of `vscode` so it can
 * be unit tested with a fake clock.
 */
export interface SchedulePolicy {
    /** Fire once edits have stopped for this long. */
    readonly quietMs: number;
    /** Fire at the latest this long after the first edit of a burst. */
    readonly maxWaitMs: number;
}

export const PREVIEW_UPDATE_POLICY: SchedulePolicy = { quietMs: 130, maxWaitMs: 400 };

export interface Timers {
    now(): number;
    setTimeout(callback: () => void, ms: number): unknown;
    clearTimeout(handle: unknown): void;
}

const SYSTEM_TIMERS: Timers = {
    now: () => Date.now(),
    setTimeout: (callback, ms) => setTimeout(callback, ms),
    clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>)
};

/** How long to wait after an edit at `now`, in a burst that started at `burstStart`. */
export function delayAfterEdit(burstStart: number, now: number, policy: SchedulePolicy): number {
    return Math.max(0, Math.min(policy.quietMs, burstStart + policy.maxWaitMs - now));
}

export class UpdateScheduler {
    private burstStart: number | undefined;
    private timer: unknown;

    constructor(
        private readonly update: () => void,
        private readonly policy: SchedulePolicy = PREVIEW_UPDATE_POLICY,
        private readonly timers: Timers = SYSTEM_TIMERS
    ) {}

    /** An edit happened: (re)arm the timer. */
    trigger(): void {
        const now = this.timers.now();
        this.burstStart ??= now;
        this.clear();
        this.timer = this.timers.setTimeout(() => this.flush(), delayAfterEdit(this.burstStart, now, this.policy));
    }

    /** Update now (a different document, a setting changed). */
    flush(): void {
        this.cancel();
        this.update();
    }

    cancel(): void {
        this.clear();
        this.burstStart = undefined;
    }

    private clear(): void {
        if (this.timer !== undefined) {
            this.timers.clearTimeout(this.timer);
            this.timer = undefined;
        }
    }
}
