/** Runs the CLI in-process and captures what it prints. */
import { run } from '../../src/cli/run.js';

export interface CliResult {
    readonly code: number;
    readonly stdout: string;
    readonly stderr: string;
}

export async function runCli(args: readonly string[], cwd: string): Promise<CliResult> {
    let stdout = '';
    let stderr = '';
    const code = await run(args, {
        cwd,
        stdout: (text) => { stdout += text; },
        stderr: (text) => { stderr += text; },
        color: false
    });
    return { code, stdout, stderr };
}
