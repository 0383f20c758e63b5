/**
 * Writes the file `--out` names: never over a file the command has read
 * (same path, a symbolic link or a hard link to it: compared by device and
 * inode), and a failure in words ("cannot write out/x.md: the folder out does
 * not exist."), exit code 2.
 */
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import type { Analysis } from '../batch/analyze.js';
import { writeFailure } from '../files/file-errors.js';
import { displayPath } from '../util/display-path.js';
import { type CliIo, UsageError } from './cli-io.js';

export async function writeOutputFile(given: string, content: string, analysis: Analysis, io: Pick<CliIo, 'cwd'>): Promise<void> {
    await writeOutputOver(given, content, inputsOf(analysis), io);
}

/** Writes `--out`, refusing any of the files the command read. */
export async function writeOutputOver(given: string, content: string, inputs: readonly string[], io: Pick<CliIo, 'cwd'>): Promise<void> {
    const target = path.resolve(io.cwd, given);
    const input = await sameFileAs(target, inputs);
    if (input !== undefined) {
        throw new UsageError(`--out '${given}' would overwrite the input '${displayPath(input, io.cwd)}': choose another file.`);
    }
    try {
        await fs.writeFile(target, content);
    } catch (error) {
        throw new UsageError(`cannot write ${given}: ${writeFailure(error, given)}`);
    }
}

/** Every file the analysis read: designs, imports and configurations. */
function inputsOf(analysis: Analysis): string[] {
    const configs = analysis.services.design.ConfigService.configFiles().flatMap((file) => (file.uri ? [file.uri.fsPath] : []));
    return [...analysis.files, ...configs];
}

/** The input that is the same file as `target`, if any. */
async function sameFileAs(target: string, inputs: readonly string[]): Promise<string | undefined> {
    const output = await identity(target);
    if (output === undefined) {
        return undefined; // not there yet: it cannot be an input
    }
    for (const input of inputs) {
        if ((await identity(input)) === output) {
            return input;
        }
    }
    return undefined;
}

async function identity(file: string): Promise<string | undefined> {
    const stat = await fs.stat(file, { bigint: true }).catch(() => undefined);
    return stat ? `${stat.dev}:${stat.ino}` : undefined;
}
