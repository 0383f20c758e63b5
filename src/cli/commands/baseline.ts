/**
 * `archlens baseline [PATH…] [--out FILE] [--update]`: records today's
 * findings as accepted (pr-review.md, "Baseline"), so that `archlens check
 * --baseline FILE` reports only what is new; `--update` tightens an existing
 * baseline (what was fixed leaves it, nothing new joins). Without `--out`,
 * the file is the one `.archlens.json` names, else `.archlens-baseline.json`.
 */
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { type Analysis, analyzePaths } from '../../batch/analyze.js';
import { type Baseline, baselineOf, tightenBaseline } from '../../baseline/baseline.js';
import { BaselineError, DEFAULT_BASELINE_FILE, formatBaseline, readBaseline } from '../../baseline/baseline-file.js';
import { configuredBaselineFiles } from '../../baseline/configured-baseline.js';
import { displayPath } from '../../util/display-path.js';
import { type CliIo, EXIT_OK, UsageError } from '../cli-io.js';
import { writeOutputFile } from '../output-file.js';

export async function baseline(args: readonly string[], io: CliIo): Promise<number> {
    const { values, positionals } = parseArgs({
        args: [...args],
        allowPositionals: true,
        strict: true,
        options: {
            out: { type: 'string', short: 'o' },
            update: { type: 'boolean', default: false },
            config: { type: 'string', short: 'c' }
        }
    });
    const analysis = await analyzePaths(positionals, { cwd: io.cwd, configFile: values.config });
    const out = values.out ?? configuredOut(analysis, io);
    const previous = values.update ? await readOrRefuse(path.resolve(io.cwd, out), out) : undefined;
    const written = previous ? tightenBaseline(previous, analysis.findings) : baselineOf(analysis.findings);
    await writeOutputFile(out, formatBaseline(written), analysis, io);
    const count = total(written);
    const removed = previous ? `, ${total(previous) - count} fixed since the last baseline removed` : '';
    io.stdout(`wrote ${out}: ${count} finding${count === 1 ? '' : 's'} accepted${removed}.\n`);
    return EXIT_OK;
}

/** The baseline the configurations name, when they name exactly one; else the default file in the current folder. */
function configuredOut(analysis: Analysis, io: Pick<CliIo, 'cwd'>): string {
    const named = configuredBaselineFiles(analysis.files, analysis.services.design.ConfigService);
    if (named.length > 1) {
        throw new UsageError(`the configurations name ${named.length} baselines (${named.map((file) => displayPath(file, io.cwd)).join(', ')}): write one at a time with --out, giving that file's paths.`);
    }
    return named.length === 1 ? displayPath(named[0], io.cwd) : DEFAULT_BASELINE_FILE;
}

function total(baseline: Baseline): number {
    return baseline.findings.reduce((sum, entry) => sum + entry.count, 0);
}

async function readOrRefuse(file: string, shown: string): Promise<Baseline> {
    try {
        return await readBaseline(file, shown);
    } catch (error) {
        if (error instanceof BaselineError) {
            throw new UsageError(`${error.message} (--update tightens an existing baseline: write one first with 'archlens baseline')`);
        }
        throw error;
    }
}
