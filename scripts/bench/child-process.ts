/**
 * Runs a Node program as a child process the way a user or CI does, and
 * measures its wall time (spawn to exit, Node's start included) and peak
 * resident set (reported by the child itself through max-rss.cjs).
 */
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';

const RSS_HOOK = path.join(import.meta.dirname, 'max-rss.cjs');
const STDERR_KEPT = 4000;

export interface ChildRun {
    readonly wallMs: number;
    readonly rssMb?: number;
    readonly exitCode: number | null;
    readonly signal: NodeJS.Signals | null;
    /** The end of what the child wrote to stderr. */
    readonly stderr: string;
}

export interface ChildOptions {
    readonly cwd?: string;
    /** Where the child's stdout goes (a file, as `> out.json` would); discarded when absent. */
    readonly stdoutFile?: string;
    /** A scratch file for the RSS report. */
    readonly rssFile: string;
}

/** Runs `node --require max-rss.cjs script args…`. */
export function runNodeChild(node: string, script: string, args: readonly string[], options: ChildOptions): Promise<ChildRun> {
    fs.rmSync(options.rssFile, { force: true });
    const stdout = options.stdoutFile ? fs.openSync(options.stdoutFile, 'w') : 'ignore';
    const started = performance.now();
    const child = spawn(node, ['--require', RSS_HOOK, script, ...args], {
        cwd: options.cwd,
        stdio: ['ignore', stdout, 'pipe'],
        env: { ...process.env, ARCHLENS_BENCH_RSS_FILE: options.rssFile }
    });
    let stderr = '';
    child.stderr?.setEncoding('utf8');
    child.stderr?.on('data', (chunk: string) => {
        stderr = (stderr + chunk).slice(-STDERR_KEPT);
    });
    return new Promise<ChildRun>((resolve, reject) => {
        child.once('error', reject);
        child.once('close', (exitCode, signal) => {
            const wallMs = performance.now() - started;
            if (typeof stdout === 'number') {
                fs.closeSync(stdout);
            }
            resolve({ wallMs, rssMb: readRssMb(options.rssFile), exitCode, signal, stderr });
        });
    });
}

function readRssMb(file: string): number | undefined {
    if (!fs.existsSync(file)) {
        return undefined;
    }
    const kilobytes = Number(fs.readFileSync(file, 'utf8'));
    return Number.isFinite(kilobytes) ? kilobytes / 1024 : undefined;
}

/** Throws unless the child exited with one of `accepted` (its stderr's end in the message). */
export function expectExit(run: ChildRun, accepted: readonly number[], what: string): void {
    if (run.exitCode === null || !accepted.includes(run.exitCode)) {
        const how = run.exitCode === null ? `was killed by ${run.signal ?? 'a signal'}` : `exited with ${run.exitCode}`;
        throw new Error(`${what} ${how}: ${run.stderr.trim().split('\n').slice(-8).join(' | ')}`);
    }
}
