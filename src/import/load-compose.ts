/**
 * Reads a Compose project from its files (the main file first, then its
 * overrides, each after the files it includes) into an imported system,
 * with every problem positioned: YAML that does not parse, a file the
 * Compose schema rejects, a file named by `include`, `extends` or
 * `env_file` that cannot be followed.
 */
import * as path from 'node:path';
import { ComposeFiles } from './compose/compose-files.js';
import { composeProject } from './compose/compose-project.js';
import { fromCompose } from './compose/from-compose.js';
import { designName } from './design-names.js';
import type { ImportedSystem } from './imported-system.js';

export async function loadCompose(files: readonly string[], folder = path.dirname(files[0])): Promise<ImportedSystem> {
    const read = new ComposeFiles(folder);
    const documents = await read.project(files);
    const project = composeProject(documents, read);
    const name = designName(project.name ?? path.basename(folder));
    const system = fromCompose(project, name, read.problems);
    return { ...system, files: [...new Set([...system.files, ...read.namedFiles()])] };
}
