/**
 * `archlens diff BASE HEAD [PATH…]`: what a change does to the designs and
 * their risks (pr-review.md): components and connections added, removed,
 * renamed and changed, findings introduced and fixed, estimates that moved.
 * Exit 1 when the change introduces a finding at or above `--fail-on`
 * (default error), 2 when the sides cannot be read or nothing is compared.
 */
import { parseArgs } from 'node:util';
import { type Severity, SEVERITIES, severityRank, SYNTAX_RULE } from '../../model/finding.js';
import { type ChangeReview, reviewChange } from '../../diff/change-review.js';
import { loadSides } from '../../diff/diff-sides.js';
import { formatDiffJson } from '../../diff/formats/diff-json.js';
import { formatDiffMarkdown } from '../../diff/formats/diff-markdown.js';
import { formatDiffText } from '../../diff/formats/diff-text.js';
import { SnapshotError } from '../../diff/git/git-snapshot.js';
import { terminalLines } from '../../util/escape/terminal.js';
import { type CliIo, EXIT_FINDINGS, EXIT_OK, oneOf, UsageError } from '../cli-io.js';
import { writeOutputOver } from '../output-file.js';

const DIFF_FORMATS = ['text', 'json', 'markdown'] as const;
type DiffFormat = (typeof DIFF_FORMATS)[number];

interface DiffOptions {
    readonly base: string;
    readonly head: string;
    readonly paths: readonly string[];
    readonly format: DiffFormat;
    readonly failOn: Severity | 'never';
    readonly out?: string;
    readonly config?: string;
}

function parseDiffArguments(args: readonly string[]): DiffOptions {
    const { values, positionals } = parseArgs({
        args: [...args],
        allowPositionals: true,
        strict: true,
        options: {
            format: { type: 'string', short: 'f', default: 'text' },
            'fail-on': { type: 'string', default: 'error' },
            out: { type: 'string', short: 'o' },
            config: { type: 'string', short: 'c' }
        }
    });
    const [base, head, ...paths] = positionals;
    if (base === undefined || head === undefined) {
        throw new UsageError('diff needs two sides: archlens diff BASE HEAD, each a file, a folder or git:REF (e.g. archlens diff git:main designs/).');
    }
    const format = oneOf('--format', values.format, DIFF_FORMATS);
    const failOn = oneOf('--fail-on', values['fail-on'], [...SEVERITIES, 'never'] as const);
    return { base, head, paths, format, failOn, out: values.out, config: values.config };
}

export async function diff(args: readonly string[], io: CliIo): Promise<number> {
    const options = parseDiffArguments(args);
    const sides = await loadSides(options.base, options.head, { cwd: io.cwd, paths: options.paths, configFile: options.config }).catch((error: unknown) => {
        throw error instanceof SnapshotError ? new UsageError(error.message) : error;
    });
    try {
        if (sides.base.analysis.designs.length === 0 && sides.head.analysis.designs.length === 0) {
            throw new UsageError(`nothing to compare: neither ${options.base} nor ${options.head} holds a design.`);
        }
        for (const note of sides.notes) {
            io.stderr(`${terminalLines(note)}\n`);
        }
        const review = reviewChange(sides.base, sides.head);
        if (review.designs.every((change) => change.unparsed.length > 0)) {
            throw new UsageError(`nothing could be compared: every design has syntax errors at one side (${syntaxErrorsText(review)}).`);
        }
        const output = formatted(options.format, review);
        if (options.out !== undefined) {
            await writeOutputOver(options.out, output, [...sides.base.analysis.files, ...sides.head.analysis.files], io);
        } else {
            io.stdout(output);
        }
        return failsOn(review, options.failOn) ? EXIT_FINDINGS : EXIT_OK;
    } finally {
        await sides.dispose();
    }
}

function formatted(format: DiffFormat, review: ChangeReview): string {
    switch (format) {
        case 'json':
            return formatDiffJson(review);
        case 'markdown':
            return formatDiffMarkdown(review);
        default:
            return formatDiffText(review);
    }
}

/** The first syntax error, positioned, and how many more: the message that stops the run fits a line. */
function syntaxErrorsText(review: ChangeReview): string {
    const errors = [review.base, review.head].flatMap((side) =>
        side.analysis.findings.filter((finding) => finding.rule === SYNTAX_RULE).map((finding) => `${side.label.startsWith('git:') ? `${side.label} ` : ''}${side.show(finding.uri)}:${finding.range.start.line + 1}:${finding.range.start.character + 1}: ${finding.message}`));
    return errors.length > 1 ? `${errors[0]} and ${errors.length - 1} more` : (errors[0] ?? 'no position');
}

/** Whether the change introduces a finding at or above the threshold. */
export function failsOn(review: ChangeReview, threshold: Severity | 'never'): boolean {
    return threshold !== 'never' && review.findings.introduced.some((finding) => severityRank(finding.severity) >= severityRank(threshold));
}
