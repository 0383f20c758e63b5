/**
 * What the bench measures and writes: one result per case and size, printed
 * as one JSON line (`{case, n, wall_ms, rss_mb}` as the targets specify,
 * plus the fields a target needs) and saved in bench.json.
 */

export interface CaseResult {
    readonly case: string;
    /** Components in the design (elements, for LikeC4). */
    readonly n: number;
    /** Median wall time over the runs; null when the case failed. */
    readonly wall_ms: number | null;
    /** Peak resident set of the measured process, the largest over the runs; null when not measured (in-process and browser cases). */
    readonly rss_mb: number | null;
    readonly runs?: number;
    readonly target_ms?: number;
    readonly target_rss_mb?: number;
    /** check at 10,000: time(10,000) / time(1,000). */
    readonly growth?: number;
    readonly target_growth?: number;
    /** A shape: its time over the generated design's at the same size. The estimator: time per component over that at 1,000. */
    readonly ratio?: number;
    readonly target_ratio?: number;
    /** LikeC4: our `check` time at the same size, and LikeC4's time over it. */
    readonly archlens_ms?: number;
    readonly speedup?: number;
    readonly target_speedup?: number;
    /** Whether every target of the case is met; absent when the case has no target. */
    readonly ok?: boolean;
    /** Why the case could not be measured. */
    readonly error?: string;
}

/** One run's measurement. */
export interface Sample {
    readonly wallMs: number;
    readonly rssMb?: number;
}

/** What the runner gives each measured area. */
export interface Plan {
    /** The sizes of a case to run: `full` normally, `quick` with --quick, filtered by --sizes. */
    sizes(caseName: string, full: readonly number[], quick: readonly number[]): number[];
    /** How many runs a case of `n` components gets. */
    runs(n: number): number;
    /** Scratch folder for generated designs and outputs (.bench-output). */
    readonly workDir: string;
    readonly likec4: { readonly enabled: boolean; readonly maxSize: number };
    /** Records a result: evaluates its targets, prints its line, keeps it. */
    report(result: CaseResult): CaseResult;
    /** A result measured earlier in this run. */
    find(caseName: string, n: number): CaseResult | undefined;
}
