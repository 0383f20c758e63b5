/**
 * `archlens diff` on a sequence of real design changes: the samples' own
 * history (test/fixtures/diff-history), replayed commit by commit into a
 * fresh repository and compared pair by pair through `git:` refs. Each diff
 * must be valid against schemas/diff.schema.json, account for every finding
 * of both sides (introduced + remaining = head, fixed + remaining = base),
 * and say what each commit did.
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

const HISTORY = path.resolve(import.meta.dirname, '../fixtures/diff-history');
const PATCHES = fs.readdirSync(HISTORY).filter((name) => name.endsWith('.patch')).sort();

interface CheckCounts {
    readonly unsuppressed: number;
}

describe('archlens diff on the samples\' history', function () {
    this.timeout(300_000);
    const temp = useTempFolder('archlens-diff-history-');
    const validate = createAjv({ strict: false }).compile(diffSchema);
    const diffs: DiffJson[] = [];
    const counts: CheckCounts[] = [];
    let repository = '';

    before(async () => {
        repository = initRepository(path.join(temp(), 'repo'));
        fs.cpSync(path.join(HISTORY, 'base'), repository, { recursive: true });
        commitFiles(repository, {}, 'base');
        for (const patch of PATCHES) {
            git(repository, 'am', '-q', '--committer-date-is-author-date', path.join(HISTORY, patch));
        }
        for (let step = PATCHES.length; step > 0; step -= 1) {
            const result = await runCli(['diff', `git:HEAD~${step}`, `git:HEAD~${step - 1}`, 'samples', '--format', 'json', '--fail-on', 'never'], repository);
            expect(result.code, result.stderr).to.equal(0);
            diffs.push(JSON.parse(result.stdout) as DiffJson);
        }
        for (let step = PATCHES.length; step >= 0; step -= 1) {
            counts.push({ unsuppressed: await unsuppressedAt(repository, `HEAD~${step}`) });
        }
    });

    it('replays every commit of the history', () => {
        expect(git(repository, 'rev-list', '--count', 'HEAD').trim()).to.equal(String(PATCHES.length + 1));
        expect(diffs).to.have.length(PATCHES.length);
    });

    it('writes each diff valid against schemas/diff.schema.json', () => {
        for (const diff of diffs) {
            expect(validate(diff), JSON.stringify(validate.errors)).to.equal(true);
        }
    });

    it('accounts for every finding of both sides at each step', () => {
        diffs.forEach((diff, step) => {
            const { introduced, fixed, remaining } = diff.summary.findings;
            expect(fixed + remaining, `base of step ${step + 1}`).to.equal(counts[step].unsuppressed);
            expect(introduced + remaining, `head of step ${step + 1}`).to.equal(counts[step + 1].unsuppressed);
        });
    });

    it('says what the estimator commit changed in the chat design: stated rates and a larger push queue', () => {
        const chat = diffs[0].designs.find((design) => design.design === 'Chat');
        expect(chat?.status).to.equal('changed');
        const pushJobs = chat?.components.changed.find((component) => component.name === 'PushJobs');
        expect(pushJobs?.changes).to.deep.equal([{ key: 'replicas', before: 3, after: 5 }]);
        const sends = chat?.connections.changed.find((connection) => connection.id === 'MobileApp->WsLb');
        expect(sends?.changes.map((change) => change.key)).to.include.members(['access', 'rps']);
        expect(diffs[0].summary.components).to.deep.include({ added: 0, removed: 0, renamed: 0 });
    });

    it('reports the commits that only dropped stale suppressions as fixing them, with the designs unchanged', () => {
        for (const diff of diffs.slice(1)) {
            expect(diff.summary.designs.changed).to.equal(0);
            expect(diff.summary.findings.introduced).to.equal(0);
            expect(diff.findings.fixed.every((finding) => finding.rule === 'meta/unused-suppression')).to.equal(true);
        }
        expect(diffs.slice(1).map((diff) => diff.summary.findings.fixed)).to.deep.equal([4, 0, 1, 1]);
    });

    it('finds nothing at all in the commit that only reworded a comment', () => {
        const comment = diffs[2];
        expect(comment.summary.findings).to.deep.equal({ introduced: 0, fixed: 0, remaining: comment.summary.findings.remaining });
        expect(comment.designs.every((design) => design.status === 'unchanged' && design.estimates.length === 0)).to.equal(true);
    });
});

/** The findings `archlens check` reports at a ref and does not accept in the source, counted from a worktree of that ref. */
async function unsuppressedAt(repository: string, ref: string): Promise<number> {
    const worktree = `${repository}-at-${ref.replace(/\W/g, '')}`;
    git(repository, 'worktree', 'add', '-q', '--detach', worktree, ref);
    try {
        const result = await runCli(['check', '--format', 'json', 'samples'], worktree);
        const report = JSON.parse(result.stdout) as { findings: { suppressed: boolean }[] };
        return report.findings.filter((finding) => !finding.suppressed).length;
    } finally {
        git(repository, 'worktree', 'remove', '--force', worktree);
    }
}
