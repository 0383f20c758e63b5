/**
 * What both runners (code-server here, desktop VS Code through
 * @vscode/test-electron) prepare before the editor starts: the packaged
 * VSIX, a scratch copy of the workspace, and the placeholder development
 * extension.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { commitFiles, initRepository } from '../helpers/git-repo.js';

export const ROOT = path.resolve(import.meta.dirname, '../..');

/** `npm run package`, as a release is built; returns the .vsix it wrote. */
export function packageVsix(logFile: string): string {
    const { version } = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string };
    const vsix = path.join(ROOT, `archlens-${version}.vsix`);
    fs.rmSync(vsix, { force: true });
    const result = spawnSync('npm', ['run', 'package'], { cwd: ROOT, encoding: 'utf8', stdio: 'pipe' });
    fs.mkdirSync(path.dirname(logFile), { recursive: true });
    fs.writeFileSync(logFile, `${result.stdout}\n${result.stderr}`);
    if (result.status !== 0 || !fs.existsSync(vsix)) {
        throw new Error(`npm run package failed (exit ${String(result.status)}); its output is in ${logFile}:\n${result.stderr.slice(-2000)}`);
    }
    return vsix;
}

/** The compare checks' designs: the checkout sample the extension tests edit, and the first draft after review that the UI check compares with the committed draft. */
export const COMPARE_FIXTURES = {
    checkout: path.join(ROOT, 'test', 'fixtures', 'pr-comment', 'main', 'checkout.arch'),
    draft: path.join(ROOT, 'samples', 'spec', 'first-draft.arch'),
    reviewedDraft: path.join(ROOT, 'test', 'fixtures', 'compare', 'first-draft-reviewed.arch')
} as const;

/**
 * The folder the editor opens: a copy of samples/ (so that the checks can
 * edit and save without touching the repository), the fixtures of
 * test/e2e/workspace/ and the compare checks' design, committed to a git
 * repository of its own (the compare command reads HEAD through the Git
 * extension).
 */
export function createWorkspace(folder: string): string {
    fs.rmSync(folder, { recursive: true, force: true });
    fs.cpSync(path.join(ROOT, 'samples'), folder, { recursive: true });
    fs.cpSync(path.join(ROOT, 'test', 'e2e', 'workspace'), folder, { recursive: true });
    fs.mkdirSync(path.join(folder, 'compare'));
    fs.copyFileSync(COMPARE_FIXTURES.checkout, path.join(folder, 'compare', 'checkout.arch'));
    commitAll(folder);
    return folder;
}

/** `git init` and one commit of everything, as the tests' throwaway repositories are made. */
function commitAll(folder: string): void {
    initRepository(folder);
    commitFiles(folder, {}, 'the test workspace');
}

/**
 * VS Code runs extension tests only with a development extension. Pointing
 * it at the project would load the extension from the working tree instead
 * of the installed VSIX; this empty extension contributes nothing.
 */
export function createPlaceholderExtension(folder: string): string {
    fs.mkdirSync(folder, { recursive: true });
    const manifest = {
        name: 'archlens-e2e-placeholder',
        publisher: 'archlens-tests',
        version: '0.0.0',
        description: 'Lets the editor run the ArchLens extension tests against the installed VSIX.',
        engines: { vscode: '*' }
    };
    fs.writeFileSync(path.join(folder, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
    return folder;
}
