/**
 * When the language server dies, restart it, but stop trying after too many
 * crashes in a short time (a server that crashes on start would otherwise
 * restart forever). Free of the `vscode` module so it can be unit tested.
 */
export interface CrashPolicyOptions {
    /** Crashes tolerated within `windowMs` before giving up. */
    readonly maxCrashes: number;
    readonly windowMs: number;
}

export const DEFAULT_CRASH_POLICY: CrashPolicyOptions = { maxCrashes: 5, windowMs: 3 * 60 * 1000 };

export type CrashDecision =
    | { readonly restart: true; readonly crashesInWindow: number }
    | { readonly restart: false; readonly crashesInWindow: number };

export class CrashPolicy {
    private crashTimes: number[] = [];

    constructor(private readonly options: CrashPolicyOptions = DEFAULT_CRASH_POLICY) {}

    /** Records a crash at `now` and says whether to restart. */
    recordCrash(now: number): CrashDecision {
        this.crashTimes = [...this.crashTimes.filter((time) => now - time < this.options.windowMs), now];
        const crashesInWindow = this.crashTimes.length;
        return { restart: crashesInWindow <= this.options.maxCrashes, crashesInWindow };
    }

    /** Forgets past crashes: the user asked for a restart. */
    reset(): void {
        this.crashTimes = [];
    }

    describeWindow(): string {
        const minutes = Math.round(this.options.windowMs / 60000);
        return minutes === 1 ? 'a minute' : `${minutes} minutes`;
    }
}
