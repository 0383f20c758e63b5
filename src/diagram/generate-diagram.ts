/** A design as a Mermaid diagram: the one generator the preview, the CLI and the report share. */
import type { Design, Group } from '../model/design.js';
import type { Finding } from '../model/finding.js';
import { AUTO_EDGE_LABELS_MAX_EDGES, type Diagram, type DiagramViewRequest, type Direction, type EdgeLabels } from './diagram-types.js';
import { buildView, DEFAULT_MAX_EDGES, DEFAULT_MAX_NODES, groupKey } from './diagram-view.js';
import { renderMermaid } from './mermaid-renderer.js';

export interface DiagramOptions {
    readonly direction?: Direction;
    readonly view?: DiagramViewRequest;
    /** The review's findings, to draw on the diagram. */
    readonly findings?: readonly Finding[];
    /** Draw the findings (default: when findings are given). */
    readonly overlay?: boolean;
    readonly maxNodes?: number;
    readonly maxEdges?: number;
    /** Protocols and labels on the edges (default `auto`). */
    readonly edgeLabels?: EdgeLabels;
}

export function generateDiagram(design: Design, options: DiagramOptions = {}): Diagram {
    const view = buildView(design, options.view ?? { kind: 'auto' }, {
        maxNodes: options.maxNodes ?? DEFAULT_MAX_NODES,
        maxEdges: options.maxEdges ?? DEFAULT_MAX_EDGES
    });
    const rendered = renderMermaid(view, design, {
        direction: options.direction ?? 'LR',
        findings: options.findings ?? [],
        overlay: options.overlay ?? (options.findings !== undefined && options.findings.length > 0),
        edgeLabels: drawsEdgeLabels(options.edgeLabels ?? 'auto', view.edges.length)
    });
    return {
        ...rendered,
        groups: topGroups(design),
        components: design.components.length,
        connections: design.connections.length
    };
}

function drawsEdgeLabels(edgeLabels: EdgeLabels, edges: number): boolean {
    return edgeLabels === 'always' || (edgeLabels === 'auto' && edges <= AUTO_EDGE_LABELS_MAX_EDGES);
}

function topGroups(design: Design): Diagram['groups'] {
    const counts = new Map<Group, number>();
    for (const component of design.components) {
        let group = component.group;
        while (group?.parent) {
            group = group.parent;
        }
        if (group) {
            counts.set(group, (counts.get(group) ?? 0) + 1);
        }
    }
    return [...counts].map(([group, components]) => ({ key: groupKey(group, design), title: group.title ?? group.name, components }));
}
