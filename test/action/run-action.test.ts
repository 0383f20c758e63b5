/**
 * The GitHub Action's script, as the runner runs it: dist/action.cjs under
 * Node with the INPUT_* variables, the event file, GITHUB_OUTPUT and
 * GITHUB_STEP_SUMMARY a runner provides, in a real git repository with two
 * commits (no GitHub access needed). Also holds action.yml and the script's
 * inputs together.
 */
import { expect } from 'chai';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse } from 'yaml';
import { ACTION_INPUTS, inputVariable } from '../../src/action/action-inputs.js';
import { workflowCommand } from '../../src/action/github-runner.js';
import { commitFiles, git, initRepository } from '../helpers/git-repo.js';
import { useTempFolder } from '../helpers/temp-folder.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const ACTION = path.join(ROOT, 'dist/action.cjs');
const DRAFT = fs.readFileSync(path.join(ROOT, 'samples/spec/first-draft.arch'), 'utf8');
const PAYMENTS = fs.readFileSync(path.join(ROOT, 'samples/spec/payments.arch'), 'utf8');

interface StepResult {
    readonly code: number | null;
    readonly stdout: string;
    readonly outputs: Record<string, string>;
    readonly summary: string;
}

describe('the GitHub Action', function () {
    this.timeout(120_000);
    const temp = useTempFolder('archlens-action-');
    let repository = '';
    let base = '';
    let runs = 0;

    before(() => {
        if (!fs.existsSync(ACTION)) {
            throw new Error('dist/action.cjs is missing: run `npm run build` first');
        }
        repository = initRepository(path.join(temp(), 'repo'));
        base = commitFiles(repository, { 'designs/photo.arch': DRAFT }, 'the draft');
        commitFiles(repository, { 'designs/payments.arch': PAYMENTS }, 'add payments');
    });

    /** Runs the step the way the runner does: the inputs as INPUT_* variables, files for outputs and the summary. */
    function step(inputs: Readonly<Record<string, string>>, event: object | undefined): StepResult {
        runs += 1;
        const files = path.join(temp(), `run-${runs}`);
        fs.mkdirSync(files);
        const outputFile = path.join(files, 'output');
        const summaryFile = path.join(files, 'summary.md');
        const eventFile = path.join(files, 'event.json');
        fs.writeFileSync(eventFile, JSON.stringify(event ?? {}));
        const env: NodeJS.ProcessEnv = {
            PATH: process.env.PATH,
            HOME: process.env.HOME,
            GITHUB_ACTIONS: 'true',
            GITHUB_WORKSPACE: repository,
            GITHUB_EVENT_NAME: event ? 'pull_request' : 'workflow_dispatch',
            GITHUB_EVENT_PATH: eventFile,
            GITHUB_OUTPUT: outputFile,
            GITHUB_STEP_SUMMARY: summaryFile,
            ...Object.fromEntries(Object.entries(inputs).map(([name, value]) => [inputVariable(name), value]))
        };
        const result = spawnSync(process.execPath, [ACTION], { cwd: repository, env, encoding: 'utf8' });
        const outputs = fs.existsSync(outputFile) ? Object.fromEntries(fs.readFileSync(outputFile, 'utf8').trim().split('\n').map((line) => line.split(/=(.*)/s).slice(0, 2) as [string, string])) : {};
        return { code: result.status, stdout: result.stdout + result.stderr, outputs, summary: fs.existsSync(summaryFile) ? fs.readFileSync(summaryFile, 'utf8') : '' };
    }

    const pullRequest = (): object => ({ pull_request: { base: { sha: base } } });

    it('on a pull request, writes SARIF, the diff and the summary, and fails on the errors the change introduces', () => {
        const before = git(repository, 'status', '--porcelain');
        const result = step({ paths: 'designs', sarif: 'out/archlens.sarif' }, pullRequest());
        expect(result.code, result.stdout).to.equal(1);
        const sarif = JSON.parse(fs.readFileSync(path.join(repository, 'out/archlens.sarif'), 'utf8')) as { version: string; runs: { results: unknown[] }[] };
        expect(sarif.version).to.equal('2.1.0');
        expect(sarif.runs[0].results.length).to.be.greaterThan(0);
        const diff = fs.readFileSync(path.join(repository, 'archlens-diff.md'), 'utf8');
        expect(diff).to.match(/^## ArchLens: what this change does to the design/);
        expect(diff).to.contain(`\`git:${base}\` → \`git:HEAD\``);
        expect(diff).to.contain('### Design Payments (added)');
        expect(result.summary).to.equal(diff);
        expect(Number(result.outputs.introduced)).to.be.greaterThan(0);
        expect(result.outputs).to.deep.include({ sarif: 'out/archlens.sarif', diff: 'archlens-diff.md', fixed: '0' });
        expect(result.stdout).to.contain('::error::This change introduces findings at or above error');
        expect(git(repository, 'status', '--porcelain').split('\n').filter((line) => !/archlens|out\//.test(line)).join('\n')).to.equal(before.trim());
    });

    it('passes when nothing at or above fail-on is introduced', () => {
        expect(step({ paths: 'designs', 'fail-on': 'never' }, pullRequest()).code).to.equal(0);
        const reversed = step({ paths: 'designs', base: 'HEAD' }, pullRequest());
        expect(reversed.code, reversed.stdout).to.equal(0);
        expect(reversed.outputs).to.deep.include({ introduced: '0', fixed: '0' });
    });

    it('compares with the commit before a push', () => {
        const result = step({ paths: 'designs' }, { before: base, after: 'HEAD' });
        expect(result.code).to.equal(1);
        expect(result.summary).to.contain('### Design Payments (added)');
    });

    it('without a base, gates on the review itself and says so in the summary', () => {
        const result = step({ paths: 'designs/photo.arch', 'fail-on': 'warning' }, undefined);
        expect(result.stdout).to.contain('no base to compare with');
        expect(result.summary).to.match(/^## ArchLens review\n\n\d+ errors, \d+ warnings, \d+ notes/);
        expect(result.outputs.diff).to.equal(undefined);
        const errorsOnly = step({ paths: 'designs/photo.arch' }, undefined);
        const [errors, warnings] = (/(\d+) errors, (\d+) warnings/.exec(result.summary) ?? []).slice(1).map(Number);
        expect(result.code).to.equal(errors + warnings > 0 ? 1 : 0);
        expect(errorsOnly.code).to.equal(errors > 0 ? 1 : 0);
    });

    it('fails with a clear annotation when the base is not in the clone, or an input is wrong', () => {
        const missing = step({ paths: 'designs', base: '0123456789abcdef0123456789abcdef01234567' }, undefined);
        expect(missing.code).to.equal(1);
        expect(missing.stdout).to.match(/::error::archlens diff could not compare with 0123456789abcdef/);
        const wrong = step({ 'fail-on': 'fatal' }, pullRequest());
        expect(wrong.code).to.equal(1);
        expect(wrong.stdout).to.contain("::error::fail-on must be one of error, warning, info, hint, never (got 'fatal').");
        const nothing = step({ paths: 'no-such-folder' }, pullRequest());
        expect(nothing.code).to.equal(1);
        expect(nothing.stdout).to.contain('::error::archlens check could not run');
    });

    it('escapes messages so that one cannot issue another workflow command', () => {
        expect(workflowCommand('error', 'a%b\n::warning::x\r')).to.equal('::error::a%25b%0A::warning::x%0D\n');
    });

    it('declares in action.yml exactly the inputs the script reads, with the same defaults, and runs the bundled script', () => {
        const action = parse(fs.readFileSync(path.join(ROOT, 'action.yml'), 'utf8')) as { inputs: Record<string, { default: string }>; runs: { using: string; main: string } };
        expect(Object.keys(action.inputs)).to.deep.equal(Object.keys(ACTION_INPUTS));
        for (const [name, value] of Object.entries(ACTION_INPUTS)) {
            expect(String(action.inputs[name].default), name).to.equal(value);
        }
        expect(action.runs).to.deep.equal({ using: 'node24', main: 'dist/action.cjs' });
    });
});
