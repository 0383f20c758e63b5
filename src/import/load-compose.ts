/**
 * Reads a Compose project from its files (the main file first, then its
 * overrides) into an imported system, with every problem positioned: YAML
 * that does not parse, a file the Compose schema rejects, what the import
 * does not follow (`include`, `extends`, `env_file`).
 */
import * as path from 'node:path';
import { composeProject } from './compose/compose-project.js';
import { composeSchemaProblems } from './compose/compose-schema.js';
import { fromCompose } from './compose/from-compose.js';
import { designName } from './design-names.js';
import type { ImportedSystem, ImportProblem } from './imported-system.js';
import { YamlReader } from './yaml/yaml-nodes.js';
import type { YamlFile } from './yaml/yaml-source.js';
import { readYamlFiles } from './yaml/read-yaml-files.js';
import type { Document } from 'yaml';

const NOT_FOLLOWED: Readonly<Record<string, string>> = {
    include: '`include` is not followed: import the included files too, by naming them',
    extends: '`extends` is not followed: the service is read as this file writes it',
    env_file: '`env_file` is not read (it usually holds secrets): connections named only there are not found'
};

export async function loadCompose(files: readonly string[], folder = path.dirname(files[0])): Promise<ImportedSystem> {
    const read = await readYamlFiles(files, 'Compose file');
    const problems: ImportProblem[] = [...read.problems];
    const parsed: { file: YamlFile; document: Document.Parsed }[] = [];
    for (const yaml of read.files) {
        const document = yaml.documents[0];
        if (!document) {
            continue;
        }
        const schemaProblems = composeSchemaProblems(yaml, document);
        problems.push(...schemaProblems, ...notFollowed(yaml, document));
        parsed.push({ file: yaml, document });
    }
    const project = composeProject(parsed);
    const name = designName(project.name ?? path.basename(folder));
    return fromCompose(project, name, problems);
}

function notFollowed(file: YamlFile, document: Document.Parsed): ImportProblem[] {
    const reader = new YamlReader(document);
    const root = document.contents ?? undefined;
    const problems: ImportProblem[] = [];
    const include = reader.entry(root, 'include');
    if (include) {
        problems.push(problemAt(file, include.keyNode, NOT_FOLLOWED.include));
    }
    for (const service of reader.entries(reader.get(root, 'services'))) {
        for (const key of ['extends', 'env_file']) {
            const entry = reader.entry(service.value, key);
            if (entry) {
                problems.push(problemAt(file, entry.keyNode, `${NOT_FOLLOWED[key]} (service ${service.key}).`));
            }
        }
    }
    return problems;
}

function problemAt(file: YamlFile, node: import('yaml').Node, message: string): ImportProblem {
    const range = node.range ?? [0, 0, 0];
    return { uri: file.uri, range: file.rangeOf(range[0], range[1]), rule: 'import/not-followed', severity: 'info', message };
}
