/**
 * The repository a `git:<ref>` side reads and the commit its ref names:
 * refs that git would read as options are refused before git sees them, an
 * unknown ref is said with a near branch name, a shallow clone with how to
 * fetch; requested paths are mapped to repository-relative ones.
 */
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { closest, distance } from 'fastest-levenshtein';
import { git, gitSaid, isMissingGit, SnapshotError, tryGit } from './git-command.js';

export function checkRef(ref: string): void {
    if (ref.trim() === '') {
        throw new SnapshotError('an empty git ref: write git:REF, e.g. git:main or git:HEAD~1.');
    }
    // Git would read it as an option (`--output=…` writes a file): no ref starts with '-'.
    if (ref.startsWith('-')) {
        throw new SnapshotError(`'${ref}' is not a git ref: a ref cannot start with '-'.`);
    }
    if (/[\0\r\n]/.test(ref)) {
        throw new SnapshotError(`'${ref.replace(/[\0\r\n]/g, ' ')}' is not a git ref: it holds a line break or a NUL.`);
    }
}

export async function resolveCommit(ref: string, gitCwd: string): Promise<string> {
    const commit = (await tryGit(['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`], gitCwd))?.trim();
    if (commit !== undefined && /^[0-9a-f]{40,64}$/.test(commit)) {
        return commit;
    }
    throw new SnapshotError(await unresolvedRefMessage(ref, gitCwd));
}

/** Why a ref does not resolve: outside a shallow clone, not a commit, or unknown (with a near name when there is one). */
async function unresolvedRefMessage(ref: string, gitCwd: string): Promise<string> {
    if ((await tryGit(['rev-parse', '--is-shallow-repository'], gitCwd))?.trim() === 'true') {
        return `'${ref}' is not in this clone: it is shallow (only recent history was fetched), and the ref may be outside it; `
            + 'fetch it first (git fetch --deepen=100, git fetch origin <branch>, or git fetch --unshallow; in GitHub Actions, actions/checkout with fetch-depth: 0).';
    }
    const object = (await tryGit(['rev-parse', '--verify', '--quiet', '--end-of-options', ref], gitCwd))?.trim();
    if (object !== undefined && object !== '') {
        return `git ref '${ref}' names an object that is not a commit (git: ${object}).`;
    }
    const suggestion = await nearRefName(ref, gitCwd);
    return `unknown git ref '${ref}' (git: no branch, tag or commit of that name${suggestion !== undefined ? `; did you mean '${suggestion}'?` : ''}).`;
}

/** A branch or tag whose name differs from the ref by a typo or two, as 'main' from 'mian'. */
async function nearRefName(ref: string, gitCwd: string): Promise<string | undefined> {
    const names = (await tryGit(['for-each-ref', '--format=%(refname:short)', 'refs/heads', 'refs/tags', 'refs/remotes'], gitCwd))
        ?.split('\n')
        .filter((name) => name !== '');
    if (names === undefined || names.length === 0) {
        return undefined;
    }
    const best = closest(ref, names);
    return distance(ref, best) <= Math.min(2, Math.floor(ref.length / 2)) ? best : undefined;
}

export interface Repository {
    /** The top folder as git prints it (a realpath). */
    readonly realTop: string;
    /** The top folder spelled as the cwd is (e.g. /tmp rather than /private/tmp), when the two agree. */
    readonly top: string;
}

export async function repositoryOf(cwd: string): Promise<Repository> {
    const realCwd = await fs.realpath(cwd).catch(() => {
        throw new SnapshotError(`cannot read git refs from '${cwd}': the folder does not exist.`);
    });
    let printed: string;
    try {
        printed = (await git(['rev-parse', '--show-toplevel'], realCwd)).trim();
    } catch (error) {
        throw new SnapshotError(repositoryFailure(cwd, error));
    }
    if (printed === '') {
        throw new SnapshotError(`'${cwd}' is inside a git repository but not in its working tree: a git ref is read for paths in the working tree.`);
    }
    const realTop = await fs.realpath(printed);
    const asCwd = path.resolve(cwd, path.relative(realCwd, realTop));
    const top = (await fs.realpath(asCwd).catch(() => undefined)) === realTop ? asCwd : realTop;
    return { realTop, top };
}

function repositoryFailure(cwd: string, error: unknown): string {
    if (isMissingGit(error)) {
        return 'cannot read a git ref: git is not installed or not on the PATH.';
    }
    const said = gitSaid(error);
    if (/not a git repository/i.test(said)) {
        return `not a git repository: '${cwd}' (git: ${said}).`;
    }
    return `cannot find the git repository holding '${cwd}' (git: ${said}).`;
}

/**
 * The repository-relative path ('/'-separated, '' for the top) of a requested
 * path. Both sides are compared as realpaths, since git prints the top as one
 * (/private/tmp for /tmp). The realpath is of its folder, not of the path
 * itself: git records a symbolic link as a link, so following it would name
 * another path (or one outside the repository); and the path may exist only
 * at the ref, so the folder's is taken of its nearest existing ancestor.
 */
export async function relativeInRepository(given: string, cwd: string, repository: Repository): Promise<string> {
    const absolute = path.resolve(cwd, given);
    const parent = path.dirname(absolute);
    const real = parent === absolute ? await realpathOfNearest(absolute) : path.join(await realpathOfNearest(parent), path.basename(absolute));
    const relative = path.relative(repository.realTop, real);
    if (relative === '..' || relative.startsWith(`..${path.sep}`) || path.isAbsolute(relative)) {
        throw new SnapshotError(`'${given}' is outside the git repository at '${repository.top}': a git ref is read for paths inside it.`);
    }
    return relative.split(path.sep).join('/');
}

async function realpathOfNearest(absolute: string): Promise<string> {
    const rest: string[] = [];
    let current = absolute;
    for (;;) {
        const real = await fs.realpath(current).catch(() => undefined);
        if (real !== undefined) {
            return path.join(real, ...rest.reverse());
        }
        const parent = path.dirname(current);
        if (parent === current) {
            return absolute;
        }
        rest.push(path.basename(current));
        current = parent;
    }
}
