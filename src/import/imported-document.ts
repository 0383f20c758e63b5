/**
 * An imported deployment as the review sees it: the design text written
 * from it (reviewed like any `.arch` file, under the main YAML file's URI)
 * and, to show findings on the YAML, the place each line stands for.
 */
import type { Range } from '../model/design.js';
import type { Finding, RelatedLocation } from '../model/finding.js';
import { displayPath } from '../util/display-path.js';
import { URI } from 'langium';
import { emitDesign } from './emit-design.js';
import type { ImportedSystem, Provenance } from './imported-system.js';
import type { ImportInput } from './import-inputs.js';
import { loadCompose } from './load-compose.js';
import { loadKubernetes } from './load-kubernetes.js';

export interface ImportedDocument {
    /** The main YAML file's URI: the design text is reviewed under it. */
    readonly uri: string;
    readonly text: string;
    readonly lines: readonly (Provenance | undefined)[];
    readonly system: ImportedSystem;
}

/** Reads a deployment; `design` names its design (an `.arch` file's `import … as Name`), else its folder does. */
export async function importDocument(input: ImportInput, cwd: string, design?: string): Promise<ImportedDocument> {
    const loaded = input.format === 'compose' ? await loadCompose(input.files, input.folder) : await loadKubernetes(input.files, input.folder);
    const system = design === undefined ? loaded : { ...loaded, name: design };
    const emitted = emitDesign(system, (uri) => displayPath(URI.parse(uri).fsPath, cwd));
    return { uri: URI.file(input.files[0]).toString(), text: emitted.text, lines: emitted.lines, system };
}

/** The input's own problems as findings on the YAML. */
export function problemFindings(document: ImportedDocument): Finding[] {
    return document.system.problems.map((problem) => ({
        rule: problem.rule,
        severity: problem.severity,
        message: problem.message,
        uri: problem.uri,
        range: problem.range,
        design: document.system.name,
        suppressed: false
    }));
}

/** A finding on the design text, shown where the YAML says what the finding is about. */
export function onYaml(finding: Finding, document: ImportedDocument): Finding {
    const place = placeOf(document, finding.range);
    return {
        ...finding,
        uri: place.uri,
        range: place.range,
        related: finding.related?.map((related): RelatedLocation => (related.uri === document.uri ? { ...related, ...placeOf(document, related.range) } : related))
    };
}

/** The YAML behind a line of the design: the line's own, or the nearest line above that has one. */
function placeOf(document: ImportedDocument, range: Range): { uri: string; range: Range } {
    for (let line = Math.min(range.start.line, document.lines.length - 1); line >= 0; line--) {
        const from = document.lines[line];
        if (from) {
            return { uri: from.uri, range: from.range };
        }
    }
    const first = document.system.components[0]?.from;
    return first ? { uri: first.uri, range: first.range } : { uri: document.uri, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } };
}
