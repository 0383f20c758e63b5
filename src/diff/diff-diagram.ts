/**
 * The head design's diagram with the change marked (pr-review.md): added
 * components and connections in green, changed and renamed ones in blue, and
 * what was removed drawn back in, dashed and red, so that a reviewer sees the
 * whole change in one picture. Built on the diagram every other view uses;
 * an element the view does not draw (a collapsed large design) is left
 * unmarked rather than drawn out of place.
 */
import type { Design } from '../model/design.js';
import type { Diagram } from '../diagram/diagram-types.js';
import { type DiagramOptions, generateDiagram } from '../diagram/generate-diagram.js';
import { escapeLabelText } from '../util/escape/mermaid.js';
import type { DesignDiff } from './model-diff.js';

const ADDED = 'fill:#dafbe1,stroke:#1a7f37,stroke-width:3px,color:#1e1e1e';
const CHANGED = 'fill:#ddf4ff,stroke:#0969da,stroke-width:3px,color:#1e1e1e';
const REMOVED = 'fill:#ffebe9,stroke:#cf222e,stroke-width:2px,stroke-dasharray:5 5,color:#57606a';

const LINK_ADDED = 'stroke:#1a7f37,stroke-width:3px';
const LINK_CHANGED = 'stroke:#0969da,stroke-width:3px';
const LINK_REMOVED = 'stroke:#cf222e,stroke-width:2px,stroke-dasharray:5 5';

/** The Mermaid text of `head` with `diff` marked; for a design the change removed, `base` drawn all removed. */
export function diffDiagram(diff: DesignDiff, head: Design | undefined, base: Design | undefined): string {
    const design = head ?? base;
    return design ? markedDiagram(diff, design, head !== undefined).text : 'flowchart LR\n';
}

/**
 * The diagram of `design` (the head, or the base of a removed design) with
 * its text marked, and the nodes and edges the preview needs to link the
 * picture back to the source.
 */
export function markedDiagram(diff: DesignDiff, design: Design, isHead: boolean, options: DiagramOptions = {}): Diagram {
    const diagram = generateDiagram(design, { direction: 'LR', ...options });
    return { ...diagram, text: markedText(diagram, diff, design, isHead) };
}

function markedText(diagram: Diagram, diff: DesignDiff, design: Design, isHead: boolean): string {
    const drawn = new Set(diagram.nodes.filter((node) => node.kind === 'component').map((node) => node.name));
    const lines = [diagram.text.trimEnd()];
    const marked = (names: readonly string[]): string[] => names.filter((name) => drawn.has(name)).map((name) => `n_${name}`);
    if (!isHead) {
        lines.push(...classLines('removed', REMOVED, marked(design.components.map((component) => component.name))));
        return `${lines.join('\n')}\n`;
    }
    lines.push(...classLines('added', ADDED, marked(diff.components.added.map((component) => component.name))));
    lines.push(...classLines('changed', CHANGED, marked([...diff.components.changed.map((component) => component.name), ...diff.components.renamed.map((rename) => rename.to)])));
    lines.push(...linkStyles(diagram.edges, diff));
    lines.push(...removedElements(diff, drawn, diagram.edges.length));
    return `${lines.join('\n')}\n`;
}

function classLines(name: string, style: string, ids: readonly string[]): string[] {
    return ids.length === 0 ? [] : [`  classDef ${name} ${style}`, `  class ${ids.join(',')} ${name}`];
}

/** Added and changed connections, by the index of the edge drawing them. */
function linkStyles(edges: Diagram['edges'], diff: DesignDiff): string[] {
    const added = new Set(diff.connections.added.map((connection) => connection.id));
    const changed = new Set(diff.connections.changed.map((connection) => connection.id));
    const styleOf = (connections: readonly string[]): string | undefined =>
        connections.some((id) => added.has(id)) ? LINK_ADDED : connections.some((id) => changed.has(id)) ? LINK_CHANGED : undefined;
    return edges.flatMap((edge) => {
        const style = styleOf(edge.connections);
        return style ? [`  linkStyle ${edge.index} ${style}`] : [];
    });
}

/**
 * Removed components as dashed nodes, and removed connections as dashed
 * edges between whatever ends are drawn (a removed end is drawn as removed).
 */
function removedElements(diff: DesignDiff, drawn: ReadonlySet<string>, firstEdge: number): string[] {
    const lines: string[] = [];
    const removedIds: string[] = [];
    for (const component of diff.components.removed) {
        const id = `r_${component.name}`;
        lines.push(`  ${id}["${escapeLabelText(component.name)}<br/>${component.kind} · removed"]`);
        removedIds.push(id);
    }
    const removedNames = new Set(diff.components.removed.map((component) => component.name));
    const renamed = new Map(diff.components.renamed.map((rename) => [rename.from, rename.to]));
    const endId = (name: string): string | undefined => {
        const now = renamed.get(name) ?? name;
        return removedNames.has(name) ? `r_${name}` : drawn.has(now) ? `n_${now}` : undefined;
    };
    let index = firstEdge;
    for (const connection of diff.connections.removed) {
        const from = endId(connection.source);
        const to = endId(connection.target);
        if (from && to) {
            lines.push(`  ${from} -. removed .-> ${to}`, `  linkStyle ${index} ${LINK_REMOVED}`);
            index++;
        }
    }
    return [...lines, ...classLines('removed', REMOVED, removedIds)];
}
