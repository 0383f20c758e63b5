/**
 * Answers the preview's `archlens/diagram` request: the Mermaid diagram of a
 * design of the document, once the document has been validated (so the
 * review drawn on it is current).
 */
import { DocumentState, URI } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import type { CancellationToken, Connection } from 'vscode-languageserver';
import { DIAGRAM_REQUEST, type DiagramParams, type DiagramResult } from '../diagram/diagram-protocol.js';
import { generateDiagram } from '../diagram/generate-diagram.js';
import type { ArchServices } from '../language/arch-module.js';

export function serveDiagrams(shared: LangiumSharedServices, arch: ArchServices, connection: Connection): void {
    connection.onRequest(DIAGRAM_REQUEST, (params: DiagramParams, token: CancellationToken) => diagramFor(shared, arch, params, token));
}

export async function diagramFor(shared: LangiumSharedServices, arch: ArchServices, params: DiagramParams, token?: CancellationToken): Promise<DiagramResult> {
    const uri = URI.parse(params.uri);
    const document = shared.workspace.LangiumDocuments.getDocument(uri);
    if (!document) {
        return { ok: false, message: 'The document is not open in the language server yet.' };
    }
    await shared.workspace.DocumentBuilder.waitUntil(DocumentState.Validated, uri, token);
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
