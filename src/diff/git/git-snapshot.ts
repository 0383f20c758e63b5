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
import * as fs from 'node:fs/promises';
import * as os from 'node:os';
import * as path from 'node:path';
import { type CopyTarget, MAX_SNAPSHOT_BYTES, readBlobs, totalSize } from './git-blobs.js';
import { SnapshotError } from './git-command.js';
import { checkRef, relativeInRepository, repositoryOf, resolveCommit } from './git-repository.js';
import { isDeploymentFile, isDesignOrConfig, isFolderAt, isRegularFile, isSafeTreePath, isUnder, listTree, type TreeEntry } from './git-tree.js';

export { SnapshotError } from './git-command.js';
export { MAX_SNAPSHOT_BYTES } from './git-blobs.js';

/** Past this a diff would copy a good part of a large repository: name fewer paths instead. */
export const MAX_SNAPSHOT_FILES = 20_000;
const TEMP_PREFIX = 'archlens-diff-';
/** How many files are written at once: enough to overlap, few enough to stay clear of the open-file limit. */
const WRITE_BATCH = 64;

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

// ---------------------------------------------------------------- copying

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

function pushOnce(list: string[], item: string): void {
    if (!list.includes(item)) {
        list.push(item);
    }
}
