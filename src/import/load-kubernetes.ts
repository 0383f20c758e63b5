/**
 * Reads Kubernetes manifests (files, or every `.yaml`/`.yml` file under a
 * folder) into an imported system: every document of every file, each
 * problem positioned.
 */
import * as path from 'node:path';
import { URI } from 'langium';
import type { Document } from 'yaml';
import { readFailure } from '../files/file-errors.js';
import { readDesignText } from '../files/read-file.js';
import { designName } from './design-names.js';
import type { ImportedSystem, ImportProblem } from './imported-system.js';
import { collectResources } from './kubernetes/k8s-resources.js';
import { fromKubernetes } from './kubernetes/from-kubernetes.js';
import { parseYaml, type YamlFile } from './yaml/yaml-source.js';

export async function loadKubernetes(files: readonly string[], folder: string): Promise<ImportedSystem> {
    const problems: ImportProblem[] = [];
    const parsed: { file: YamlFile; documents: readonly Document.Parsed[] }[] = [];
    for (const file of files) {
        const uri = URI.file(file).toString();
        let text: string;
        try {
            text = await readDesignText(file);
        } catch (error) {
            problems.push({ uri, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, rule: 'import/invalid-yaml', severity: 'error', message: `Cannot read this manifest: ${readFailure(error)}` });
            continue;
        }
        const yaml = parseYaml(text, uri);
        problems.push(...yaml.problems.map((problem): ImportProblem => ({ ...problem, rule: 'import/invalid-yaml', severity: 'error' })));
        parsed.push({ file: yaml, documents: yaml.documents });
    }
    const resources = collectResources(parsed);
    problems.push(...resources.problems);
    const title = `Imported from ${files.length === 1 ? path.basename(files[0]) : `${files.length} manifests in ${path.basename(folder)}`}`;
    return fromKubernetes(resources, designName(path.basename(folder)), title, files.map((file) => URI.file(file).toString()), problems);
}
