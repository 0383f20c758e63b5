/**
 * The two sides of `archlens diff`, each analysed as `archlens check` would:
 * a file or folder as it is on disk, or `git:<ref>`, that ref's version of
 * the same paths read from git objects into a private temporary folder
 * (never the working tree), removed when the comparison is done.
 *
 * Which paths a ref side reads: the other side's, when that one is a path
 * (`archlens diff git:main designs/`), else the extra paths given, else the
 * current folder. A path the ref does not have is an empty side (everything
 * on the other side is added or removed), said in `notes`; a path on disk
 * that does not exist stops the run, since it is most likely a typo.
 */
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { type Analysis, analyzeFiles, analyzePaths } from '../batch/analyze.js';
import { InputError } from '../batch/input-files.js';
import { displayPath } from '../util/display-path.js';
import type { ChangeSide } from './change-review.js';
import { type GitSnapshot, parseGitSide, snapshotAt } from './git/git-snapshot.js';

export interface LoadedSides {
    readonly base: ChangeSide;
    readonly head: ChangeSide;
    /** What the reader should know: paths a ref does not have. */
    readonly notes: readonly string[];
    dispose(): Promise<void>;
}

export interface SideOptions {
    readonly cwd: string;
    /** Extra paths for sides that are refs (when neither side is a path). */
    readonly paths: readonly string[];
    readonly configFile?: string;
}

export async function loadSides(base: string, head: string, options: SideOptions): Promise<LoadedSides> {
    const baseRef = parseGitSide(base);
    const headRef = parseGitSide(head);
    const pathSide = baseRef === undefined ? base : headRef === undefined ? head : undefined;
    const refPaths = pathSide !== undefined ? [pathSide] : options.paths.length > 0 ? options.paths : ['.'];
    const snapshots: GitSnapshot[] = [];
    const notes: string[] = [];
    const dispose = async (): Promise<void> => {
        await Promise.all(snapshots.map((snapshot) => snapshot.dispose()));
    };
    try {
        const load = async (label: string, ref: string | undefined): Promise<ChangeSide> => {
            if (ref === undefined) {
                return diskSide(label, options);
            }
            const snapshot = await snapshotAt(ref, refPaths, options.cwd);
            snapshots.push(snapshot);
            notes.push(...snapshot.missing.map((missing) => `'${missing}' does not exist at ${label}: compared with nothing there.`));
            return refSide(label, snapshot, options);
        };
        return { base: await load(base, baseRef), head: await load(head, headRef), notes, dispose };
    } catch (error) {
        await dispose();
        throw error;
    }
}

async function diskSide(label: string, options: SideOptions): Promise<ChangeSide> {
    if (!(await fs.stat(path.resolve(options.cwd, label)).catch(() => undefined))) {
        throw new InputError(`cannot compare '${label}': it does not exist (a git ref is written git:REF).`);
    }
    const analysis = await analyzePaths([label], { cwd: options.cwd, configFile: options.configFile });
    return { label, analysis, show: (uri) => displayPath(uri, options.cwd) };
}

/**
 * A ref's files, analysed in the snapshot folder. A `.git` file at its root
 * ends the upward search for `.archlens.json` there, as the repository's own
 * root would: no configuration outside the snapshot applies to it.
 */
async function refSide(label: string, snapshot: GitSnapshot, options: SideOptions): Promise<ChangeSide> {
    await fs.writeFile(path.join(snapshot.folder, '.git'), 'gitdir: none (an archlens diff snapshot)\n');
    const analysis: Analysis = snapshot.paths.length > 0
        ? await analyzePaths(snapshot.paths, { cwd: snapshot.folder, configFile: options.configFile })
        : await analyzeFiles([], { cwd: snapshot.folder, configFile: options.configFile });
    const show = (uri: string): string => {
        const inRepository = displayPath(uri, snapshot.folder);
        return displayPath(path.join(snapshot.top, inRepository), options.cwd);
    };
    return { label, analysis, show };
}
