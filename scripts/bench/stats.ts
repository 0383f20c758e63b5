/** Medians over runs: single runs on a shared machine are noisy. */
import type { CaseResult, Sample } from './bench-types.js';

export function median(values: readonly number[]): number {
    const sorted = [...values].sort((a, b) => a - b);
    const middle = Math.floor(sorted.length / 2);
    return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

export function round(value: number, digits = 1): number {
    const scale = 10 ** digits;
    return Math.round(value * scale) / scale;
}

/** A case that has taken this long stops after MIN_RUNS_OF_SLOW_CASES runs: its median is stable enough and the bench stays under a quarter of an hour. */
const SLOW_CASE_MS = 60_000;
const MIN_RUNS_OF_SLOW_CASES = 3;

/** Runs `measure` `runs` times, one after another (fewer for a slow case, see SLOW_CASE_MS). */
export async function repeat(runs: number, measure: (run: number) => Promise<Sample>): Promise<Sample[]> {
    const samples: Sample[] = [];
    const started = performance.now();
    for (let run = 0; run < runs; run++) {
        samples.push(await measure(run));
        if (samples.length >= MIN_RUNS_OF_SLOW_CASES && performance.now() - started > SLOW_CASE_MS) {
            break;
        }
    }
    return samples;
}

/** The median wall time and the largest peak RSS of the samples. */
export function summarise(caseName: string, n: number, samples: readonly Sample[]): CaseResult {
    const rss = samples.map((sample) => sample.rssMb).filter((value): value is number => value !== undefined);
    return {
        case: caseName,
        n,
        wall_ms: round(median(samples.map((sample) => sample.wallMs))),
        rss_mb: rss.length > 0 ? round(Math.max(...rss)) : null,
        runs: samples.length
    };
}

/** The result of a case that could not be measured. */
export function failed(caseName: string, n: number, error: unknown): CaseResult {
    const message = error instanceof Error ? error.message : String(error);
    return { case: caseName, n, wall_ms: null, rss_mb: null, error: message.slice(0, 2000) };
}

/** Measures a case, turning a failure into a failed result so the bench goes on. */
export async function measureCase(caseName: string, n: number, runs: number, measure: (run: number) => Promise<Sample>): Promise<CaseResult> {
    try {
        return summarise(caseName, n, await repeat(runs, measure));
    } catch (error) {
        return failed(caseName, n, error);
    }
}
