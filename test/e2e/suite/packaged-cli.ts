/**
 * Runs the CLI shipped inside the installed VSIX (dist/cli.cjs) on the test
 * workspace: what the editor shows must be what `archlens check` reports.
 */
import { execFile } from 'node:child_process';
import * as path from 'node:path';
import { extensionUnderTest } from './editor.js';

export interface CliFinding {
    readonly rule: string;
    readonly severity: 'error' | 'warning' | 'info' | 'hint';
    readonly file: string;
    readonly range: { readonly start: { readonly line: number; readonly column: number } };
    readonly suppressed?: boolean;
}

interface CliReport {
    readonly findings: readonly CliFinding[];
}

/** `archlens check --format json` on `files`, relative to `folder`. Exit code 1 only means error findings. */
export function checkWithPackagedCli(folder: string, files: readonly string[]): Promise<CliFinding[]> {
    const cli = path.join(extensionUnderTest().extensionPath, 'dist', 'cli.cjs');
    // In desktop VS Code the extension host's executable is Electron: this makes it behave as Node.
    const env = { ...process.env, ELECTRON_RUN_AS_NODE: '1' };
    return new Promise((resolve, reject) => {
        execFile(process.execPath, [cli, 'check', ...files, '--format', 'json'], { cwd: folder, env, maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) => {
            const exitCode = error && 'code' in error ? error.code : 0;
            if (exitCode !== 0 && exitCode !== 1) {
                reject(new Error(`archlens check exited with ${String(exitCode)}: ${stderr || error?.message}`));
                return;
            }
            resolve([...(JSON.parse(stdout) as CliReport).findings]);
        });
    });
}

/** `line:column severity rule` as the editor's diagnostics are described, for the unsuppressed findings of `file`. */
export function describeCliFindings(findings: readonly CliFinding[], file: string): string[] {
    return findings
        .filter((finding) => finding.file === file && !finding.suppressed)
        .map((finding) => `${finding.range.start.line}:${finding.range.start.column} ${finding.severity} ${finding.rule}`)
        .sort();
}
