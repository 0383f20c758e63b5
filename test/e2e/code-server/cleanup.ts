/**
 * What the run must undo however it ends (checks failed, the harness threw,
 * Ctrl+C): close the browser, stop the servers, remove the scratch folder.
 * The same steps run from the `finally` and from a signal handler, once.
 */
export class Cleanup {
    private readonly steps: { readonly what: string; readonly step: () => unknown }[] = [];
    private running: Promise<void> | undefined;

    add(what: string, step: () => unknown): void {
        this.steps.push({ what, step });
    }

    /** Runs every step, the last added first (the browser before the servers before the folder); a failing step does not stop the others. */
    run(): Promise<void> {
        this.running ??= (async () => {
            for (const { what, step } of [...this.steps].reverse()) {
                try {
                    await step();
                } catch (error) {
                    console.error(`  cleaning up (${what}) failed: ${error instanceof Error ? error.message : String(error)}`);
                }
            }
        })();
        return this.running;
    }
}
