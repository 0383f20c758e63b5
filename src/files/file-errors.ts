/**
 * File-system failures in words: "cannot read 'x.arch': it is a folder.",
 * never "internal error: EISDIR". Every read and write of a user's file goes
 * through these, so the CLI and the language server say the same thing.
 */
import * as path from 'node:path';

/** A file ArchLens will not read, and why (the reason is a sentence; `code` the system's, when it refused). */
export class UnreadableFile extends Error {
    constructor(readonly file: string, readonly reason: string, readonly code?: string) {
        super(`cannot read '${file}': ${reason}`);
    }
}

/** The file is not there (as opposed to there but not readable). */
export function isMissingFile(error: unknown): boolean {
    return errnoCode(error) === 'ENOENT';
}

/** The system's error code (`ENOENT`), also kept by an UnreadableFile. */
export function errnoCode(error: unknown): string | undefined {
    const code = (error as { code?: unknown } | undefined)?.code;
    return typeof code === 'string' ? code : undefined;
}

/** Why a read failed, as a sentence (`it does not exist.`). */
export function readFailure(error: unknown): string {
    if (error instanceof UnreadableFile) {
        return error.reason;
    }
    switch (errnoCode(error)) {
        case 'ENOENT':
            return 'it does not exist.';
        case 'EISDIR':
            return 'it is a folder.';
        case 'ELOOP':
            return 'it is a symbolic link that leads back to itself.';
        default:
            return commonFailure(error);
    }
}

/** Why writing `file` failed, as a sentence (`the folder out does not exist.`). */
export function writeFailure(error: unknown, file: string): string {
    switch (errnoCode(error)) {
        case 'ENOENT':
            return `the folder ${path.dirname(file)} does not exist.`;
        case 'EISDIR':
            return 'it is a folder.';
        case 'ENOSPC':
            return 'the disk is full.';
        case 'EROFS':
            return 'the file system is read-only.';
        default:
            return commonFailure(error);
    }
}

function commonFailure(error: unknown): string {
    const code = errnoCode(error);
    switch (code) {
        case 'EACCES':
        case 'EPERM':
            return 'permission denied.';
        case 'ENOTDIR':
            return 'a part of its path is a file, not a folder.';
        case 'ENAMETOOLONG':
            return 'its name is too long.';
        default:
            return code ? `the system refused (${code}).` : `${error instanceof Error ? error.message : String(error)}.`;
    }
}
