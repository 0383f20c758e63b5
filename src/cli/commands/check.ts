/** `archlens check [PATH…]`: review designs and set the exit code by what was found. */
import { parseArgs } from 'node:util';
import { analyzePaths } from '../../batch/analyze.js';
import type { Finding } from '../../model/finding.js';
import { applyBaselines } from '../apply-baselines.js';
import { type CliIo, EXIT_FINDINGS, EXIT_OK, oneOf, UsageError } from '../cli-io.js';
import packageJson from '../../../package.json' with { type: 'json' };
import { jsonChunks } from '../formats/json.js';
import { formatSarif } from '../formats/sarif.js';
import { countBySeverity, sortFindings } from '../formats/summary.js';
import { formatText } from '../formats/text.js';

const FORMATS = ['text', 'json', 'sarif'] as const;
type Format = typeof FORMATS[number];

export interface CheckOptions {
    readonly paths: readonly string[];
    readonly format: Format;
    readonly config?: string;
    readonly maxWarnings?: number;
    readonly quiet: boolean;
    readonly baseline?: string;
}

export function parseCheckArguments(args: readonly string[]): CheckOptions {
    const { values, positionals } = parseArgs({
        args: [...args],
        allowPositionals: true,
        strict: true,
        options: {
            format: { type: 'string', short: 'f', default: 'text' },
            config: { type: 'string', short: 'c' },
            'max-warnings': { type: 'string' },
            quiet: { type: 'boolean', short: 'q', default: false },
            baseline: { type: 'string', short: 'b' }
        }
    });
    const format = oneOf('--format', values.format, FORMATS);
    return { paths: positionals, format, config: values.config, maxWarnings: parseMaxWarnings(values['max-warnings']), quiet: values.quiet === true, baseline: values.baseline };
}

function parseMaxWarnings(text: string | undefined): number | undefined {
    if (text === undefined) {
        return undefined;
    }
    if (!/^\d+$/.test(text)) {
        throw new UsageError(`--max-warnings takes a whole number (got '${text}').`);
    }
    return Number(text);
}

export async function check(args: readonly string[], io: CliIo): Promise<number> {
    const options = parseCheckArguments(args);
    const analysis = await analyzePaths(options.paths, { cwd: io.cwd, configFile: options.config });
    const all = sortFindings(analysis.findings);
    const baselined = await applyBaselines(analysis, all, options.baseline, io);
    if (baselined) {
        io.stderr(baselined.summary); // on stderr, so that JSON and SARIF stay clean
    }
    const findings = baselined ? baselined.split.fresh : all;
    const shown = options.quiet ? findings.filter((finding) => finding.severity === 'error' || finding.suppressed) : findings;
    for (const chunk of formatted(options.format, analysis.files, shown, io)) {
        io.stdout(chunk);
    }
    return exitCode(findings, options.maxWarnings);
}

/** The output in the pieces it is written in (JSON, the largest, a piece at a time). */
function formatted(format: Format, files: readonly string[], findings: readonly Finding[], io: CliIo): Iterable<string> {
    switch (format) {
        case 'json':
            return jsonChunks(files, findings, io.cwd);
        case 'sarif':
            return [formatSarif(findings, { cwd: io.cwd, version: packageJson.version })];
        case 'text':
            return [formatText(findings, io.cwd, io.color)];
    }
}

/** 1 for any unsuppressed error, or more warnings than allowed; else 0. */
export function exitCode(findings: readonly Finding[], maxWarnings: number | undefined): number {
    const counts = countBySeverity(findings);
    if (counts.error > 0 || (maxWarnings !== undefined && counts.warning > maxWarnings)) {
        return EXIT_FINDINGS;
    }
    return EXIT_OK;
}
