/** Finds the nearest `.archlens.json` upward from a file, as ESLint finds its config. */
import { type FileSystemProvider, type URI, UriUtils } from 'langium';
import { CONFIG_FILE_NAME } from './load-config.js';

export function findConfigFile(file: URI, fileSystem: Pick<FileSystemProvider, 'existsSync'>): URI | undefined {
    let folder = UriUtils.dirname(file);
    for (;;) {
        const candidate = UriUtils.joinPath(folder, CONFIG_FILE_NAME);
        if (safeExists(fileSystem, candidate)) {
            return candidate;
        }
        const parent = UriUtils.dirname(folder);
        if (parent.toString() === folder.toString()) {
            return undefined;
        }
        folder = parent;
    }
}

function safeExists(fileSystem: Pick<FileSystemProvider, 'existsSync'>, uri: URI): boolean {
    try {
        return fileSystem.existsSync(uri);
    } catch {
        return false;
    }
}

