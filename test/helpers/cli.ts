/** Runs the CLI in-process, or the bundle as a child process, and captures what it prints. */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { run } from '../../src/cli/run.js';

export interface CliResult {
    readonly code: number;
    readonly stdout: string;
    readonly stderr: string;
}

export async function runCli(args: readonly string[], cwd: string, now?: () => Date): Promise<CliResult> {
    let stdout = '';
    let stderr = '';
    const code = await run(args, {
        cwd,
        stdout: (text) => { stdout += text; },
        stderr: (text) => { stderr += text; },
        color: false,
        ...(now ? { now } : {})
    });
    return { code, stdout, stderr };
}

const CLI_BUNDLE = path.resolve(import.meta.dirname, '../../dist/cli.cjs');

/**
 * Runs the bundled CLI (dist/cli.cjs) as a child process, for input that
 * could hang it (a FIFO, a device): the child is killed after `timeoutMs`,
 * and a killed child has `code: null`, failing the test instead of hanging it.
 */
export function runCliProcess(args: readonly string[], cwd: string, options: { stdout?: number; timeoutMs?: number } = {}): { code: number | null; stdout: string; stderr: string } {
    if (!fs.existsSync(CLI_BUNDLE)) {
        throw new Error('dist/cli.cjs is missing: run `npm run build` first');
    }
    const result = spawnSync(process.execPath, [CLI_BUNDLE, ...args], {
        cwd,
        encoding: 'utf8',
        stdio: ['ignore', options.stdout ?? 'pipe', 'pipe'],
        timeout: options.timeoutMs ?? 15_000,
        killSignal: 'SIGKILL'
    });
    return { code: result.status, stdout: result.stdout ?? '', stderr: result.stderr ?? '' };
}
