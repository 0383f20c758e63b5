/**
 * The import corpus against what a reader drew: each source folder holds the
 * deployment files as published and `expected.json` (components, the
 * connections a reader draws with their evidence, and the ones the reader was
 * unsure of). Used by `npm run import-corpus` and by the corpus test.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { importDocument } from '../../src/import/imported-document.js';
import type { ImportInput } from '../../src/import/import-inputs.js';
import type { ImportedSystem } from '../../src/import/imported-system.js';

interface Expected {
    readonly source: string;
    readonly input: readonly string[];
    readonly components: readonly string[];
    readonly connections: readonly { from: string; to: string; evidence: string }[];
    readonly unsure?: readonly { from: string; to: string }[];
}

export interface CorpusRow {
    readonly source: string;
    readonly folder: string;
    readonly format: 'compose' | 'kubernetes';
    readonly components: number;
    readonly componentsFound: number;
    readonly missingComponents: readonly string[];
    readonly expected: number;
    readonly found: number;
    readonly missedInFiles: readonly string[];
    readonly missedInCode: readonly string[];
    readonly foundUnsure: readonly string[];
    readonly invented: readonly string[];
    /** Found connections the import marked `inferred` (a question, not a claim). */
    readonly inferred: readonly string[];
    readonly system: ImportedSystem;
}

export async function measureCorpus(root: string): Promise<CorpusRow[]> {
    const rows: CorpusRow[] = [];
    for (const corpus of ['compose-corpus', 'k8s-corpus']) {
        const format = corpus === 'compose-corpus' ? 'compose' : 'kubernetes';
        for (const name of fs.readdirSync(path.join(root, corpus)).sort()) {
            const folder = path.join(root, corpus, name);
            rows.push(await measureSource(folder, format));
        }
    }
    return rows;
}

async function measureSource(folder: string, format: 'compose' | 'kubernetes'): Promise<CorpusRow> {
    const expected = JSON.parse(fs.readFileSync(path.join(folder, 'expected.json'), 'utf8')) as Expected;
    const files = expected.input.filter((file) => /\.ya?ml$/i.test(file)).map((file) => path.join(folder, file));
    const input: ImportInput = { format, files, folder };
    const { system } = await importDocument(input, folder);
    const bySource = new Map(system.components.map((component) => [component.name, component.sourceName]));
    const edge = (from: string, to: string): string => `${from}->${to}`;
    const found = new Set(system.connections.filter((connection) => connection.source !== 'Users').map((connection) => edge(bySource.get(connection.source) ?? '', bySource.get(connection.target) ?? '')));
    const inferred = system.connections.filter((connection) => connection.inferred !== undefined).map((connection) => edge(bySource.get(connection.source) ?? '', bySource.get(connection.target) ?? ''));
    const wanted = expected.connections.map((connection) => ({ key: edge(connection.from, connection.to), inFiles: citesInput(connection.evidence, expected.input) }));
    const unsure = new Set((expected.unsure ?? []).map((connection) => edge(connection.from, connection.to)));
    const names = new Set(system.components.map((component) => component.sourceName));
    return {
        source: expected.source,
        folder: path.basename(folder),
        format,
        components: expected.components.length,
        componentsFound: expected.components.filter((component) => names.has(component)).length,
        missingComponents: expected.components.filter((component) => !names.has(component)),
        expected: wanted.length,
        found: wanted.filter((connection) => found.has(connection.key)).length,
        missedInFiles: wanted.filter((connection) => connection.inFiles && !found.has(connection.key)).map((connection) => connection.key),
        missedInCode: wanted.filter((connection) => !connection.inFiles && !found.has(connection.key)).map((connection) => connection.key),
        foundUnsure: [...found].filter((key) => unsure.has(key)),
        invented: [...found].filter((key) => !unsure.has(key) && !wanted.some((connection) => connection.key === key)),
        inferred,
        system
    };
}

/** Evidence that starts by citing one of the deployment files (`docker-compose.yml:42 …`), not the application's code. */
function citesInput(evidence: string, input: readonly string[]): boolean {
    return input.some((file) => evidence.startsWith(`${file}:`) || evidence.startsWith(`${path.basename(file)}:`));
}
