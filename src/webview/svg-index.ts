/**
 * Finds the SVG elements Mermaid drew for the diagram's nodes and edges.
 * Checked against Mermaid 12's output (test/preview/webview.test.ts renders
 * real designs):
 * - a node is `<g class="node …" id="<renderId>-flowchart-<nodeId>-<n>">`
 *   (older Mermaid: `flowchart-<nodeId>-<n>`, without the render id);
 * - a subgraph is `<g class="cluster …" id="<renderId>-<nodeId>">`;
 * - an edge is `<path class="flowchart-link" data-id="L_<from>_<to>_<k>">`
 *   and its label `<g class="label" data-id="…">`, where k is 0 for the first
 *   edge between two nodes and then 2, 3, … (Mermaid counts the earlier ones
 *   plus one).
 * Node ids hold underscores, so an edge id is never split apart: the ids
 * expected for the diagram's edges are matched whole, and edges Mermaid
 * named some other way fall back to their order of drawing.
 */
import type { Diagram } from '../diagram/diagram-types.js';

export interface DrawnEdge {
    /** The line, and the label when the edge has one. */
    readonly elements: readonly Element[];
}

export interface SvgIndex {
    /** Diagram node id → its group element (nodes and subgraphs). */
    readonly nodes: ReadonlyMap<string, SVGGElement>;
    /** Diagram edge index → its elements. */
    readonly edges: ReadonlyMap<number, DrawnEdge>;
}

export function indexSvg(svg: SVGSVGElement, renderId: string, diagram: Diagram): SvgIndex {
    const wanted = new Set(diagram.nodes.map((node) => node.id));
    const nodes = new Map<string, SVGGElement>();
    for (const element of svg.querySelectorAll<SVGGElement>('g.node, g.cluster')) {
        const id = diagramNodeId(element, renderId);
        if (id !== undefined && wanted.has(id) && !nodes.has(id)) {
            nodes.set(id, element);
        }
    }
    return { nodes, edges: indexEdges(svg, diagram) };
}

/** The diagram's node id of a Mermaid node or subgraph element, from its DOM id. */
export function diagramNodeId(element: Element, renderId: string): string | undefined {
    const ownId = element.id.startsWith(`${renderId}-`) ? element.id.slice(renderId.length + 1) : element.id;
    if (element.classList.contains('cluster')) {
        return ownId || undefined;
    }
    const match = /^flowchart-(.+)-\d+$/.exec(ownId);
    return match?.[1];
}

/** The data-id Mermaid gives the edges of a flowchart, in the order they are written. */
export function mermaidEdgeIds(edges: Diagram['edges']): string[] {
    const seen = new Map<string, number>();
    return [...edges].sort((a, b) => a.index - b.index).map((edge) => {
        const pair = `${edge.from}\u0000${edge.to}`;
        const earlier = seen.get(pair) ?? 0;
        seen.set(pair, earlier + 1);
        return `L_${edge.from}_${edge.to}_${earlier === 0 ? 0 : earlier + 1}`;
    });
}

function indexEdges(svg: SVGSVGElement, diagram: Diagram): Map<number, DrawnEdge> {
    const lines = [...svg.querySelectorAll('path.flowchart-link')];
    const labels = [...svg.querySelectorAll('g.edgeLabel [data-id]')];
    const byId = groupByDataId(lines);
    const labelsById = groupByDataId(labels);
    const ordered = [...diagram.edges].sort((a, b) => a.index - b.index);
    const ids = mermaidEdgeIds(ordered);
    const edges = new Map<number, DrawnEdge>();
    ordered.forEach((edge, position) => {
        const id = ids[position] ?? '';
        const line = byId.get(id)?.shift() ?? (lines.length === ordered.length ? lines[position] : undefined);
        const label = labelsById.get(id)?.shift();
        const elements = [line, label].filter((element): element is Element => element !== undefined);
        if (elements.length > 0) {
            edges.set(edge.index, { elements });
        }
    });
    return edges;
}

/** Elements by data-id, in document order (two different pairs may give the same id). */
function groupByDataId(elements: readonly Element[]): Map<string, Element[]> {
    const groups = new Map<string, Element[]>();
    for (const element of elements) {
        const id = element.getAttribute('data-id');
        const group = id ? groups.get(id) : undefined;
        if (group) {
            group.push(element);
        } else if (id) {
            groups.set(id, [element]);
        }
    }
    return groups;
}
