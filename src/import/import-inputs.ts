/**
 * Which of the paths given are deployments to import rather than designs:
 * a `.yaml`/`.yml` file named on the command line, or a folder holding no
 * `.arch` file but a Compose file or Kubernetes manifests. A folder with a Compose file imports its
 * main file and its override (`compose.override.yaml`), as `docker compose`
 * reads them; a Compose file named on its own is read with the files named
 * after it in the same folder as its overrides.
 */
import * as fs from 'node:fs/promises';
import * as path from 'node:path';

export interface ImportInput {
    readonly format: 'compose' | 'kubernetes';
    /** Compose: the main file first, then the overrides in order. Kubernetes: every manifest. */
    readonly files: readonly string[];
    /** The folder the input was found in (or the first file's): it names the design. */
    readonly folder: string;
}

/** The names `docker compose` looks for, in its order of preference. */
export const COMPOSE_FILE_NAMES = ['compose.yaml', 'compose.yml', 'docker-compose.yaml', 'docker-compose.yml'] as const;

export function isYamlFile(file: string): boolean {
    return /\.ya?ml$/i.test(file);
}

/** The override `docker compose` reads beside a main file (`compose.override.yaml` beside `compose.yaml`). */
export function overrideName(main: string): string {
    return main.replace(/\.(ya?ml)$/i, '.override.$1');
}

/** The Compose project of a folder: its main file and override, or undefined when it has none. */
export async function composeInFolder(folder: string): Promise<ImportInput | undefined> {
    for (const name of COMPOSE_FILE_NAMES) {
        const main = path.join(folder, name);
        if (await isRegularFile(main)) {
            const override = path.join(folder, overrideName(name));
            return { format: 'compose', files: (await isRegularFile(override)) ? [main, override] : [main], folder };
        }
    }
    return undefined;
}

/** The Kubernetes manifests under a folder: its `.yaml`/`.yml` files that hold a resource (`apiVersion` and `kind`), or undefined. */
export async function manifestsInFolder(folder: string): Promise<ImportInput | undefined> {
    const files: string[] = [];
    for (const file of await yamlFilesUnder(folder)) {
        if (await looksLikeManifest(file)) {
            files.push(file);
        }
    }
    return files.length > 0 ? { format: 'kubernetes', files: files.sort(), folder } : undefined;
}

/** Whether a YAML file holds Kubernetes resources, read from its first few kilobytes. */
export async function looksLikeManifest(file: string): Promise<boolean> {
    const handle = await fs.open(file, 'r').catch(() => undefined);
    if (!handle) {
        return false;
    }
    try {
        const { buffer, bytesRead } = await handle.read(Buffer.alloc(16 * 1024), 0, 16 * 1024, 0);
        const head = buffer.subarray(0, bytesRead).toString('utf8');
        return /^apiVersion\s*:/m.test(head) && /^kind\s*:/m.test(head);
    } finally {
        await handle.close();
    }
}

const SKIPPED = new Set(['node_modules']);

/**
 * How deep and how wide the search for manifests goes: a folder named by
 * mistake (a home folder, `/` in an import) is searched this far and no
 * further, instead of reading a whole disk.
 */
export const MANIFEST_SEARCH = { depth: 12, files: 2000 } as const;

/** YAML files under a folder, recursively (within MANIFEST_SEARCH); hidden folders and symbolic links are not followed. */
async function yamlFilesUnder(folder: string, depth = 0, found: string[] = []): Promise<string[]> {
    if (depth > MANIFEST_SEARCH.depth) {
        return found;
    }
    const entries = await fs.readdir(folder, { withFileTypes: true }).catch(() => []);
    for (const entry of entries) {
        if (found.length >= MANIFEST_SEARCH.files) {
            break;
        }
        const full = path.join(folder, entry.name);
        if (entry.isDirectory() && !entry.name.startsWith('.') && !SKIPPED.has(entry.name)) {
            await yamlFilesUnder(full, depth + 1, found);
        } else if (entry.isFile() && isYamlFile(entry.name)) {
            found.push(full);
        }
    }
    return found;
}

/**
 * YAML files named on the command line: manifests (they hold `apiVersion`
 * and `kind`) make one Kubernetes input; the rest are Compose files, grouped
 * by folder, the first of a folder the main file and the rest its overrides.
 */
export async function namedYamlInputs(files: readonly string[]): Promise<ImportInput[]> {
    const manifests: string[] = [];
    const byFolder = new Map<string, string[]>();
    for (const file of files) {
        if (await looksLikeManifest(file)) {
            manifests.push(file);
        } else {
            byFolder.set(path.dirname(file), [...(byFolder.get(path.dirname(file)) ?? []), file]);
        }
    }
    const compose = [...byFolder].map(([folder, group]): ImportInput => ({ format: 'compose', files: group, folder }));
    return manifests.length > 0 ? [...compose, { format: 'kubernetes', files: manifests, folder: path.dirname(manifests[0]) }] : compose;
}

async function isRegularFile(file: string): Promise<boolean> {
    const stat = await fs.lstat(file).catch(() => undefined);
    return stat?.isFile() === true;
}

/**
 * The deployment a YAML file belongs to, read as the command line would read
 * its folder: a Compose file with its override (or on its own, when it is an
 * override or a differently named file), or every manifest of its folder.
 * Undefined for a YAML file that is neither (a CI pipeline, an OpenAPI file).
 */
export async function deploymentOf(target: string): Promise<ImportInput | undefined> {
    const stat = await fs.stat(target).catch(() => undefined);
    if (stat?.isDirectory()) {
        return (await composeInFolder(target)) ?? (await manifestsInFolder(target));
    }
    if (!stat?.isFile() || !isYamlFile(target)) {
        return undefined;
    }
    const folder = path.dirname(target);
    if (await looksLikeManifest(target)) {
        return manifestsInFolder(folder);
    }
    const name = path.basename(target);
    if (COMPOSE_FILE_NAMES.some((main) => name === main || name === overrideName(main))) {
        return composeInFolder(folder);
    }
    return /compose/i.test(name) ? { format: 'compose', files: [target], folder } : undefined;
}
