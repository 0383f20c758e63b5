/**
 * One side of `archlens diff` written as `git:<ref>`: the files a design
 * review reads, as they are at that ref, copied from git's objects into a
 * fresh private temporary folder at their repository-relative paths.
 *
 * Only git's object database is read (`rev-parse`, `ls-tree`, `cat-file`):
 * never a checkout, a stash or a worktree, so the user's working tree, index
 * and uncommitted changes are left exactly as they were. Every git command
 * runs from an argument array (no shell), and a ref starting with '-' is
 * refused before git sees it, so a ref can never be read as an option.
 *
 * What is copied: every `.arch` and `.archlens.json` (or `*.archlens.json`)
 * of the whole tree, since designs import `.arch` files anywhere in the
 * repository and each file's configuration is found upwards from it; the
 * deployment files (`*.yaml`, `*.yml`, `*.env`, `.env`) under the requested
 * paths; those a copied design imports (`import "compose.yaml" as Shop`) with
 * their neighbours (overrides, env files); and any requested file by name.
 */
import { execFile, spawn } from 'node:child_process';
import * as fs from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import { promisify } from 'node:util';
import { closest, distance } from 'fastest-levenshtein';

const execFileAsync = promisify(execFile);

/** Large enough for `ls-tree -r` of a big monorepo (about 100 bytes a file). */
const MAX_BUFFER = 256 * 1024 * 1024;
/** Past these a diff would copy a good part of a large repository: name fewer paths instead. */
export const MAX_SNAPSHOT_FILES = 20_000;
export const MAX_SNAPSHOT_BYTES = 200 * 1024 * 1024;
const TEMP_PREFIX = 'archlens-diff-';
/** How many files are written at once: enough to overlap, few enough to stay clear of the open-file limit. */
const WRITE_BATCH = 64;

/**
 * Never ask for credentials on a terminal the CLI does not own, and take no
 * optional lock: reading objects must not even refresh the index.
 */
function gitEnvironment(): NodeJS.ProcessEnv {
    return { ...process.env, GIT_TERMINAL_PROMPT: '0', GIT_OPTIONAL_LOCKS: '0' };
}

/** A side that cannot be read; the message is for the user and says what and why. */
export class SnapshotError extends Error {
    constructor(message: string) {
        super(message);
        this.name = 'SnapshotError';
    }
}

export interface GitSnapshot {
    /** The ref as the user wrote it. */
    readonly ref: string;
    /** The commit it resolved to (full hex id). */
    readonly commit: string;
    /** The repository's top folder on disk, spelled as the cwd is where possible: maps snapshot files back to working-tree paths for display. */
    readonly top: string;
    /** A fresh private temporary folder holding the ref's files at their repository-relative paths. */
    readonly folder: string;
    /** The requested paths that exist at the ref, mapped into `folder` (absolute). */
    readonly paths: readonly string[];
    /** The requested paths (as given) that do not exist at the ref. */
    readonly missing: readonly string[];
    /** Removes the folder. */
    dispose(): Promise<void>;
}

/** `git:main` → `main`; any other side (a file or folder) → undefined. */
export function parseGitSide(side: string): string | undefined {
    if (!side.startsWith('git:')) {
        return undefined;
    }
    const ref = side.slice('git:'.length).trim();
    if (ref === '') {
        throw new SnapshotError(`'${side}' names no ref: write git:REF, e.g. git:main or git:HEAD~1.`);
    }
    return ref;
}

/**
 * The files at `ref` for the given paths (absolute, or relative to `cwd`,
 * inside the working tree of the repository holding `cwd`).
 */
export async function snapshotAt(ref: string, paths: readonly string[], cwd: string): Promise<GitSnapshot> {
    checkRef(ref);
    const repository = await repositoryOf(cwd);
    const commit = await resolveCommit(ref, repository.realTop);
    const requested = await Promise.all(paths.map(async (given) => ({ given, relative: await relativeInRepository(given, cwd, repository) })));
    const folder = await fs.mkdtemp(path.join(os.tmpdir(), TEMP_PREFIX));
    const dispose = (): Promise<void> => fs.rm(folder, { recursive: true, force: true });
    try {
        const tree = await listTree(commit, repository.realTop);
        await copyFiles(tree, requested.map((request) => request.relative), { ref, gitCwd: repository.realTop, folder });
        const { present, missing } = await placeRequested(requested, tree, folder);
        return { ref, commit, top: repository.top, folder, paths: present, missing, dispose };
    } catch (error) {
        await dispose();
        throw error;
    }
}

// ---------------------------------------------------------------- the ref

function checkRef(ref: string): void {
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

async function resolveCommit(ref: string, gitCwd: string): Promise<string> {
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

// ---------------------------------------------------------------- the repository and the paths

interface Repository {
    /** The top folder as git prints it (a realpath). */
    readonly realTop: string;
    /** The top folder spelled as the cwd is (e.g. /tmp rather than /private/tmp), when the two agree. */
    readonly top: string;
}

async function repositoryOf(cwd: string): Promise<Repository> {
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
async function relativeInRepository(given: string, cwd: string, repository: Repository): Promise<string> {
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

// ---------------------------------------------------------------- the tree at the commit

interface TreeEntry {
    readonly mode: string;
    readonly type: string;
    readonly id: string;
    /** Repository-relative, '/'-separated. */
    readonly path: string;
}

/** Every file of the commit's tree (`ls-tree -r` lists blobs and submodules, not folders). */
async function listTree(commit: string, gitCwd: string): Promise<TreeEntry[]> {
    const output = await git(['ls-tree', '-r', '-z', '--full-tree', commit], gitCwd);
    const entries: TreeEntry[] = [];
    for (const record of output.split('\0')) {
        const match = /^(\d{6}) (\w+) ([0-9a-f]+)\t(.+)$/s.exec(record);
        if (match) {
            entries.push({ mode: match[1], type: match[2], id: match[3], path: match[4] });
        }
    }
    return entries;
}

/** A regular file (not a symbolic link, 120000, nor a submodule, type commit): the only kind written. */
function isRegularFile(entry: TreeEntry): boolean {
    return entry.type === 'blob' && (entry.mode === '100644' || entry.mode === '100755');
}

function isUnder(file: string, folder: string): boolean {
    return folder === '' || file === folder || file.startsWith(`${folder}/`);
}

function isDesignOrConfig(file: string): boolean {
    const name = path.posix.basename(file);
    return name.endsWith('.arch') || name === '.archlens.json' || name.endsWith('.archlens.json');
}

/** What a deployment import reads: Compose files, manifests and the env files they name. */
function isDeploymentFile(file: string): boolean {
    const name = path.posix.basename(file);
    return /\.ya?ml$/i.test(name) || name === '.env' || name.endsWith('.env');
}

/**
 * A tree path that is safe to write under the snapshot folder: relative, no
 * empty, '.' or '..' segment, no `.git` (the snapshot's own marker), and, on
 * Windows, no backslash or colon, which it would read as a separator or a drive.
 */
const UNSAFE_CHARACTERS = process.platform === 'win32' ? /[\\:\0]/ : /\0/;

function isSafeTreePath(file: string): boolean {
    if (file === '' || file.startsWith('/') || UNSAFE_CHARACTERS.test(file)) {
        return false;
    }
    return file.split('/').every((segment) => segment !== '' && segment !== '.' && segment !== '..' && segment.toLowerCase() !== '.git');
}

// ---------------------------------------------------------------- copying

interface CopyTarget {
    readonly ref: string;
    readonly gitCwd: string;
    readonly folder: string;
}

/**
 * Writes the files a review of the requested paths reads, in two rounds: the
 * designs, configurations and requested files first, then the deployments
 * those designs import, which only their text names.
 */
async function copyFiles(tree: readonly TreeEntry[], requested: readonly string[], target: CopyTarget): Promise<void> {
    const candidates = tree.filter((entry) => isRegularFile(entry) && isSafeTreePath(entry.path));
    const chosen = new Set<string>();
    const first = candidates.filter((entry) => isFirstRound(entry.path, requested));
    first.forEach((entry) => chosen.add(entry.path));
    checkFileCount(chosen.size, target.ref);
    const firstTexts = await readBlobs(first, target, MAX_SNAPSHOT_BYTES);
    await writeFiles(first, firstTexts, target.folder);

    const imported = deploymentImports(first, firstTexts);
    const second = candidates.filter((entry) => !chosen.has(entry.path) && isDeploymentFile(entry.path) && imported.some((importPath) => readsWith(entry.path, importPath)));
    if (second.length > 0) {
        checkFileCount(chosen.size + second.length, target.ref);
        const secondTexts = await readBlobs(second, target, MAX_SNAPSHOT_BYTES - totalSize(firstTexts));
        await writeFiles(second, secondTexts, target.folder);
    }
}

function isFirstRound(file: string, requested: readonly string[]): boolean {
    return isDesignOrConfig(file)
        || requested.some((request) => file === request || (isUnder(file, request) && isDeploymentFile(file)));
}

function checkFileCount(count: number, ref: string): void {
    if (count > MAX_SNAPSHOT_FILES) {
        throw new SnapshotError(`'${ref}' has ${count} files to compare, more than the ${MAX_SNAPSHOT_FILES} a diff copies: name fewer paths.`);
    }
}

/**
 * The repository-relative targets of the deployment imports in the designs
 * read (`import "../deploy/compose.yaml" as Shop`). Read from the text with a
 * pattern rather than the parser: one in a comment only copies a file more.
 */
function deploymentImports(entries: readonly TreeEntry[], texts: ReadonlyMap<string, Buffer>): string[] {
    const targets = new Set<string>();
    for (const entry of entries) {
        const text = entry.path.endsWith('.arch') ? texts.get(entry.id)?.toString('utf8') : undefined;
        for (const match of text?.matchAll(/\bimport\s+"((?:\\.|[^"\\\r\n])*)"/g) ?? []) {
            const imported = match[1].replace(/\\(.)/g, '$1');
            if (imported.trim() !== '' && !imported.endsWith('.arch') && !path.posix.isAbsolute(imported)) {
                const resolved = path.posix.normalize(path.posix.join(path.posix.dirname(entry.path), imported)).replace(/\/+$/, '');
                if (resolved !== '..' && !resolved.startsWith('../')) {
                    targets.add(resolved === '.' ? '' : resolved);
                }
            }
        }
    }
    return [...targets];
}

/**
 * Whether a deployment file is read with an import of `target`: the target
 * itself, a file under it (a folder of manifests), or, when the target is a
 * YAML file, one beside it (the Compose override and the env files usually
 * sit next to the main file).
 */
function readsWith(file: string, target: string): boolean {
    return isUnder(file, target) || (isDeploymentFile(target) && path.posix.dirname(file) === path.posix.dirname(target));
}

function totalSize(texts: ReadonlyMap<string, Buffer>): number {
    let total = 0;
    for (const text of texts.values()) {
        total += text.length;
    }
    return total;
}

/**
 * The contents of the entries' blobs, by object id, from one `git cat-file
 * --batch` process: each id once on its input, each answer on its output as
 * `<id> blob <size>\n<content>\n`. Stops past `budget` bytes.
 */
async function readBlobs(entries: readonly TreeEntry[], target: CopyTarget, budget: number): Promise<Map<string, Buffer>> {
    const ids = [...new Set(entries.map((entry) => entry.id))];
    if (ids.length === 0) {
        return new Map();
    }
    const output = await runCatFile(ids, target, budget);
    const blobs = parseCatFileOutput(output, target.ref);
    if (totalSize(blobs) > budget) {
        throw tooLarge(target.ref);
    }
    return blobs;
}

function tooLarge(ref: string): SnapshotError {
    return new SnapshotError(`'${ref}' has more than ${MAX_SNAPSHOT_BYTES / (1024 * 1024)} MB of files to compare, more than a diff copies: name fewer paths.`);
}

function runCatFile(ids: readonly string[], target: CopyTarget, budget: number): Promise<Buffer> {
    // Headers are at most an id, a type and a size: 128 bytes each is room enough beyond the contents.
    const limit = budget + ids.length * 128;
    return new Promise((resolve, reject) => {
        const child = spawn('git', ['cat-file', '--batch'], { cwd: target.gitCwd, env: gitEnvironment(), stdio: ['pipe', 'pipe', 'pipe'] });
        const chunks: Buffer[] = [];
        const errors: Buffer[] = [];
        let received = 0;
        let failure: Error | undefined;
        child.stdout.on('data', (chunk: Buffer) => {
            received += chunk.length;
            if (received > limit && failure === undefined) {
                failure = tooLarge(target.ref);
                child.kill();
            }
            if (failure === undefined) {
                chunks.push(chunk);
            }
        });
        child.stderr.on('data', (chunk: Buffer) => errors.push(chunk));
        // An early exit of git closes its input: the reason comes with 'close', not as an EPIPE here.
        child.stdin.on('error', () => undefined);
        child.on('error', (error) => {
            failure ??= new SnapshotError(isMissingGit(error) ? 'cannot read a git ref: git is not installed or not on the PATH.' : `cannot read the files at '${target.ref}' (git: ${error.message}).`);
        });
        child.on('close', (code) => {
            if (failure !== undefined) {
                reject(failure);
            } else if (code !== 0) {
                reject(new SnapshotError(`cannot read the files at '${target.ref}' (git cat-file: ${Buffer.concat(errors).toString('utf8').trim() || `exit ${code}`}).`));
            } else {
                resolve(Buffer.concat(chunks));
            }
        });
        child.stdin.end(`${ids.join('\n')}\n`);
    });
}

/** Parses `cat-file --batch` output; an object git cannot produce (a partial clone's) stops the snapshot. */
function parseCatFileOutput(output: Buffer, ref: string): Map<string, Buffer> {
    const blobs = new Map<string, Buffer>();
    let offset = 0;
    while (offset < output.length) {
        const lineEnd = output.indexOf(0x0a, offset);
        if (lineEnd < 0) {
            throw new SnapshotError(`cannot read the files at '${ref}': git cat-file's output ends in the middle of an object.`);
        }
        const header = output.toString('utf8', offset, lineEnd).split(' ');
        if (header.length !== 3) {
            throw new SnapshotError(`cannot read the files at '${ref}': git has no object ${header[0]} (${header.slice(1).join(' ') || 'unreadable'}; a partial clone may need to fetch it).`);
        }
        const [id, type, sizeText] = header;
        const size = Number(sizeText);
        const start = lineEnd + 1;
        if (!Number.isSafeInteger(size) || start + size > output.length) {
            throw new SnapshotError(`cannot read the files at '${ref}': git cat-file's output ends in the middle of object ${id}.`);
        }
        if (type === 'blob') {
            blobs.set(id, output.subarray(start, start + size));
        }
        // The content is followed by a newline.
        offset = start + size + 1;
    }
    return blobs;
}

async function writeFiles(entries: readonly TreeEntry[], blobs: ReadonlyMap<string, Buffer>, folder: string): Promise<void> {
    const folders = new Set(entries.map((entry) => path.dirname(path.join(folder, ...entry.path.split('/')))));
    for (const parent of folders) {
        await fs.mkdir(parent, { recursive: true });
    }
    for (let start = 0; start < entries.length; start += WRITE_BATCH) {
        await Promise.all(entries.slice(start, start + WRITE_BATCH).map(async (entry) => {
            const content = blobs.get(entry.id);
            if (content !== undefined) {
                await fs.writeFile(path.join(folder, ...entry.path.split('/')), content);
            }
        }));
    }
}

// ---------------------------------------------------------------- the requested paths in the snapshot

/**
 * Each requested path's place in the snapshot: a folder at the ref is made
 * (even when it holds nothing copied, so that reading it finds no design
 * rather than failing), a file is the file; one the ref does not have, or has
 * only as a symbolic link or a submodule, is missing.
 */
async function placeRequested(requested: readonly { given: string; relative: string }[], tree: readonly TreeEntry[], folder: string): Promise<{ present: string[]; missing: string[] }> {
    const present: string[] = [];
    const missing: string[] = [];
    for (const { given, relative } of requested) {
        const place = path.join(folder, ...relative.split('/').filter((segment) => segment !== ''));
        if (relative === '' || isFolderAt(tree, relative)) {
            await fs.mkdir(place, { recursive: true });
            pushOnce(present, place);
        } else if (isSafeTreePath(relative) && tree.some((entry) => entry.path === relative && isRegularFile(entry))) {
            pushOnce(present, place);
        } else {
            missing.push(given);
        }
    }
    return { present, missing };
}

function isFolderAt(tree: readonly TreeEntry[], relative: string): boolean {
    return isSafeTreePath(relative) && tree.some((entry) => entry.path.startsWith(`${relative}/`));
}

function pushOnce(list: string[], item: string): void {
    if (!list.includes(item)) {
        list.push(item);
    }
}

// ---------------------------------------------------------------- running git

async function git(args: readonly string[], cwd: string): Promise<string> {
    const { stdout } = await execFileAsync('git', [...args], { cwd, env: gitEnvironment(), maxBuffer: MAX_BUFFER, encoding: 'utf8' });
    return stdout;
}

/** The output of a git command that may fail for an expected reason (a ref that does not resolve), or undefined. */
async function tryGit(args: readonly string[], cwd: string): Promise<string | undefined> {
    return git(args, cwd).catch((error: unknown) => {
        if (isMissingGit(error)) {
            throw new SnapshotError('cannot read a git ref: git is not installed or not on the PATH.');
        }
        return undefined;
    });
}

function isMissingGit(error: unknown): boolean {
    return error instanceof Error && (error as NodeJS.ErrnoException).code === 'ENOENT';
}

/** What git wrote on its error output, on one line, without its "fatal: " prefix. */
function gitSaid(error: unknown): string {
    const stderr = error instanceof Error && 'stderr' in error ? String((error as { stderr: unknown }).stderr) : '';
    const said = stderr.replace(/^(fatal|error): /gm, '').replace(/\s+/g, ' ').trim();
    return said !== '' ? said : error instanceof Error ? error.message : String(error);
}
