/** Times each step of an exercise, to tell a hang (one step past the limit) from a merely large input. */
export class StepClock {
    private slowest: { step: string; ms: number } = { step: 'none', ms: 0 };

    async time<T>(step: string, run: () => T | Promise<T>): Promise<T> {
        const started = performance.now();
        try {
            return await run();
        } finally {
            const ms = performance.now() - started;
            if (ms > this.slowest.ms) {
                this.slowest = { step, ms };
            }
        }
    }

    /** The slowest step so far and how long it took. */
    get slowestStep(): { readonly step: string; readonly ms: number } {
        return this.slowest;
    }
}
