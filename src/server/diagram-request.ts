/**
 * Answers the preview's `archlens/diagram` request: the Mermaid diagram of a
 * design of the document, once the document has been validated (so the
 * review drawn on it is current).
 */
import type { LangiumSharedServices } from 'langium/lsp';
import type { CancellationToken, Connection } from 'vscode-languageserver';
import { DIAGRAM_REQUEST, type DiagramParams, type DiagramResult } from '../diagram/diagram-protocol.js';
import { generateDiagram } from '../diagram/generate-diagram.js';
import type { ArchServices } from '../language/arch-module.js';
import { NOT_OPEN_MESSAGE, validatedDocument } from './validated-document.js';

export function serveDiagrams(shared: LangiumSharedServices, arch: ArchServices, connection: Connection): void {
    connection.onRequest(DIAGRAM_REQUEST, (params: DiagramParams, token: CancellationToken) => diagramFor(shared, arch, params, token));
}

export async function diagramFor(shared: LangiumSharedServices, arch: ArchServices, params: DiagramParams, token?: CancellationToken): Promise<DiagramResult> {
    const document = await validatedDocument(shared, params.uri, token);
    if (!document) {
        return { ok: false, message: NOT_OPEN_MESSAGE };
    }
    const registry = arch.design.DesignRegistry;
    const designs = registry.designNamesIn(document);
    const name = params.design !== undefined && designs.includes(params.design) ? params.design : designs[0];
    const built = name ? registry.design(name) : undefined;
    if (!name || !built) {
        return { ok: false, message: 'This file has no `architecture` block yet: write `architecture Name { … }` to see its diagram.' };
    }
    const findings = arch.design.ReviewService.all().filter((finding) => finding.design === name && !finding.suppressed);
    const diagram = generateDiagram(built.design, {
        view: params.view,
        direction: params.direction,
        findings,
        overlay: params.overlay ?? true,
        maxNodes: params.maxNodes,
        edgeLabels: params.edgeLabels
    });
    return { ok: true, design: name, designs, diagram };
}
