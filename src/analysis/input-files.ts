/**
 * Turns the paths given on a command line into the `.arch` files to read:
 * folders are searched recursively (skipping hidden folders and
 * node_modules); a missing or unreadable path is an input error.
 */
import * as fs from 'node:fs/promises';
import * as path from 'node:path';

/** The command could not run (exit code 2): the message names the path. */
export class InputError extends Error {}

const SKIPPED_FOLDERS = new Set(['node_modules']);

export async function collectArchFiles(paths: readonly string[], cwd: string): Promise<string[]> {
    const files = new Set<string>();
    for (const given of paths.length > 0 ? paths : ['.']) {
        const absolute = path.resolve(cwd, given);
        const stat = await fs.stat(absolute).catch(() => undefined);
        if (!stat) {
            throw new InputError(`cannot find '${given}'.`);
        }
        if (stat.isDirectory()) {
            for (const file of await archFilesUnder(absolute)) {
                files.add(file);
            }
        } else {
            await assertReadable(absolute, given);
            files.add(absolute);
        }
    }
    return [...files].sort();
}

async function archFilesUnder(folder: string): Promise<string[]> {
    const entries = await fs.readdir(folder, { withFileTypes: true }).catch(() => {
        throw new InputError(`cannot read the folder '${folder}'.`);
    });
    const found: string[] = [];
    for (const entry of entries) {
        const full = path.join(folder, entry.name);
        if (entry.isDirectory() && !entry.name.startsWith('.') && !SKIPPED_FOLDERS.has(entry.name)) {
            found.push(...await archFilesUnder(full));
        } else if (entry.isFile() && entry.name.endsWith('.arch')) {
            await assertReadable(full, full);
            found.push(full);
        }
    }
    return found;
}

async function assertReadable(file: string, shown: string): Promise<void> {
    try {
        await fs.access(file, fs.constants.R_OK);
        const handle = await fs.open(file, 'r');
        await handle.close();
    } catch {
        throw new InputError(`cannot read '${shown}'.`);
    }
}
