/**
 * The one way ArchLens reads a user's file (designs, imports,
 * `.archlens.json`), CLI and language server alike. A hostile repository
 * can name anything: `x.arch -> /dev/zero` would fill the memory, a FIFO
 * would block the read forever. So only regular files are read (after
 * following symbolic links), opened without blocking, and never more than
 * MAX_FILE_BYTES.
 */
import * as fs from 'node:fs';
import { errnoCode, readFailure, UnreadableFile } from './file-errors.js';
import { decodeUtf8Text } from './utf8-text.js';

/** The largest file read: real designs are kilobytes, the largest benchmark a few megabytes. */
export const MAX_FILE_BYTES = 32 * 1024 * 1024;

const TOO_LARGE = `it is larger than ${MAX_FILE_BYTES / (1024 * 1024)} MB, the most ArchLens reads: is it the right file?`;

/** O_NONBLOCK: if the file was swapped for a FIFO after the check, opening it still returns at once. */
const OPEN_FLAGS = fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0);

/** Why the file is not read, thrown inside a read and turned into an UnreadableFile naming the file. */
class Refused extends Error {}

export async function readRegularFile(file: string): Promise<Buffer> {
    try {
        assertRegular(await fs.promises.stat(file));
        const handle = await fs.promises.open(file, OPEN_FLAGS);
        try {
            assertRegular(await handle.stat());
            const chunks: Buffer[] = [];
            // `end` is inclusive: one byte past the limit tells a file that grew since the check.
            for await (const chunk of handle.createReadStream({ start: 0, end: MAX_FILE_BYTES, autoClose: false })) {
                chunks.push(chunk as Buffer);
            }
            return withinLimit(Buffer.concat(chunks));
        } finally {
            await handle.close();
        }
    } catch (error) {
        throw unreadable(file, error);
    }
}

export function readRegularFileSync(file: string): Buffer {
    try {
        assertRegular(fs.statSync(file));
        const fd = fs.openSync(file, OPEN_FLAGS);
        try {
            const stat = fs.fstatSync(fd);
            assertRegular(stat);
            return withinLimit(readUpTo(fd, MAX_FILE_BYTES + 1, stat.size));
        } finally {
            fs.closeSync(fd);
        }
    } catch (error) {
        throw unreadable(file, error);
    }
}

/** A design file's text: a regular file, within the limit, in UTF-8. */
export async function readDesignText(file: string): Promise<string> {
    const decoded = decodeUtf8Text(await readRegularFile(file));
    if (decoded.problem !== undefined) {
        throw new UnreadableFile(file, decoded.problem);
    }
    return decoded.text;
}

/** Reads to the end, but never more than `most` bytes; the first read asks for the whole file as it was. */
function readUpTo(fd: number, most: number, size: number): Buffer {
    const chunks: Buffer[] = [];
    let total = 0;
    while (total < most) {
        const chunk = Buffer.allocUnsafe(Math.min(most - total, Math.max(size + 1 - total, 64 * 1024)));
        const count = fs.readSync(fd, chunk, 0, chunk.length, null);
        if (count === 0) {
            break;
        }
        chunks.push(chunk.subarray(0, count));
        total += count;
    }
    return Buffer.concat(chunks, total);
}

function unreadable(file: string, error: unknown): UnreadableFile {
    return new UnreadableFile(file, error instanceof Refused ? error.message : readFailure(error), errnoCode(error));
}

function assertRegular(stat: fs.Stats): void {
    const kind = notRegular(stat);
    if (kind) {
        throw new Refused(kind);
    }
    if (stat.size > MAX_FILE_BYTES) {
        throw new Refused(TOO_LARGE);
    }
}

function withinLimit(bytes: Buffer): Buffer {
    if (bytes.length > MAX_FILE_BYTES) {
        throw new Refused(TOO_LARGE);
    }
    return bytes;
}

function notRegular(stat: fs.Stats): string | undefined {
    if (stat.isFile()) {
        return undefined;
    }
    if (stat.isDirectory()) {
        return 'it is a folder.';
    }
    if (stat.isFIFO()) {
        return 'it is a named pipe (FIFO), not a regular file.';
    }
    if (stat.isCharacterDevice() || stat.isBlockDevice()) {
        return 'it is a device, not a regular file.';
    }
    return stat.isSocket() ? 'it is a socket, not a regular file.' : 'it is not a regular file.';
}
