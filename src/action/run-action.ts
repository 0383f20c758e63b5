/**
 * The GitHub Action's step (pr-review.md, "In CI"): review the designs into a
 * SARIF file for code scanning; when there is a base to compare with (the
 * pull request's, the push's, or the `base` input), write the diff as a
 * Markdown file and as the step summary, and fail the step when the change
 * introduces a finding at or above `fail-on`. Without a base, the step fails
 * on the findings of the review at or above `fail-on`.
 *
 * It runs the packaged CLI (dist/cli.cjs beside this script) with the node
 * running it: nothing is installed or downloaded at run time.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { type ActionInputs, readInputs, splitPaths } from './action-inputs.js';
import { appendSummary, eventBase, setOutput, workflowCommand } from './github-runner.js';

export interface ActionRun {
    /** The bundled CLI to run. */
    readonly cli: string;
    readonly env: NodeJS.ProcessEnv;
    /** The repository's folder (GITHUB_WORKSPACE, else the current folder). */
    readonly workspace: string;
    readonly log: (text: string) => void;
}

interface CliOutcome {
    readonly code: number;
    readonly stdout: string;
    readonly stderr: string;
}

/** SARIF levels from the most severe; the CLI writes info and hint as `note`. */
const SARIF_LEVELS = ['error', 'warning', 'note'] as const;
const FAIL_ON_LEVELS: Readonly<Record<string, number>> = { error: 1, warning: 2, info: 3, hint: 3, never: 0 };

/** Runs the step; the exit code of the step (0 passes, 1 fails). */
export function runAction(run: ActionRun): number {
    const inputs = readInputs(run.env);
    if (FAIL_ON_LEVELS[inputs['fail-on']] === undefined) {
        return fail(run, `fail-on must be one of ${Object.keys(FAIL_ON_LEVELS).join(', ')} (got '${inputs['fail-on']}').`);
    }
    const paths = splitPaths(inputs.paths);
    // The CLI refuses to create folders; an action's outputs commonly go to one of their own.
    for (const output of [inputs.sarif, inputs.diff]) {
        fs.mkdirSync(path.dirname(path.resolve(run.workspace, output)), { recursive: true });
    }
    const check = cli(run, ['check', ...paths, '--format', 'sarif', ...optional('--baseline', inputs.baseline), ...optional('--config', inputs.config)]);
    if (check.code === 2) {
        return fail(run, `archlens check could not run: ${check.stderr.trim()}`);
    }
    fs.writeFileSync(path.resolve(run.workspace, inputs.sarif), check.stdout);
    setOutput(run.env, 'sarif', inputs.sarif);
    const base = inputs.base || eventBase(run.env);
    if (base === undefined) {
        run.log(`ArchLens: no base to compare with (not a pull request or a push); the review is in ${inputs.sarif}.\n`);
        return reviewGate(run, inputs);
    }
    return diffGate(run, inputs, base, paths);
}

function diffGate(run: ActionRun, inputs: ActionInputs, base: string, paths: readonly string[]): number {
    const sides = [`git:${base}`, 'git:HEAD', ...paths];
    const config = optional('--config', inputs.config);
    const json = cli(run, ['diff', ...sides, '--format', 'json', '--fail-on', 'never', ...config]);
    if (json.code === 2) {
        return fail(run, `archlens diff could not compare with ${base}: ${json.stderr.trim()}`);
    }
    const markdown = cli(run, ['diff', ...sides, '--format', 'markdown', '--out', inputs.diff, '--fail-on', inputs['fail-on'], ...config]);
    const summary = (JSON.parse(json.stdout) as { summary: { findings: { introduced: number; fixed: number; remaining: number } } }).summary.findings;
    setOutput(run.env, 'diff', inputs.diff);
    setOutput(run.env, 'introduced', summary.introduced);
    setOutput(run.env, 'fixed', summary.fixed);
    appendSummary(run.env, fs.readFileSync(path.resolve(run.workspace, inputs.diff), 'utf8'));
    run.log(`ArchLens: against ${base}, ${summary.introduced} findings introduced, ${summary.fixed} fixed, ${summary.remaining} remaining; the diff is in ${inputs.diff}, the review in ${inputs.sarif}.\n`);
    if (markdown.code === 1) {
        run.log(workflowCommand('error', `This change introduces findings at or above ${inputs['fail-on']}: see the job summary or ${inputs.diff}.`));
    }
    return markdown.code === 1 ? 1 : 0;
}

/** Without a base: the review's results at or above fail-on, counted from the SARIF file. */
function reviewGate(run: ActionRun, inputs: ActionInputs): number {
    const sarif = JSON.parse(fs.readFileSync(path.resolve(run.workspace, inputs.sarif), 'utf8')) as { runs: { results?: { level?: string }[] }[] };
    const levels = sarif.runs.flatMap((sarifRun) => sarifRun.results ?? []).map((result) => result.level ?? 'warning');
    const counts = SARIF_LEVELS.map((level) => levels.filter((found) => found === level).length);
    appendSummary(run.env, `## ArchLens review\n\n${counts[0]} errors, ${counts[1]} warnings, ${counts[2]} notes (no base to compare with: the whole review is in \`${inputs.sarif}\`).`);
    const failing = counts.slice(0, FAIL_ON_LEVELS[inputs['fail-on']]).reduce((sum, count) => sum + count, 0);
    if (failing > 0) {
        run.log(workflowCommand('error', `The review has ${failing} findings at or above ${inputs['fail-on']}: see ${inputs.sarif}.`));
    }
    return failing > 0 ? 1 : 0;
}

function cli(run: ActionRun, args: readonly string[]): CliOutcome {
    const result = spawnSync(process.execPath, [run.cli, ...args], { cwd: run.workspace, encoding: 'utf8', env: run.env, maxBuffer: 256 * 1024 * 1024 });
    if (result.error) {
        return { code: 2, stdout: '', stderr: result.error.message };
    }
    return { code: result.status ?? 2, stdout: result.stdout, stderr: result.stderr };
}

function optional(flag: string, value: string): string[] {
    return value ? [flag, value] : [];
}

function fail(run: ActionRun, message: string): number {
    run.log(workflowCommand('error', message));
    return 1;
}
