/**
 * What a diagram shows, before it is written as Mermaid: the whole design,
 * a collapsed overview (top-level groups as single nodes), or one component
 * and its neighbours. Mermaid lays out a few hundred nodes in about a second
 * and slows down steeply past that (docs/preview.md has the measurements),
 * so large designs start collapsed.
 */
import type { Component, Connection, Design, Group, Transaction } from '../model/design.js';
import { indexOf } from '../model/design-index.js';
import type { DiagramViewRequest } from './diagram-types.js';
import { appendAll } from '../util/large-arrays.js';

/** The largest design drawn in full by default. */
export const DEFAULT_MAX_NODES = 150;
export const DEFAULT_MAX_EDGES = 300;

export type ViewItem =
    | { readonly type: 'component'; readonly id: string; readonly component: Component }
    | { readonly type: 'collapsed'; readonly id: string; readonly group: Group; readonly key: string; readonly components: number }
    | { readonly type: 'cluster'; readonly id: string; readonly kind: Component['kind']; readonly components: number }
    | { readonly type: 'bucket'; readonly id: string; readonly groups: readonly Group[]; readonly components: number }
    | { readonly type: 'transaction'; readonly id: string; readonly transaction: Transaction };

export interface ViewBox {
    readonly group: Group;
    readonly id: string;
    readonly boxes: ViewBox[];
    readonly items: ViewItem[];
}

export interface ViewEdge {
    readonly from: string;
    readonly to: string;
    readonly connections: readonly Connection[];
    /** A dotted line from a transaction to a store it writes. */
    readonly writes?: boolean;
}

export interface ViewGraph {
    readonly view: 'full' | 'collapsed' | 'focus';
    readonly root: { readonly boxes: ViewBox[]; readonly items: ViewItem[] };
    readonly edges: readonly ViewEdge[];
    readonly note?: string;
}

export interface ViewLimits {
    readonly maxNodes: number;
    readonly maxEdges: number;
}

export function componentId(component: Component, design: Design): string {
    return component.design === design.name ? `n_${component.name}` : `x_${component.design}_${component.name}`;
}

export function groupKey(group: Group, design: Design): string {
    return `g${design.groups.indexOf(group)}`;
}

export function buildView(design: Design, request: DiagramViewRequest, limits: ViewLimits): ViewGraph {
    switch (request.kind) {
        case 'full':
            return fullView(design);
        case 'collapsed':
            return collapsedView(design, request.expanded, limits);
        case 'focus':
            return focusView(design, request.component);
        case 'auto':
            return design.components.length <= limits.maxNodes && design.connections.length <= limits.maxEdges
                ? fullView(design)
                : collapsedView(design, undefined, limits, `The design has ${design.components.length} components and ${design.connections.length} connections: groups are collapsed (expand one, or focus on a component).`);
    }
}

/** Places components (and transactions) in the boxes of their groups. */
class BoxTree {
    readonly root: { boxes: ViewBox[]; items: ViewItem[] } = { boxes: [], items: [] };
    private readonly boxes = new Map<Group, ViewBox>();

    constructor(private readonly design: Design) {}

    place(item: ViewItem, group: Group | undefined): void {
        (group ? this.box(group).items : this.root.items).push(item);
    }

    private box(group: Group): ViewBox {
        let box = this.boxes.get(group);
        if (!box) {
            box = { group, id: groupKey(group, this.design), boxes: [], items: [] };
            this.boxes.set(group, box);
            (group.parent ? this.box(group.parent).boxes : this.root.boxes).push(box);
        }
        return box;
    }
}

function fullView(design: Design): ViewGraph {
    const tree = new BoxTree(design);
    const shown = new Set<Component>();
    for (const component of design.components) {
        tree.place({ type: 'component', id: componentId(component, design), component }, component.group);
        shown.add(component);
    }
    placeForeignEnds(design, design.connections, shown, tree);
    const edges: ViewEdge[] = design.connections.map((connection) => ({ from: componentId(connection.source, design), to: componentId(connection.target, design), connections: [connection] }));
    for (const transaction of design.transactions) {
        const id = `t_${transaction.name}`;
        tree.place({ type: 'transaction', id, transaction }, undefined);
        appendAll(edges, transaction.writes.filter((store) => shown.has(store)).map((store) => ({ from: id, to: componentId(store, design), connections: [], writes: true })));
    }
    return { view: 'full', root: tree.root, edges };
}

/** Components of other designs that connections reach, drawn at the top level. */
function placeForeignEnds(design: Design, connections: readonly Connection[], shown: Set<Component>, tree: BoxTree): void {
    for (const connection of connections) {
        for (const end of [connection.source, connection.target]) {
            if (end.foreign && !shown.has(end)) {
                shown.add(end);
                tree.place({ type: 'component', id: componentId(end, design), component: end }, undefined);
            }
        }
    }
}

function topGroupOf(component: Component): Group | undefined {
    let group = component.group;
    while (group?.parent) {
        group = group.parent;
    }
    return group;
}

function collapsedView(design: Design, expanded: string | undefined, limits: ViewLimits, note?: string): ViewGraph {
    const tree = new BoxTree(design);
    const representative = new Map<Component, string>();
    const collapsedCounts = new Map<Group, number>();
    for (const component of design.components) {
        const top = topGroupOf(component);
        if (top && groupKey(top, design) !== expanded) {
            collapsedCounts.set(top, (collapsedCounts.get(top) ?? 0) + 1);
            representative.set(component, `c_${groupKey(top, design)}`);
        }
    }
    if (collapsedCounts.size > limits.maxNodes / 2) {
        bucketGroups(collapsedCounts, Math.ceil(collapsedCounts.size / Math.max(1, Math.floor(limits.maxNodes / 2))), representative, tree);
    } else {
        for (const [group, count] of collapsedCounts) {
            tree.place({ type: 'collapsed', id: `c_${groupKey(group, design)}`, group, key: groupKey(group, design), components: count }, undefined);
        }
    }
    const loose = design.components.filter((component) => !representative.has(component));
    const ungrouped = loose.filter((component) => !component.group);
    const clusterLoose = collapsedCounts.size + ungrouped.length > limits.maxNodes;
    for (const component of loose) {
        if (clusterLoose && !component.group) {
            representative.set(component, `k_${component.kind}`);
        } else {
            representative.set(component, componentId(component, design));
            tree.place({ type: 'component', id: componentId(component, design), component }, component.group);
        }
    }
    if (clusterLoose) {
        const byKind = new Map<Component['kind'], number>();
        ungrouped.forEach((component) => byKind.set(component.kind, (byKind.get(component.kind) ?? 0) + 1));
        byKind.forEach((components, kind) => tree.place({ type: 'cluster', id: `k_${kind}`, kind, components }, undefined));
    }
    const edges = aggregate(design.connections, (component) => representative.get(component) ?? placeForeign(design, component, representative, tree));
    return { view: 'collapsed', root: tree.root, edges, note };
}

/** Too many groups even collapsed: runs of consecutive groups become one node each. */
function bucketGroups(counts: ReadonlyMap<Group, number>, size: number, representative: Map<Component, string>, tree: BoxTree): void {
    const groups = [...counts.keys()];
    const bucketOf = new Map<Group, string>();
    for (let start = 0; start < groups.length; start += size) {
        const members = groups.slice(start, start + size);
        const id = `b_${start / size}`;
        members.forEach((group) => bucketOf.set(group, id));
        tree.place({ type: 'bucket', id, groups: members, components: members.reduce((sum, group) => sum + (counts.get(group) ?? 0), 0) }, undefined);
    }
    for (const [component, id] of representative) {
        const top = topGroupOf(component);
        const bucket = top ? bucketOf.get(top) : undefined;
        if (bucket && id.startsWith('c_')) {
            representative.set(component, bucket);
        }
    }
}

function placeForeign(design: Design, component: Component, representative: Map<Component, string>, tree: BoxTree): string {
    const id = componentId(component, design);
    representative.set(component, id);
    tree.place({ type: 'component', id, component }, undefined);
    return id;
}

/** One edge per pair of drawn ends (in order of first appearance); a group's connections inside it are not drawn. */
function aggregate(connections: readonly Connection[], endOf: (component: Component) => string): ViewEdge[] {
    const edges = new Map<string, { from: string; to: string; connections: Connection[] }>();
    for (const connection of connections) {
        const from = endOf(connection.source);
        const to = endOf(connection.target);
        if (from === to && /^[cbk]_/.test(from)) {
            continue;
        }
        const key = `${from}|${to}|${connection.mode}`;
        const edge = edges.get(key);
        if (edge) {
            edge.connections.push(connection);
        } else {
            edges.set(key, { from, to, connections: [connection] });
        }
    }
    return [...edges.values()];
}

function focusView(design: Design, name: string): ViewGraph {
    const index = indexOf(design);
    const center = index.component(name);
    if (!center) {
        return { ...fullView({ ...design, components: [], connections: [], transactions: [] }), view: 'focus', note: `There is no component named ${name} in design ${design.name}.` };
    }
    const connections = [...index.outgoing(center), ...index.incoming(center)];
    const tree = new BoxTree(design);
    const shown = new Set<Component>();
    for (const component of [center, ...connections.map((connection) => (connection.source === center ? connection.target : connection.source))]) {
        if (!shown.has(component)) {
            shown.add(component);
            tree.place({ type: 'component', id: componentId(component, design), component }, component.foreign ? undefined : component.group);
        }
    }
    const unique = [...new Set(connections)];
    const edges = unique.map((connection) => ({ from: componentId(connection.source, design), to: componentId(connection.target, design), connections: [connection] }));
    return { view: 'focus', root: tree.root, edges, note: `${center.kind} ${center.name} and the ${shown.size - 1} components it connects to.` };
}
