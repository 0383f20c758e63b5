/**
 * The result files in bench/results/ (committed; docs/performance.md is
 * rendered from them by performance-page.ts, one section per file present):
 *
 * - bench.json: written by `npm run bench` (full runs only), BenchFile.
 * - soak.json: written by `npm run soak`, SoakFile.
 * - fuzz.json: written by `npm run fuzz`, FuzzFile.
 */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { CaseResult } from './bench-types.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
export const RESULTS_DIR = path.join(ROOT, 'bench', 'results');

export interface Machine {
    readonly cpu: string;
    readonly cores: number;
    readonly memory_gb: number;
    readonly node: string;
    readonly os: string;
    /** 1-minute load average when the run started: other work on the machine skews the figures. */
    readonly load_average: number;
    /** The run's scheduling priority (nice): below 0 when it was raised over other work on a shared machine. */
    readonly nice: number;
}

export interface BenchFile {
    /** ISO 8601. */
    readonly date: string;
    /** The commit measured, and whether the tree had uncommitted changes. */
    readonly revision: string;
    readonly machine: Machine;
    /** The command line, to reproduce the run. */
    readonly command: string;
    readonly duration_s: number;
    readonly results: readonly CaseResult[];
}

/** The server's memory at a soak checkpoint (archlens/debug/heap), in MB. */
export interface MemoryPoint {
    /** Edits applied when measured (0: after opening). */
    readonly edits: number;
    /** Resident memory right after the restored text was built, before the pause. */
    readonly rss_busy_mb: number;
    /** The rest once the server has settled (it gives memory back after builds settle), after a full GC. */
    readonly rss_mb: number;
    readonly heap_used_mb: number;
    readonly heap_total_mb: number;
    readonly external_mb: number;
    readonly array_buffers_mb: number;
}

/** A measure over a soak run: first→last point, and the mean of the last quarter of the points over the mean of the first quarter. */
export interface Growth {
    readonly first_mb: number;
    readonly last_mb: number;
    readonly last_over_first_quarter: number;
    readonly limit: number;
}

/** Resident memory also against what the server held after opening: a server that keeps a build's peak is above it from the first checkpoint on. */
export interface RssGrowth extends Growth {
    readonly last_quarter_over_opening: number;
    readonly opening_limit: number;
}

export interface SoakFile {
    readonly date: string;
    readonly revision: string;
    readonly machine: Machine;
    readonly command: string;
    readonly seed: number;
    /** The design opened: a sample file or a generated design, and its size. */
    readonly document: { readonly name: string; readonly components: number; readonly characters: number };
    readonly edits: number;
    readonly duration_s: number;
    /** How often the diagnostics were awaited (every N edits) and how many times they were. */
    readonly diagnostics_every: number;
    readonly diagnostics_waits: number;
    /** Waits whose diagnostics had a syntax error (the server was seen on broken text). */
    readonly waits_with_syntax_errors: number;
    /** Completion and hover at random places every N edits. */
    readonly probe_every: number;
    /** The original text is restored, and the memory measured, every N edits. */
    readonly checkpoint_every: number;
    /** Server exits, error responses, requests with no answer: must be empty. */
    readonly crashes: readonly string[];
    /** Diagnostics missing after a wait, or different for the original text than at first: must be empty. */
    readonly inconsistencies: readonly string[];
    /** Requests the server cancelled because an edit overtook them (normal LSP behaviour). */
    readonly cancelled_requests: number;
    /** Errors the server logged (window/logMessage of type Error), e.g. a failed build it survived. */
    readonly logged_errors: readonly string[];
    readonly memory: readonly MemoryPoint[];
    /** Heap used after GC over the run. */
    readonly heap_growth: Growth;
    /** Settled resident memory over the run. */
    readonly rss_growth: RssGrowth;
    /** The server's peak resident memory (VmHWM) over the run. */
    readonly peak_rss_mb: number;
    /** How often the server gave memory back after builds settled, and the longest time that took. */
    readonly memory_releases: { readonly count: number; readonly longest_ms: number };
    readonly ok: boolean;
}

/**
 * What `npm run fuzz` (scripts/fuzz/run-fuzz.ts) writes to
 * bench/results/fuzz.json, and the page renders:
 *
 * ```json
 * {
 *   "seed": 42,                          // the fast-check seed, to replay the run
 *   "runs": 100000,                      // property runs in total
 *   "properties": 5,                     // how many properties ran
 *   "duration_s": 600,
 *   "failures": [                        // must be empty; each failure found, for the record
 *     { "property": "mutated samples", "seed": 42, "path": "3:1", "message": "…", "counterexample": "…" }
 *   ],
 *   "date": "2026-11-25T12:00:00.000Z",  // ISO 8601, when the run ended
 *   "inputs": 250000,                    // optional: inputs fed to the parser, review, estimates, diagram, report
 *   "slowest_ms": 850                    // optional: the slowest single input (the hang limit is 2,000 ms)
 * }
 * ```
 */
export interface FuzzFile {
    readonly seed: number;
    readonly runs: number;
    readonly properties: number;
    readonly duration_s: number;
    readonly failures: readonly FuzzFailure[];
    readonly date: string;
    readonly inputs?: number;
    readonly slowest_ms?: number;
}

export interface FuzzFailure {
    readonly property: string;
    readonly seed?: number;
    readonly path?: string;
    readonly message: string;
    readonly counterexample?: string;
}

export function machine(): Machine {
    const cpus = os.cpus();
    return {
        cpu: cpus[0]?.model.trim() ?? 'unknown',
        cores: cpus.length,
        memory_gb: Math.round(os.totalmem() / 2 ** 30 * 10) / 10,
        node: process.version,
        os: `${os.type()} ${os.release()} (${os.arch()})`,
        load_average: Math.round(os.loadavg()[0] * 100) / 100,
        nice: os.getPriority()
    };
}

/** `abc1234`, or `abc1234 with uncommitted changes`; `unknown` outside a git checkout. */
export function revision(): string {
    try {
        const git = (...args: string[]): string => execFileSync('git', args, { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
        const commit = git('rev-parse', '--short', 'HEAD');
        return git('status', '--porcelain', '--untracked-files=no') ? `${commit} with uncommitted changes` : commit;
    } catch {
        return 'unknown';
    }
}

export function writeJson(file: string, value: unknown): void {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, `${JSON.stringify(value, null, 2)}\n`);
}

/** The file's content, or undefined when it is missing. Not validated: the files are ours. */
export function readResultFile<T>(name: string, folder = RESULTS_DIR): T | undefined {
    const file = path.join(folder, name);
    return fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, 'utf8')) as T : undefined;
}
