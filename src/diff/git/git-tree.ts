/**
 * The files of a commit's tree (`git ls-tree -r`), and which of them a
 * snapshot may write: regular files at safe paths only.
 */
import * as path from 'node:path';
import { git } from './git-command.js';

export interface TreeEntry {
    readonly mode: string;
    readonly type: string;
    readonly id: string;
    /** Repository-relative, '/'-separated. */
    readonly path: string;
}

/** Every file of the commit's tree (`ls-tree -r` lists blobs and submodules, not folders). */
export async function listTree(commit: string, gitCwd: string): Promise<TreeEntry[]> {
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
export function isRegularFile(entry: TreeEntry): boolean {
    return entry.type === 'blob' && (entry.mode === '100644' || entry.mode === '100755');
}

export function isUnder(file: string, folder: string): boolean {
    return folder === '' || file === folder || file.startsWith(`${folder}/`);
}

export function isDesignOrConfig(file: string): boolean {
    const name = path.posix.basename(file);
    return name.endsWith('.arch') || name === '.archlens.json' || name.endsWith('.archlens.json');
}

/** What a deployment import reads: Compose files, manifests and the env files they name. */
export function isDeploymentFile(file: string): boolean {
    const name = path.posix.basename(file);
    return /\.ya?ml$/i.test(name) || name === '.env' || name.endsWith('.env');
}

/**
 * A tree path that is safe to write under the snapshot folder: relative, no
 * empty, '.' or '..' segment, no `.git` (the snapshot's own marker), and, on
 * Windows, no backslash or colon, which it would read as a separator or a drive.
 */
const UNSAFE_CHARACTERS = process.platform === 'win32' ? /[\\:\0]/ : /\0/;

export function isSafeTreePath(file: string): boolean {
    if (file === '' || file.startsWith('/') || UNSAFE_CHARACTERS.test(file)) {
        return false;
    }
    return file.split('/').every((segment) => segment !== '' && segment !== '.' && segment !== '..' && segment.toLowerCase() !== '.git');
}

export function isFolderAt(tree: readonly TreeEntry[], relative: string): boolean {
    return isSafeTreePath(relative) && tree.some((entry) => entry.path.startsWith(`${relative}/`));
}
