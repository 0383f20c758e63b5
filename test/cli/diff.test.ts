/**
 * `archlens diff` end to end: files, folders and `git:` refs of a real
 * repository; a scripted series of design edits (a cache added, a store
 * renamed, a component removed, a file moved, a syntax error); the three
 * formats; `--fail-on` exit codes; and bad input (unknown refs, missing
 * paths, broken designs, nothing to compare), which exits 2 with a clear
 * message and never touches the working tree.
 */
import { expect } from 'chai';
import * as fs from 'node:fs';
import * as path from 'node:path';
import diffSchema from '../../schemas/diff.schema.json' with { type: 'json' };
import type { DiffJson } from '../../src/diff/formats/diff-json.js';
import { createAjv } from '../../src/util/ajv.js';
import { runCli } from '../helpers/cli.js';
import { commitFiles, git, initRepository } from '../helpers/git-repo.js';
import { useTempFolder } from '../helpers/temp-folder.js';

const SAMPLES = path.resolve(import.meta.dirname, '../../samples/spec');
const DRAFT = fs.readFileSync(path.join(SAMPLES, 'first-draft.arch'), 'utf8');
const PAYMENTS = fs.readFileSync(path.join(SAMPLES, 'payments.arch'), 'utf8');

/** The draft after a round of review: three Web replicas, a cache, the store renamed, the photo bucket dropped. */
const REVIEWED = fs.readFileSync(path.resolve(import.meta.dirname, '../fixtures/compare/first-draft-reviewed.arch'), 'utf8');

const BROKEN = (draft: string): string => draft.replace('service Web "Web server"', 'service Web "Web server" {{');

describe('archlens diff', function () {
    this.timeout(120_000);
    const temp = useTempFolder('archlens-diff-cli-');
    const validate = createAjv({ strict: false }).compile(diffSchema);
    let repository = '';

    function json(stdout: string): DiffJson {
        const parsed = JSON.parse(stdout) as DiffJson;
        expect(validate(parsed), JSON.stringify(validate.errors)).to.equal(true);
        return parsed;
    }

    before(() => {
        repository = initRepository(path.join(temp(), 'repo'));
        commitFiles(repository, { 'designs/photo.arch': DRAFT, 'designs/pay.arch': PAYMENTS, 'notes.txt': 'not a design\n' }, 'first draft');
        commitFiles(repository, { 'designs/photo.arch': REVIEWED, 'designs/pay.arch': null, 'designs/payments/pay.arch': PAYMENTS }, 'revised, payments moved');
        commitFiles(repository, { 'designs/photo.arch': BROKEN(REVIEWED) }, 'a typo');
        fs.writeFileSync(path.join(repository, 'designs/photo.arch'), REVIEWED.replace('replicas: 3', 'replicas: 4'));
        fs.writeFileSync(path.join(temp(), 'draft.arch'), DRAFT);
        fs.writeFileSync(path.join(temp(), 'revised.arch'), REVIEWED);
        fs.writeFileSync(path.join(temp(), 'broken.arch'), 'architecture {{ nope\n');
        fs.mkdirSync(path.join(temp(), 'empty-a'));
        fs.mkdirSync(path.join(temp(), 'empty-b'));
    });

    describe('two files', () => {
        it('lists what was added, removed, renamed and changed, then the findings', async () => {
            const result = await runCli(['diff', 'draft.arch', 'revised.arch'], temp());
            expect(result.code, result.stderr).to.equal(0);
            const lines = result.stdout.split('\n');
            expect(lines[0]).to.equal('archlens diff draft.arch → revised.arch');
            expect(lines).to.include.members(['PhotoShare: changed', '  + cache Hot', '  - storage Photos', '  ~ database Db renamed Store', '  ~ service Web: replicas unset → 3', '  + Web->Hot', '  - Web->Photos']);
            expect(result.stdout).to.match(/^findings: 1 introduced, 4 fixed, \d+ remaining$/m);
            expect(result.stdout).to.contain('  + warning  scale/no-load-balancer  PhotoShare Web:');
            expect(result.stdout).to.contain('(was about Db)');
        });

        it('matches findings through the rename instead of calling them fixed and new', async () => {
            const diff = json((await runCli(['diff', 'draft.arch', 'revised.arch', '--format', 'json'], temp())).stdout);
            const renamed = diff.findings.remaining.filter((finding) => finding.matched === 'renamed');
            expect(renamed.map((finding) => `${finding.rule} ${finding.element ?? ''}`)).to.include.members(['avail/single-point-of-failure Store', 'dr/no-backup Store']);
            expect(renamed.every((finding) => finding.was === 'Db')).to.equal(true);
            expect(diff.findings.fixed.map((finding) => `${finding.rule} ${finding.element ?? ''}`)).to.not.include.members(['avail/single-point-of-failure Db', 'dr/no-backup Db']);
            expect(diff.designs[0].components.renamed).to.deep.equal([{ from: 'Db', to: 'Store', kind: 'database' }]);
            expect(diff.summary.introduced).to.deep.equal({ error: 0, warning: 1, info: 0, hint: 0 });
        });

        it('exits 1 when the change introduces a finding at or above --fail-on, 0 below it or with never', async () => {
            const code = async (failOn: string): Promise<number> => (await runCli(['diff', 'draft.arch', 'revised.arch', '--fail-on', failOn], temp())).code;
            expect(await code('error')).to.equal(0);
            expect(await code('warning')).to.equal(1);
            expect(await code('hint')).to.equal(1);
            expect(await code('never')).to.equal(0);
            expect((await runCli(['diff', 'revised.arch', 'draft.arch', '--fail-on', 'info'], temp())).code, 'going back introduces the draft\'s info findings').to.equal(1);
        });

        it('says the designs did not change when a file is compared with itself', async () => {
            const result = await runCli(['diff', 'draft.arch', 'draft.arch'], temp());
            expect(result.code).to.equal(0);
            expect(result.stdout).to.contain('The designs did not change.');
            expect(result.stdout).to.match(/findings: 0 introduced, 0 fixed, \d+ remaining/);
        });

        it('writes a Markdown comment with the marked diagram to --out', async () => {
            const out = path.join(temp(), 'comment.md');
            const result = await runCli(['diff', 'draft.arch', 'revised.arch', '--format', 'markdown', '--out', out], temp());
            expect(result.code, result.stderr).to.equal(0);
            expect(result.stdout).to.equal('');
            const comment = fs.readFileSync(out, 'utf8');
            expect(comment).to.match(/^## ArchLens: what this change does to the design/);
            expect(comment).to.contain('renamed database **Db** to **Store**');
            expect(comment).to.contain('```mermaid\nflowchart');
            expect(comment).to.match(/class n_Hot added/);
            expect(comment.length).to.be.below(60_000);
        });
    });

    describe('git refs', () => {
        it('compares two commits of the repository without touching the working tree', async () => {
            const before = git(repository, 'status', '--porcelain');
            const result = await runCli(['diff', 'git:HEAD~2', 'git:HEAD~1', 'designs', '--format', 'json'], repository);
            expect(result.code, result.stderr).to.equal(0);
            const diff = json(result.stdout);
            expect(diff.base).to.equal('git:HEAD~2');
            expect(diff.designs.map((design) => [design.design, design.status])).to.deep.equal([['Payments', 'unchanged'], ['PhotoShare', 'changed']]);
            expect(diff.findings.introduced.map((finding) => finding.file)).to.deep.equal(['designs/photo.arch']);
            expect(git(repository, 'status', '--porcelain')).to.equal(before);
            expect(before).to.equal(' M designs/photo.arch\n');
        });

        it('follows a design whose file moved: it is matched by name, not by path', async () => {
            const diff = json((await runCli(['diff', 'git:HEAD~2', 'git:HEAD~1', 'designs', '--format', 'json'], repository)).stdout);
            const payments = diff.designs.find((design) => design.design === 'Payments');
            expect(payments?.status).to.equal('unchanged');
            expect(diff.findings.fixed.filter((finding) => finding.design === 'Payments')).to.deep.equal([]);
            expect(diff.findings.introduced.filter((finding) => finding.design === 'Payments')).to.deep.equal([]);
        });

        it('compares a ref with the working tree when the other side is a path', async () => {
            const result = await runCli(['diff', 'git:HEAD~1', 'designs/photo.arch'], repository);
            expect(result.code, result.stderr).to.equal(0);
            expect(result.stdout).to.contain('~ service Web: replicas 3 → 4');
        });

        it('does not compare a design that does not parse at one side, and reports its syntax errors as introduced', async () => {
            const result = await runCli(['diff', 'git:HEAD~1', 'git:HEAD', 'designs', '--format', 'json'], repository);
            expect(result.code).to.equal(1);
            const diff = json(result.stdout);
            const photo = diff.designs.find((design) => design.design === 'PhotoShare');
            expect(photo).to.deep.include({ status: 'unparsed', unparsed: ['head'], mermaid: '' });
            expect(photo?.components).to.deep.equal({ added: [], removed: [], renamed: [], changed: [] });
            expect(diff.findings.introduced.every((finding) => finding.rule === 'syntax')).to.equal(true);
            expect(diff.findings.fixed).to.deep.equal([]);
            expect(diff.summary.designs).to.deep.include({ unparsed: 1, unchanged: 1 });
        });

        it('compares a file the base does not have with nothing, and says so', async () => {
            const result = await runCli(['diff', 'git:HEAD~2', 'git:HEAD~1', 'designs/payments/pay.arch'], repository);
            expect(result.code, 'the added design brings its errors').to.equal(1);
            expect(result.stderr).to.contain("'designs/payments/pay.arch' does not exist at git:HEAD~2: compared with nothing there.");
            expect(result.stdout).to.contain('Payments: added');
        });

        it('exits 2 on an unknown ref, naming it', async () => {
            const result = await runCli(['diff', 'git:no-such-branch', 'git:HEAD', 'designs'], repository);
            expect(result.code).to.equal(2);
            expect(result.stderr).to.contain('no-such-branch');
            expect(result.stdout).to.equal('');
        });

        it('exits 2 outside a git repository', async () => {
            const result = await runCli(['diff', 'git:HEAD', 'draft.arch'], temp());
            expect(result.code).to.equal(2);
            expect(result.stderr).to.match(/git/i);
        });
    });

    describe('deployments', () => {
        it('compares two Compose projects as check reads them, with the findings on their YAML lines', async () => {
            const shop = path.resolve(import.meta.dirname, '../fixtures/import/compose/shop');
            // The database's published port is left out at both sides: with two stores published, publishing is one
            // decision reported on the network (sec/published-store-port), and this test follows the new store alone.
            const unpublished = fs.readFileSync(path.join(shop, 'compose.yaml'), 'utf8').replace('    ports:\n      - "5432:5432"\n', '');
            for (const side of ['compose-a', 'compose-b']) {
                fs.mkdirSync(path.join(temp(), side));
                fs.writeFileSync(path.join(temp(), side, 'compose.yaml'), unpublished);
            }
            const head = path.join(temp(), 'compose-b', 'compose.yaml');
            fs.writeFileSync(head, fs.readFileSync(head, 'utf8').replace(/^services:\n/m, 'services:\n  cache:\n    image: redis:7\n    ports:\n      - "6379:6379"\n'));
            const diff = json((await runCli(['diff', 'compose-a', 'compose-b', '--format', 'json'], temp())).stdout);
            expect(diff.designs[0].components.added.map((component) => `${component.kind} ${component.name}`)).to.deep.equal(['cache Cache']);
            const published = diff.findings.introduced.find((finding) => finding.rule === 'sec/published-store-port');
            expect(published).to.deep.include({ file: 'compose-b/compose.yaml', line: 4, element: 'Cache' });
        });
    });

    describe('bad input', () => {
        it('exits 2 when nothing could be compared because a side does not parse, with the first syntax error', async () => {
            const result = await runCli(['diff', 'draft.arch', 'broken.arch'], temp());
            expect(result.code).to.equal(2);
            expect(result.stderr).to.match(/nothing could be compared: every design has syntax errors at one side \(broken\.arch:1:\d+: .* and \d+ more\)/);
        });

        it('exits 2 when neither side holds a design', async () => {
            const result = await runCli(['diff', 'empty-a', 'empty-b'], temp());
            expect(result.code).to.equal(2);
            expect(result.stderr).to.contain('nothing to compare');
        });

        it('exits 2 on a path that does not exist, hinting at git: for refs', async () => {
            const result = await runCli(['diff', 'main', 'draft.arch'], temp());
            expect(result.code).to.equal(2);
            expect(result.stderr).to.contain("cannot compare 'main': it does not exist (a git ref is written git:REF)");
        });

        it('exits 2 on usage errors: one side, an unknown format or threshold', async () => {
            for (const args of [['diff', 'draft.arch'], ['diff', 'draft.arch', 'revised.arch', '--format', 'sarif'], ['diff', 'draft.arch', 'revised.arch', '--fail-on', 'fatal']]) {
                const result = await runCli(args, temp());
                expect(result.code, args.join(' ')).to.equal(2);
                expect(result.stderr, args.join(' ')).to.not.equal('');
            }
        });
    });
});
