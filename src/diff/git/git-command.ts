/**
 * Running git for a `git:<ref>` side: from an argument array (no shell), with
 * no terminal prompt and no optional lock, and its failures said in the
 * user's terms.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const execFileAsync = promisify(execFile);

/** Large enough for `ls-tree -r` of a big monorepo (about 100 bytes a file). */
const MAX_BUFFER = 256 * 1024 * 1024;

/**
 * Never ask for credentials on a terminal the CLI does not own, and take no
 * optional lock: reading objects must not even refresh the index.
 */
export function gitEnvironment(): NodeJS.ProcessEnv {
    return { ...process.env, GIT_TERMINAL_PROMPT: '0', GIT_OPTIONAL_LOCKS: '0' };
}

/** A side that cannot be read; the message is for the user and says what and why. */
export class SnapshotError extends Error {
    constructor(message: string) {
        super(message);
        this.name = 'SnapshotError';
    }
}

export async function git(args: readonly string[], cwd: string): Promise<string> {
    const { stdout } = await execFileAsync('git', [...args], { cwd, env: gitEnvironment(), maxBuffer: MAX_BUFFER, encoding: 'utf8' });
    return stdout;
}

/** The output of a git command that may fail for an expected reason (a ref that does not resolve), or undefined. */
export async function tryGit(args: readonly string[], cwd: string): Promise<string | undefined> {
    return git(args, cwd).catch((error: unknown) => {
        if (isMissingGit(error)) {
            throw new SnapshotError('cannot read a git ref: git is not installed or not on the PATH.');
        }
        return undefined;
    });
}

export function isMissingGit(error: unknown): boolean {
    return error instanceof Error && (error as NodeJS.ErrnoException).code === 'ENOENT';
}

/** What git wrote on its error output, on one line, without its "fatal: " prefix. */
export function gitSaid(error: unknown): string {
    const stderr = error instanceof Error && 'stderr' in error ? String((error as { stderr: unknown }).stderr) : '';
    const said = stderr.replace(/^(fatal|error): /gm, '').replace(/\s+/g, ' ').trim();
    return said !== '' ? said : error instanceof Error ? error.message : String(error);
}
