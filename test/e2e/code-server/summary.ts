/** Prints what the checks of a run did, and counts them. */
import * as fs from 'node:fs';
import type { CheckResult, CheckResults } from '../suite/check-results.js';

export interface Counts {
    passed: number;
    failed: number;
    pending: number;
}

export function readResults(file: string): CheckResults | undefined {
    return fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, 'utf8')) as CheckResults : undefined;
}

export function count(results: readonly CheckResult[]): Counts {
    return {
        passed: results.filter((result) => result.state === 'passed').length,
        failed: results.filter((result) => result.state === 'failed').length,
        pending: results.filter((result) => result.state === 'pending').length
    };
}

/** The results as mocha's spec reporter would have shown them in the terminal. */
export function printResults(results: readonly CheckResult[], write: (line: string) => void): void {
    let previous: readonly string[] = [];
    for (const result of results) {
        const suites = result.titles.slice(0, -1);
        suites.forEach((title, depth) => {
            if (previous[depth] !== title) {
                write(`${'  '.repeat(depth + 1)}${title}`);
                previous = [...previous.slice(0, depth), title];
            }
        });
        previous = suites;
        const indent = '  '.repeat(suites.length + 1);
        const title = result.titles.at(-1) ?? '';
        if (result.state === 'passed') {
            write(`${indent}✔ ${title}${result.durationMs === undefined ? '' : ` (${result.durationMs} ms)`}`);
        } else if (result.state === 'pending') {
            write(`${indent}- ${title} (pending)`);
        } else {
            write(`${indent}✘ ${title}`);
            write((result.error ?? '').split('\n').map((line) => `${indent}    ${line}`).join('\n'));
        }
    }
}

export function seconds(ms: number): string {
    return `${(ms / 1000).toFixed(1)} s`;
}
