/** A throwaway git repository for tests, with a fixed identity and none of the machine's git configuration. */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

/** Runs git with a fixed identity and no user or system configuration, so the tests do not depend on the machine's. */
export function git(cwd: string, ...args: string[]): string {
    return execFileSync('git', ['-c', 'user.name=ArchLens Test', '-c', 'user.email=test@archlens.invalid', '-c', 'commit.gpgsign=false', ...args], {
        cwd,
        encoding: 'utf8',
        env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: os.devNull, GIT_TERMINAL_PROMPT: '0' }
    });
}

/** Writes a file under `root`, creating its folders. */
export function writeFileIn(root: string, file: string, text: string): void {
    fs.mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    fs.writeFileSync(path.join(root, file), text);
}

/** Creates an empty repository on branch `main`. */
export function initRepository(folder: string): string {
    fs.mkdirSync(folder, { recursive: true });
    git(folder, 'init', '-q', '-b', 'main');
    return folder;
}

/** Writes the files (null removes one), stages everything and commits; returns the commit. */
export function commitFiles(repository: string, files: Readonly<Record<string, string | null>>, message: string): string {
    for (const [file, text] of Object.entries(files)) {
        if (text === null) {
            fs.rmSync(path.join(repository, file), { force: true });
        } else {
            writeFileIn(repository, file, text);
        }
    }
    git(repository, 'add', '-A');
    git(repository, 'commit', '-q', '--allow-empty', '-m', message);
    return git(repository, 'rev-parse', 'HEAD').trim();
}
