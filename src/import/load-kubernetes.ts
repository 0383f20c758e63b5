/**
 * Reads Kubernetes manifests (files, or every `.yaml`/`.yml` file under a
 * folder) into an imported system: every document of every file, each
 * problem positioned.
 */
import * as path from 'node:path';
import { URI } from 'langium';
import { designName } from './design-names.js';
import type { ImportedSystem, ImportProblem } from './imported-system.js';
import { collectResources } from './kubernetes/k8s-resources.js';
import { fromKubernetes } from './kubernetes/from-kubernetes.js';
import { readYamlFiles } from './yaml/read-yaml-files.js';

export async function loadKubernetes(files: readonly string[], folder: string): Promise<ImportedSystem> {
    const read = await readYamlFiles(files, 'manifest');
    const problems: ImportProblem[] = [...read.problems];
    const parsed = read.files.map((file) => ({ file, documents: file.documents }));
    const resources = collectResources(parsed);
    problems.push(...resources.problems);
    const title = `Imported from ${files.length === 1 ? path.basename(files[0]) : `${files.length} manifests in ${path.basename(folder)}`}`;
    return fromKubernetes(resources, designName(path.basename(folder)), title, files.map((file) => URI.file(file).toString()), problems);
}
