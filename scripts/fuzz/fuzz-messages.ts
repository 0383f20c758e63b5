/** What the fuzzing worker and the runner that watches it say to each other. */

export interface FuzzJob {
    readonly seed: number;
    /** Runs per property (the time budget may stop a property sooner). */
    readonly runs: number;
    /** Time budget per property, in milliseconds. */
    readonly budgetMs: number;
    readonly longest: number;
    readonly properties: readonly string[];
    /** fast-check's path of a counterexample, to replay it. */
    readonly path?: string;
}

export interface FuzzFailure {
    readonly property: string;
    readonly seed: number;
    readonly path?: string;
    readonly message: string;
    /** The shrunk input (files by name), cut to a readable length. */
    readonly counterexample: string;
}

export type WorkerMessage =
    | { readonly type: 'input'; readonly property: string; readonly files: Readonly<Record<string, string>> }
    | { readonly type: 'result'; readonly property: string; readonly runs: number; readonly failure?: FuzzFailure }
    | { readonly type: 'done' };
