/**
 * `check`'s baseline step: the findings split by the baseline `--baseline`
 * names or, without it, by those the configurations name (`baseline` in
 * `.archlens.json`), with a summary for stderr. A baseline that cannot be
 * read stops the run (exit 2): CI must not pass on a baseline it misread.
 */
import * as path from 'node:path';
import type { Analysis } from '../batch/analyze.js';
import type { Baseline, BaselineSplit } from '../baseline/baseline.js';
import { BaselineError, readBaseline } from '../baseline/baseline-file.js';
import { type BaselineChooser, configuredBaseline, configuredBaselineFiles, splitByBaselines } from '../baseline/configured-baseline.js';
import type { Finding } from '../model/finding.js';
import { displayPath } from '../util/display-path.js';
import { terminalLines } from '../util/escape/terminal.js';
import { type CliIo, UsageError } from './cli-io.js';

export interface BaselineOutcome {
    readonly split: BaselineSplit;
    /** What stderr says: how many findings were left out, and what was fixed. */
    readonly summary: string;
}

export async function applyBaselines(analysis: Analysis, findings: readonly Finding[], given: string | undefined, io: Pick<CliIo, 'cwd'>): Promise<BaselineOutcome | undefined> {
    const configs = analysis.services.design.ConfigService;
    const files = given !== undefined ? [path.resolve(io.cwd, given)] : configuredBaselineFiles(analysis.files, configs);
    if (files.length === 0) {
        return undefined;
    }
    const choose: BaselineChooser = given !== undefined ? () => files[0] : configuredBaseline(configs);
    const baselines = new Map<string, Baseline>();
    for (const file of files) {
        baselines.set(file, await readOrStop(file, displayPath(file, io.cwd), given === undefined));
    }
    const split = splitByBaselines(findings, choose, baselines);
    return { split, summary: baselineSummary(split, files.map((file) => displayPath(file, io.cwd))) };
}

async function readOrStop(file: string, shown: string, configured: boolean): Promise<Baseline> {
    try {
        return await readBaseline(file, shown);
    } catch (error) {
        if (error instanceof BaselineError) {
            throw new UsageError(configured ? `${error.message} (named by 'baseline' in .archlens.json; write it with 'archlens baseline')` : error.message);
        }
        throw error;
    }
}

/** What the baselines left out and what they list that is gone. */
export function baselineSummary(split: BaselineSplit, files: readonly string[]): string {
    const fixed = split.fixed.reduce((sum, entry) => sum + entry.count, 0);
    const fresh = split.fresh.filter((finding) => !finding.suppressed).length;
    const lines = [`baseline ${files.join(', ')}: ${plural(split.known.length, 'known finding')} left out, ${fresh} new.`];
    if (fixed > 0) {
        lines.push(`${plural(fixed, 'finding')} in the baseline no longer occur${fixed === 1 ? 's' : ''}: tighten it with 'archlens baseline --update'.`);
        lines.push(...split.fixed.map((entry) => `  fixed  ${entry.rule}  ${[entry.design, entry.element].filter(Boolean).join(' ')}${entry.count > 1 ? ` (×${entry.count})` : ''}`));
    }
    return `${terminalLines(lines.join('\n'))}\n`;
}

function plural(count: number, noun: string): string {
    return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
