/**
 * Turns the paths given on a command line into the `.arch` files to read:
 * folders are searched recursively (skipping hidden folders and
 * node_modules); a missing or unreadable path is an input error.
 */
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { appendAll } from '../util/large-arrays.js';

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
            appendAll(found, await archFilesUnder(full));
        } else if (entry.isFile() && entry.name.endsWith('.arch')) {
            await assertReadable(full, full);
            found.push(full);
        }
    }
    return found;
}

async function assertReadable(file: string, shown: string): Promise<void> {
    let bytes: Buffer;
    try {
        await fs.access(file, fs.constants.R_OK);
        bytes = await fs.readFile(file);
    } catch {
        throw new InputError(`cannot read '${shown}'.`);
    }
    const problem = notUtf8Text(bytes);
    if (problem) {
        throw new InputError(`cannot read '${shown}': ${problem}`);
    }
}

/**
 * Why the bytes are not a UTF-8 text file, if they are not: read as UTF-8
 * anyway, a binary file would give thousands of syntax errors quoting
 * garbage, and a wrong encoding would give errors far from the cause.
 */
function notUtf8Text(bytes: Buffer): string | undefined {
    if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
        return 'it is UTF-16 text; save it as UTF-8.';
    }
    if (bytes.includes(0)) {
        return 'it is not a text file (it holds NUL bytes).';
    }
    try {
        new TextDecoder('utf-8', { fatal: true }).decode(bytes);
        return undefined;
    } catch {
        const text = new TextDecoder('utf-8').decode(bytes);
        const line = text.slice(0, text.indexOf('\ufffd')).split('\n').length;
        return `it is not UTF-8 text (line ${line} holds a byte that is not UTF-8); save it as UTF-8.`;
    }
}
