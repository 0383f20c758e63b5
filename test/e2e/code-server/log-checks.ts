/**
 * Checks over the whole run, read from the editors' logs once they have
 * stopped: a language server that crashed and was restarted by the client
 * goes unnoticed by the checks that ran after the restart.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { CheckResult } from '../suite/check-results.js';

/** What the client writes when the server process dies (src/extension/crash-handler.ts). */
const CRASH_LINES = /Server process exited with code|stopped unexpectedly|crashed \d+ times/;

/** The ArchLens output channel's log files under `logs` (VS Code keeps one per extension host). */
function archlensLogs(logs: string): string[] {
    if (!fs.existsSync(logs)) {
        return [];
    }
    return fs.readdirSync(logs, { recursive: true, encoding: 'utf8' })
        .filter((file) => file.endsWith(path.join('archlens.archlens', 'ArchLens.log')))
        .map((file) => path.join(logs, file));
}

export function languageServerDidNotCrash(logs: string): CheckResult {
    const titles = ['whole run', 'the language server never crashed (ArchLens output of every editor)'];
    const files = archlensLogs(logs);
    if (files.length === 0) {
        return { titles, state: 'failed', error: `no ArchLens output log under ${logs}: did the extension run?` };
    }
    const crashes = files.flatMap((file) => fs.readFileSync(file, 'utf8').split('\n')
        .filter((line) => CRASH_LINES.test(line))
        .map((line) => `${path.relative(logs, file)}: ${line}`));
    return crashes.length === 0 ? { titles, state: 'passed' } : { titles, state: 'failed', error: crashes.join('\n') };
}
