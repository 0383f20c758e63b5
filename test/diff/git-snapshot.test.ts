/** A `git:<ref>` side of `archlens diff`: the ref's files read from git objects, never from (or into) the working tree. */
import { expect } from 'chai';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { type GitSnapshot, parseGitSide, SnapshotError, snapshotAt } from '../../src/diff/git/git-snapshot.js';
import { git, writeFileIn as write } from '../helpers/git-repo.js';
import { useTempFolder } from '../helpers/temp-folder.js';

const OLD_DESIGN = 'architecture Shop {\n  client Web\n  service Api\n  Web -> Api : https\n}\n';
const NEW_DESIGN = 'architecture Shop {\n  client Web\n  service Api\n  database Db\n  Web -> Api : https\n  Api -> Db : sql\n}\n';
const UNCOMMITTED = 'architecture Shop {\n  client Web\n}\n';

/** What the working tree and the index look like, to show a snapshot changed neither. */
function workingState(repository: string): { status: string; design: string; index: Buffer } {
    return {
        status: git(repository, 'status', '--porcelain', '--untracked-files=all'),
        design: fs.readFileSync(path.join(repository, 'designs/shop.arch'), 'utf8'),
        index: fs.readFileSync(path.join(repository, '.git/index'))
    };
}

function restoreEnvironment(name: string, value: string | undefined): void {
    if (value === undefined) {
        delete process.env[name];
    } else {
        process.env[name] = value;
    }
}

async function expectSnapshotError(promise: Promise<unknown>, pattern: RegExp): Promise<void> {
    const error: unknown = await promise.then(() => undefined, (caught: unknown) => caught);
    expect(error, 'a SnapshotError').to.be.instanceOf(SnapshotError);
    expect((error as SnapshotError).message).to.match(pattern);
}

describe('git snapshots', () => {
    const temp = useTempFolder('archlens-git-snapshot-test-');
    const snapshots: GitSnapshot[] = [];
    let repository = '';

    /**
     * Two commits: the first with the old design, an imported compose file
     * and a `.arch` only the first has; the second with the new design, an
     * uncommitted edit on top.
     */
    before(() => {
        repository = path.join(temp(), 'repo');
        fs.mkdirSync(repository);
        git(repository, 'init', '-q', '-b', 'main');
        write(repository, '.archlens.json', '{}\n');
        write(repository, 'designs/shop.arch', OLD_DESIGN);
        write(repository, 'designs/old-only.arch', OLD_DESIGN.replace('Shop', 'Old'));
        write(repository, 'designs/README.md', 'not read by a review\n');
        write(repository, 'designs/sub/.archlens.json', '{ "rules": {} }\n');
        write(repository, 'designs/sub/part.arch', 'architecture Part {\n  service Api\n}\n');
        write(repository, 'shared/common.arch', 'architecture Common {\n  service Auth\n}\n');
        write(repository, 'deploy/compose.yaml', 'services:\n  api:\n    image: shop/api\n');
        write(repository, 'deploy/app.env', 'MODE=test\n');
        write(repository, 'deploy/unrelated.txt', 'not copied\n');
        write(repository, 'designs/deployed.arch', 'import "../deploy/compose.yaml" as Deployed\n');
        write(repository, 'notes/todo.txt', 'nothing for a review\n');
        git(repository, 'add', '-A');
        git(repository, 'commit', '-q', '-m', 'first');
        write(repository, 'designs/shop.arch', NEW_DESIGN);
        fs.rmSync(path.join(repository, 'designs/old-only.arch'));
        write(repository, 'designs/new-only.arch', NEW_DESIGN.replace('Shop', 'New'));
        git(repository, 'add', '-A');
        git(repository, 'commit', '-q', '-m', 'second');
        write(repository, 'designs/shop.arch', UNCOMMITTED);
    });

    afterEach(async () => {
        await Promise.all(snapshots.splice(0).map((snapshot) => snapshot.dispose()));
    });

    async function snapshot(ref: string, paths: readonly string[], cwd = repository): Promise<GitSnapshot> {
        const taken = await snapshotAt(ref, paths, cwd);
        snapshots.push(taken);
        return taken;
    }

    function read(taken: GitSnapshot, file: string): string {
        return fs.readFileSync(path.join(taken.folder, file), 'utf8');
    }

    it('holds the old content at HEAD~1 and the committed new content at HEAD, never the uncommitted edit', async () => {
        const old = await snapshot('HEAD~1', ['designs/shop.arch']);
        const head = await snapshot('HEAD', ['designs/shop.arch']);
        expect(read(old, 'designs/shop.arch')).to.equal(OLD_DESIGN);
        expect(read(head, 'designs/shop.arch')).to.equal(NEW_DESIGN);
        expect(fs.readFileSync(path.join(repository, 'designs/shop.arch'), 'utf8')).to.equal(UNCOMMITTED);
        expect(old.paths).to.deep.equal([path.join(old.folder, 'designs', 'shop.arch')]);
        expect(old.missing).to.deep.equal([]);
        expect(old.ref).to.equal('HEAD~1');
        expect(old.commit).to.equal(git(repository, 'rev-parse', 'HEAD~1').trim());
        expect(head.commit).to.match(/^[0-9a-f]{40}$/);
        expect(head.commit).to.not.equal(old.commit);
    });

    it('leaves the working tree, the index and git status as they were', async () => {
        const before = workingState(repository);
        await snapshot('HEAD~1', ['designs']);
        await snapshot('main', ['.']);
        expect(workingState(repository)).to.deep.equal(before);
        expect(before.status).to.equal(' M designs/shop.arch\n');
    });

    it('maps a folder to its place in the snapshot, with every design and configuration a review of it reads', async () => {
        const old = await snapshot('HEAD~1', ['designs']);
        expect(old.paths).to.deep.equal([path.join(old.folder, 'designs')]);
        expect(read(old, 'designs/old-only.arch')).to.contain('architecture Old');
        expect(read(old, 'designs/sub/part.arch')).to.contain('architecture Part');
        expect(read(old, 'designs/sub/.archlens.json')).to.contain('rules');
        // The configuration above the folder, a design outside it (designs import anywhere) and an imported deployment.
        expect(read(old, '.archlens.json')).to.equal('{}\n');
        expect(read(old, 'shared/common.arch')).to.contain('Common');
        expect(read(old, 'deploy/compose.yaml')).to.contain('shop/api');
        expect(read(old, 'deploy/app.env')).to.equal('MODE=test\n');
        // Files no review reads are left out.
        expect(fs.existsSync(path.join(old.folder, 'designs/README.md'))).to.equal(false);
        expect(fs.existsSync(path.join(old.folder, 'deploy/unrelated.txt'))).to.equal(false);
        expect(fs.existsSync(path.join(old.folder, 'notes'))).to.equal(false);
        expect(fs.existsSync(path.join(old.folder, 'designs/new-only.arch'))).to.equal(false);
        const head = await snapshot('HEAD', ['designs']);
        expect(fs.existsSync(path.join(head.folder, 'designs/old-only.arch'))).to.equal(false);
        expect(read(head, 'designs/new-only.arch')).to.contain('architecture New');
    });

    it('reads paths relative to the cwd, absolute paths, and the current folder inside a subfolder', async () => {
        const inside = path.join(repository, 'designs');
        const taken = await snapshot('HEAD', ['.', 'sub/part.arch', path.join(repository, 'shared')], inside);
        expect(taken.paths).to.deep.equal([
            path.join(taken.folder, 'designs'),
            path.join(taken.folder, 'designs', 'sub', 'part.arch'),
            path.join(taken.folder, 'shared')
        ]);
        expect(taken.top).to.equal(repository);
    });

    it('copies a file named on purpose whatever its kind, and makes a folder that holds no design', async () => {
        const taken = await snapshot('HEAD', ['designs/README.md', 'notes']);
        expect(read(taken, 'designs/README.md')).to.equal('not read by a review\n');
        expect(taken.paths).to.deep.equal([path.join(taken.folder, 'designs', 'README.md'), path.join(taken.folder, 'notes')]);
        expect(fs.statSync(path.join(taken.folder, 'notes')).isDirectory()).to.equal(true);
    });

    it('lists a path the ref does not have as missing, as given', async () => {
        const old = await snapshot('HEAD~1', ['designs/new-only.arch', 'designs/shop.arch', 'nowhere/']);
        expect(old.missing).to.deep.equal(['designs/new-only.arch', 'nowhere/']);
        expect(old.paths).to.deep.equal([path.join(old.folder, 'designs', 'shop.arch')]);
        const head = await snapshot('HEAD', ['designs/old-only.arch']);
        expect(head.missing).to.deep.equal(['designs/old-only.arch']);
        expect(head.paths).to.deep.equal([]);
    });

    it('makes each snapshot a fresh private folder under the temporary folder, which dispose removes', async () => {
        const first = await snapshotAt('HEAD', ['designs'], repository);
        const second = await snapshotAt('HEAD', ['designs'], repository);
        expect(first.folder).to.not.equal(second.folder);
        expect(path.basename(first.folder)).to.match(/^archlens-diff-/);
        expect(path.dirname(first.folder)).to.equal(path.resolve(os.tmpdir()));
        if (process.platform !== 'win32') {
            expect(fs.statSync(first.folder).mode & 0o077).to.equal(0);
        }
        await first.dispose();
        await second.dispose();
        expect(fs.existsSync(first.folder)).to.equal(false);
        expect(fs.existsSync(second.folder)).to.equal(false);
        await first.dispose();
    });

    it('refuses an unknown ref, naming it and a near branch', async () => {
        await expectSnapshotError(snapshotAt('mian', ['designs'], repository), /unknown git ref 'mian'.*did you mean 'main'/);
        await expectSnapshotError(snapshotAt('no-such-branch', ['designs'], repository), /unknown git ref 'no-such-branch'/);
    });

    it('refuses a ref git would read as an option, before running git', async () => {
        const outside = path.join(temp(), 'written-by-git');
        await expectSnapshotError(snapshotAt('-x', ['designs'], repository), /'-x' is not a git ref/);
        await expectSnapshotError(snapshotAt(`--output=${outside}`, ['designs'], repository), /cannot start with '-'/);
        expect(fs.existsSync(outside)).to.equal(false);
    });

    it('refuses a path outside the repository', async () => {
        await expectSnapshotError(snapshotAt('HEAD', [temp()], repository), /outside the git repository/);
        await expectSnapshotError(snapshotAt('HEAD', ['../../'], repository), /'\.\.\/\.\.\/' is outside/);
    });

    it('removes its folder when reading the ref fails part-way (an object the clone lacks)', async () => {
        const partial = path.join(temp(), 'partial');
        fs.mkdirSync(partial);
        git(partial, 'init', '-q', '-b', 'main');
        const tree = execFileSync('git', ['mktree', '--missing'], { cwd: partial, input: `100644 blob ${'1'.repeat(40)}\tgone.arch\n`, encoding: 'utf8' }).trim();
        const commit = git(partial, 'commit-tree', tree, '-m', 'lacks its blob').trim();
        // A private temporary folder for this test alone, so that other processes' snapshots do not count.
        const privateTemp = path.join(temp(), 'private-tmp');
        fs.mkdirSync(privateTemp);
        const previous = process.env.TMPDIR;
        process.env.TMPDIR = privateTemp;
        try {
            expect(os.tmpdir()).to.equal(privateTemp);
            await expectSnapshotError(snapshotAt(commit, ['.'], partial), /no object 1{40}/);
        } finally {
            restoreEnvironment('TMPDIR', previous);
        }
        expect(fs.readdirSync(privateTemp)).to.deep.equal([]);
    });

    it('refuses a cwd that is not in a git repository', async () => {
        const plain = path.join(temp(), 'plain');
        fs.mkdirSync(plain, { recursive: true });
        // A folder whose parents hold no repository either: git stops its search at the temporary folder's parent.
        const previous = process.env.GIT_CEILING_DIRECTORIES;
        process.env.GIT_CEILING_DIRECTORIES = fs.realpathSync(temp());
        try {
            await expectSnapshotError(snapshotAt('HEAD', ['.'], plain), /^not a git repository: /);
        } finally {
            restoreEnvironment('GIT_CEILING_DIRECTORIES', previous);
        }
    });

    it('says a shallow clone may not hold the ref, and how to fetch it', async () => {
        const clone = path.join(temp(), 'shallow');
        git(temp(), 'clone', '-q', '--depth', '1', `file://${repository}`, clone);
        await expectSnapshotError(snapshotAt('HEAD~1', ['designs'], clone), /'HEAD~1' is not in this clone: it is shallow.*git fetch --deepen/);
        const head = await snapshot('HEAD', ['designs/shop.arch'], clone);
        expect(read(head, 'designs/shop.arch')).to.equal(NEW_DESIGN);
    });

    it('skips symbolic links, and does not follow a requested link out of the repository', async function () {
        if (process.platform === 'win32') {
            this.skip();
        }
        const linked = path.join(temp(), 'linked');
        fs.mkdirSync(linked);
        git(linked, 'init', '-q', '-b', 'main');
        write(linked, 'real.arch', OLD_DESIGN);
        fs.symlinkSync(path.join(repository, 'designs/shop.arch'), path.join(linked, 'link.arch'));
        git(linked, 'add', '-A');
        git(linked, 'commit', '-q', '-m', 'links');
        const taken = await snapshot('HEAD', ['.', 'link.arch'], linked);
        expect(read(taken, 'real.arch')).to.equal(OLD_DESIGN);
        expect(fs.existsSync(path.join(taken.folder, 'link.arch'))).to.equal(false);
        expect(taken.missing).to.deep.equal(['link.arch']);
    });

    it('writes nothing outside its folder, nor a .git, whatever paths a crafted tree holds', async () => {
        const crafted = path.join(temp(), 'crafted');
        fs.mkdirSync(crafted);
        git(crafted, 'init', '-q', '-b', 'main');
        const escape = `archlens-escape-${path.basename(temp())}.arch`;
        const blob = execFileSync('git', ['hash-object', '-w', '--stdin'], { cwd: crafted, input: OLD_DESIGN, encoding: 'utf8' }).trim();
        const inner = execFileSync('git', ['mktree'], { cwd: crafted, input: `100644 blob ${blob}\t${escape}\n`, encoding: 'utf8' }).trim();
        const root = execFileSync('git', ['mktree'], {
            cwd: crafted,
            input: `040000 tree ${inner}\t..\n040000 tree ${inner}\t.git\n100644 blob ${blob}\tok.arch\n`,
            encoding: 'utf8'
        }).trim();
        const commit = git(crafted, 'commit-tree', root, '-m', 'crafted').trim();
        const taken = await snapshot(commit, ['.'], crafted);
        expect(read(taken, 'ok.arch')).to.equal(OLD_DESIGN);
        expect(fs.readdirSync(taken.folder)).to.deep.equal(['ok.arch']);
        expect(fs.existsSync(path.join(os.tmpdir(), escape))).to.equal(false);
        expect(taken.commit).to.equal(commit);
    });

    describe('parseGitSide', () => {
        it('reads the ref of a git: side and nothing else', () => {
            expect(parseGitSide('git:main')).to.equal('main');
            expect(parseGitSide('git:HEAD~1')).to.equal('HEAD~1');
            expect(parseGitSide('git:origin/main')).to.equal('origin/main');
            expect(parseGitSide('designs/shop.arch')).to.equal(undefined);
            expect(parseGitSide('.')).to.equal(undefined);
            expect(parseGitSide('main')).to.equal(undefined);
        });

        it('refuses a git: side without a ref', () => {
            expect(() => parseGitSide('git:')).to.throw(SnapshotError, /names no ref/);
            expect(() => parseGitSide('git:  ')).to.throw(SnapshotError, /names no ref/);
        });
    });
});
