/**
 * Turns the paths given on a command line into the `.arch` files to read:
 * folders are searched recursively (skipping hidden folders and
 * node_modules); a missing path is an input error. The walk takes only
 * regular files and real folders: symbolic links inside a searched folder
 * are not followed (no link loop can trap it, no link leads out of the
 * repository) and FIFOs, sockets and devices are not designs.
 */
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import { isMissingFile, readFailure } from '../files/file-errors.js';
import { appendAll } from '../util/large-arrays.js';
import { composeInFolder, type ImportInput, isYamlFile, manifestsInFolder, namedYamlInputs } from '../import/import-inputs.js';

/** The command could not run (exit code 2): the message names the path. */
export class InputError extends Error {}

const SKIPPED_FOLDERS = new Set(['node_modules']);

/** What the paths name: designs to read, and deployments (Compose files) to import and review like designs. */
export interface Inputs {
    readonly archFiles: readonly string[];
    readonly imports: readonly ImportInput[];
}

export async function collectArchFiles(paths: readonly string[], cwd: string): Promise<string[]> {
    return [...(await collectInputs(paths, cwd)).archFiles];
}

/**
 * A folder gives its `.arch` files; one that holds none is the Compose
 * project or the Kubernetes manifests it holds. A file named on purpose is
 * read whatever it is: a `.yaml` or `.yml` file as a manifest or a Compose
 * file, anything else as a design.
 */
export async function collectInputs(paths: readonly string[], cwd: string): Promise<Inputs> {
    const files = new Set<string>();
    const imports: ImportInput[] = [];
    const namedYaml: string[] = [];
    for (const given of paths.length > 0 ? paths : ['.']) {
        const absolute = path.resolve(cwd, given);
        const stat = await fs.stat(absolute).catch((error: unknown) => {
            throw new InputError(isMissingFile(error) ? `cannot find '${given}'.` : `cannot read '${given}': ${readFailure(error)}`);
        });
        if (stat.isDirectory()) {
            const designs = await archFilesUnder(absolute);
            const deployment = designs.length === 0 ? (await composeInFolder(absolute)) ?? (await manifestsInFolder(absolute)) : undefined;
            designs.forEach((file) => files.add(file));
            if (deployment) {
                imports.push(deployment);
            }
        } else if (isYamlFile(absolute)) {
            namedYaml.push(absolute);
        } else {
            // Named on purpose: read it whatever it is, and say so if it cannot be read.
            files.add(absolute);
        }
    }
    return { archFiles: [...files].sort(), imports: [...imports, ...(await namedYamlInputs(namedYaml))] };
}

async function archFilesUnder(folder: string): Promise<string[]> {
    const entries = await fs.readdir(folder, { withFileTypes: true }).catch((error: unknown) => {
        throw new InputError(`cannot read the folder '${folder}': ${readFailure(error)}`);
    });
    const found: string[] = [];
    for (const entry of entries) {
        // Dirent types are the entry's own (lstat): a symbolic link is neither a folder nor a file here.
        const full = path.join(folder, entry.name);
        if (entry.isDirectory() && !entry.name.startsWith('.') && !SKIPPED_FOLDERS.has(entry.name)) {
            appendAll(found, await archFilesUnder(full));
        } else if (entry.isFile() && entry.name.endsWith('.arch')) {
            found.push(full);
        }
    }
    return found;
}
