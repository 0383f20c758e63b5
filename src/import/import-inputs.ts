/**
 * Which of the paths given are deployments to import rather than designs:
 * a `.yaml`/`.yml` file named on the command line, or a folder holding no
 * `.arch` file but a Compose file. A folder with a Compose file imports its
 * main file and its override (`compose.override.yaml`), as `docker compose`
 * reads them; a Compose file named on its own is read with the files named
 * after it in the same folder as its overrides.
 */
import * as fs from 'node:fs/promises';
import * as path from 'node:path';

export interface ImportInput {
    readonly format: 'compose';
    /** The main file first, then the overrides in order. */
    readonly files: readonly string[];
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
            return { format: 'compose', files: (await isRegularFile(override)) ? [main, override] : [main] };
        }
    }
    return undefined;
}

/** YAML files named on the command line, grouped by folder: the first of a folder is the main file, the rest its overrides. */
export function composeFromNamedFiles(files: readonly string[]): ImportInput[] {
    const byFolder = new Map<string, string[]>();
    for (const file of files) {
        const folder = path.dirname(file);
        byFolder.set(folder, [...(byFolder.get(folder) ?? []), file]);
    }
    return [...byFolder.values()].map((group) => ({ format: 'compose', files: group }));
}

async function isRegularFile(file: string): Promise<boolean> {
    const stat = await fs.lstat(file).catch(() => undefined);
    return stat?.isFile() === true;
}
