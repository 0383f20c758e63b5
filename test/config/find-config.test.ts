/**
 * The `.archlens.json` search stays inside the project: it stops at the
 * workspace folder (editor) or the repository root (a folder holding `.git`),
 * so a configuration in a parent or home folder never turns a repository's
 * rules off.
 */
import { expect } from 'chai';
import { URI } from 'langium';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { findConfigFile } from '../../src/config/find-config.js';
import { runCli } from '../helpers/cli.js';

/** existsSync over a fixed set of paths. */
function fileSystemWith(...paths: string[]): { existsSync(uri: URI): boolean } {
    const existing = new Set(paths);
    return { existsSync: (uri) => existing.has(uri.path) };
}

const found = (file: string, fileSystem: { existsSync(uri: URI): boolean }, folders: string[] = []): string | undefined =>
    findConfigFile(URI.file(file), fileSystem, folders.map((folder) => URI.parse(folder)))?.path;

describe('finding .archlens.json', () => {
    it('takes the nearest one inside the repository', () => {
        const fileSystem = fileSystemWith('/home/u/.archlens.json', '/home/u/repo/.git', '/home/u/repo/.archlens.json', '/home/u/repo/src/.archlens.json');
        expect(found('/home/u/repo/src/deep/a.arch', fileSystem)).to.equal('/home/u/repo/src/.archlens.json');
        expect(found('/home/u/repo/b.arch', fileSystem)).to.equal('/home/u/repo/.archlens.json');
    });

    it('stops at the repository root (.git as a folder or, in a worktree, a file): a parent or home config does not apply', () => {
        expect(found('/home/u/repo/src/a.arch', fileSystemWith('/home/u/.archlens.json', '/home/u/repo/.git'))).to.equal(undefined);
    });

    it('stops at the workspace folder the editor opened, however its URI is spelt', () => {
        const fileSystem = fileSystemWith('/home/u/.archlens.json');
        expect(found('/home/u/project/designs/a.arch', fileSystem, ['file:///home/u/project/'])).to.equal(undefined);
        expect(found('/home/u/project/designs/a.arch', fileSystem, ['file:///home/u/project'])).to.equal(undefined);
        expect(found('/home/u/project/designs/a.arch', fileSystemWith('/home/u/project/.archlens.json'), ['file:///home/u/project'])).to.equal('/home/u/project/.archlens.json');
    });

    it('goes up to the file system root outside any repository and workspace folder', () => {
        expect(found('/home/u/loose/a.arch', fileSystemWith('/home/u/.archlens.json'))).to.equal('/home/u/.archlens.json');
        expect(found('/home/u/loose/a.arch', fileSystemWith())).to.equal(undefined);
    });

    it('in the CLI, ignores a config above the repository that would turn a rule off', async () => {
        const parent = fs.mkdtempSync(path.join(os.tmpdir(), 'archlens-parent-'));
        try {
            const repo = path.join(parent, 'repo');
            fs.mkdirSync(repo);
            fs.writeFileSync(path.join(parent, '.archlens.json'), '{ "rules": { "cicd/no-pipeline": "off" } }');
            fs.writeFileSync(path.join(repo, 'a.arch'), 'architecture A {\n  service Api\n  deployment { strategy: rolling }\n}\n');
            const outside = await runCli(['check', 'a.arch'], repo);
            expect(outside.stdout).not.to.contain('cicd/no-pipeline');
            fs.writeFileSync(path.join(repo, '.git'), 'gitdir: /elsewhere/.git/worktrees/repo\n');
            const inside = await runCli(['check', 'a.arch'], repo);
            expect(inside.stdout).to.contain('cicd/no-pipeline');
        } finally {
            fs.rmSync(parent, { recursive: true, force: true });
        }
    });
});
