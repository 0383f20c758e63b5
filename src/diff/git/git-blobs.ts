/**
 * The contents of a snapshot's files, read from git's object database in one
 * `git cat-file --batch` process and kept within a byte budget.
 */
import { spawn } from 'node:child_process';
import { gitEnvironment, isMissingGit, SnapshotError } from './git-command.js';
import type { TreeEntry } from './git-tree.js';

/** Past this a diff would copy a good part of a large repository: name fewer paths instead. */
export const MAX_SNAPSHOT_BYTES = 200 * 1024 * 1024;

export interface CopyTarget {
    readonly ref: string;
    readonly gitCwd: string;
    readonly folder: string;
}

/**
 * The contents of the entries' blobs, by object id, from one `git cat-file
 * --batch` process: each id once on its input, each answer on its output as
 * `<id> blob <size>\n<content>\n`. Stops past `budget` bytes.
 */
export async function readBlobs(entries: readonly TreeEntry[], target: CopyTarget, budget: number): Promise<Map<string, Buffer>> {
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

export function totalSize(texts: ReadonlyMap<string, Buffer>): number {
    let total = 0;
    for (const text of texts.values()) {
        total += text.length;
    }
    return total;
}
