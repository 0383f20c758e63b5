/**
 * Finds the nearest `.archlens.json` upward from a file, as ESLint finds its
 * config, without leaving the project: the search ends at the project's root
 * folder, the workspace folder the editor opened or else the repository root
 * (a folder holding `.git`, a folder or, in a worktree, a file). So a
 * configuration in a parent folder or in the home folder never applies to a
 * repository (and cannot turn its rules off in CI). Outside any repository
 * and workspace folder the search goes up to the file system root.
 */
import { type FileSystemProvider, type URI, UriUtils } from 'langium';
import { CONFIG_FILE_NAME } from './load-config.js';

export function findConfigFile(file: URI, fileSystem: Pick<FileSystemProvider, 'existsSync'>, workspaceFolders: readonly URI[] = []): URI | undefined {
    const roots = new Set(workspaceFolders.map(folderKey));
    let folder = UriUtils.dirname(file);
    for (;;) {
        const candidate = UriUtils.joinPath(folder, CONFIG_FILE_NAME);
        if (safeExists(fileSystem, candidate)) {
            return candidate;
        }
        const parent = UriUtils.dirname(folder);
        if (roots.has(folderKey(folder)) || safeExists(fileSystem, UriUtils.joinPath(folder, '.git')) || folderKey(parent) === folderKey(folder)) {
            return undefined;
        }
        folder = parent;
    }
}

/** One spelling per folder: the editor may send `file:///w/` where the walk has `file:///w`. */
function folderKey(folder: URI): string {
    return folder.toString().replace(/\/+$/, '');
}

function safeExists(fileSystem: Pick<FileSystemProvider, 'existsSync'>, uri: URI): boolean {
    try {
        return fileSystem.existsSync(uri);
    } catch {
        return false;
    }
}
