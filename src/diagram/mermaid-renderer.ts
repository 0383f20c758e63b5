/**
 * Writes a view of a design as a Mermaid flowchart: groups as subgraphs
 * (networks dashed, public ones red, private ones green), shapes by kind,
 * labels with the facts a reviewer scans for, synchronous edges solid and
 * asynchronous ones dashed, and, when asked, the review drawn on it (nodes
 * and edges coloured by their worst finding; a finding about one decision
 * also marks every element it lists as related, as if reported on each, but
 * is listed once wherever several of them meet). The same design always
 * gives the same text.
 */
import type { Component, Connection, Design, Group, SourceLocation } from '../model/design.js';
import type { Finding, Severity } from '../model/finding.js';
import { severityRank } from '../model/finding.js';
import { isStated } from '../model/property-bag.js';
import { REPLICAS_MANY } from '../model/component-facts.js';
import type { Diagram, DiagramEdge, DiagramFinding, DiagramNode, Direction, SourcePlace } from './diagram-types.js';
import type { ViewBox, ViewEdge, ViewGraph, ViewItem } from './diagram-view.js';
import { escapeLabelText } from '../util/escape/mermaid.js';
import { KIND_SHAPES } from './node-shapes.js';
import { appendAll } from '../util/large-arrays.js';

export interface RenderOptions {
    readonly direction: Direction;
    readonly findings: readonly Finding[];
    /** Colour nodes and edges by their findings. */
    readonly overlay: boolean;
    /** Write each edge's protocol and label (or its count of connections). */
    readonly edgeLabels: boolean;
}

const SEVERITY_STYLE: Readonly<Record<Severity, string>> = {
    error: 'fill:#fde7e9,stroke:#e51400,stroke-width:3px,color:#1e1e1e',
    warning: 'fill:#fff4ce,stroke:#bf8803,stroke-width:3px,color:#1e1e1e',
    info: 'stroke:#1a85ff,stroke-width:2px',
    hint: 'stroke:#888888,stroke-width:1px'
};

const EDGE_SEVERITY_STYLE: Readonly<Record<Severity, string>> = {
    error: 'stroke:#e51400,stroke-width:3px',
    warning: 'stroke:#bf8803,stroke-width:3px',
    info: 'stroke:#1a85ff,stroke-width:2px',
    hint: 'stroke:#888888'
};

export function renderMermaid(view: ViewGraph, design: Design, options: RenderOptions): Omit<Diagram, 'groups' | 'components' | 'connections'> {
    return new Writer(design, options).write(view);
}

class Writer {
    private readonly lines: string[] = [];
    private readonly nodes: DiagramNode[] = [];
    private readonly edges: DiagramEdge[] = [];
    private readonly findingsByElement = new Map<string, DiagramFinding[]>();
    private readonly classes = new Map<string, string[]>();
    private readonly linkStyles: string[] = [];

    constructor(private readonly design: Design, private readonly options: RenderOptions) {
        for (const finding of options.findings) {
            if (finding.suppressed || finding.design !== design.name) {
                continue;
            }
            const shown: DiagramFinding = { rule: finding.rule, severity: finding.severity, message: finding.message };
            if (finding.element) {
                this.attach(finding.element, shown);
            }
            const covered = coveredElements(finding);
            if (covered.length > 0) {
                const onCovered: DiagramFinding = { ...shown, covers: { ...(finding.element ? { reportedOn: finding.element } : {}), count: covered.length } };
                covered.forEach((element) => this.attach(element, onCovered));
            }
        }
    }

    private attach(element: string, finding: DiagramFinding): void {
        const list = this.findingsByElement.get(element) ?? [];
        list.push(finding);
        this.findingsByElement.set(element, list);
    }

    write(view: ViewGraph): Omit<Diagram, 'groups' | 'components' | 'connections'> {
        this.lines.push(`flowchart ${this.options.direction}`);
        view.root.items.forEach((item) => this.item(item, '  '));
        view.root.boxes.forEach((box) => this.box(box, '  '));
        view.edges.forEach((edge) => this.edge(edge));
        this.styles();
        return { text: `${this.lines.join('\n')}\n`, view: view.view, nodes: this.nodes, edges: this.edges, note: view.note };
    }

    /**
     * A group; one that holds nothing but one group (a system that is one
     * network) is drawn as one box named for both, with the findings of
     * both: a box in a box says nothing more, and each nesting level costs
     * Mermaid a layout of its own.
     */
    private box(box: ViewBox, indent: string, outer: readonly Group[] = []): void {
        const [only] = box.boxes;
        if (box.items.length === 0 && box.boxes.length === 1 && only) {
            return this.box(only, indent, [...outer, box.group]);
        }
        const label = [...outer, box.group].map(groupLabel).join(' › ');
        this.lines.push(`${indent}subgraph ${box.id}["${label}"]`);
        box.items.forEach((item) => this.item(item, `${indent}  `));
        box.boxes.forEach((child) => this.box(child, `${indent}  `));
        this.lines.push(`${indent}end`);
        this.addClass(box.id, groupClass(box.group));
        const findings = onceEach([...outer, box.group].flatMap((group) => this.findingsOf(group.name)));
        this.nodes.push({ id: box.id, kind: 'group', name: box.group.name, place: placeOf(box.group), findings });
    }

    private item(item: ViewItem, indent: string): void {
        switch (item.type) {
            case 'component':
                return this.component(item.id, item.component, indent);
            case 'collapsed':
                this.node(item.id, 'st-rect', `<b>${escapeLabelText(item.group.title ?? item.group.name)}</b><br/>${item.group.kind} · ${item.components} components`, indent);
                this.addClass(item.id, groupClass(item.group));
                return this.register({ id: item.id, kind: 'group', name: item.group.name, place: placeOf(item.group), findings: [], groupKey: item.key });
            case 'cluster':
                this.node(item.id, 'st-rect', `${item.components} × ${item.kind}`, indent);
                return this.register({ id: item.id, kind: 'group', name: item.kind, findings: [] });
            case 'bucket': {
                const first = item.groups[0];
                const last = item.groups[item.groups.length - 1];
                const names = `${escapeLabelText(first?.name ?? '')} … ${escapeLabelText(last?.name ?? '')}`;
                this.node(item.id, 'st-rect', `<b>${item.groups.length} groups</b><br/>${names}<br/>${item.components} components`, indent);
                return this.register({ id: item.id, kind: 'group', name: `${first?.name ?? ''}…${last?.name ?? ''}`, findings: [] });
            }
            case 'transaction': {
                const { transaction } = item;
                const facts = [transaction.properties.string('protocol'), transaction.properties.string('consistency')].filter((fact): fact is string => fact !== undefined).map(escapeLabelText);
                this.node(item.id, 'notch-rect', [`transaction <b>${escapeLabelText(transaction.name)}</b>`, facts.join(' · ')].filter((line) => line).join('<br/>'), indent);
                this.addClass(item.id, 'transaction');
                return this.register({ id: item.id, kind: 'transaction', name: transaction.name, place: placeOf(transaction), findings: this.findingsOf(transaction.name) });
            }
        }
    }

    private component(id: string, component: Component, indent: string): void {
        const shape = KIND_SHAPES[component.kind];
        this.node(id, shape.shape, componentLabel(component, this.design), indent);
        if (shape.dashed || component.foreign) {
            this.addClass(id, 'dashed');
        }
        const name = component.foreign ? `${component.design}.${component.name}` : component.name;
        this.register({ id, kind: 'component', name, place: component.foreign ? undefined : placeOf(component), findings: this.findingsOf(name) });
    }

    private node(id: string, shape: string, label: string, indent: string): void {
        this.lines.push(`${indent}${id}@{ shape: ${shape}, label: "${label}" }`);
    }

    private register(node: DiagramNode): void {
        this.nodes.push(node);
        const worst = worstOf(node.findings);
        if (worst && this.options.overlay) {
            this.addClass(node.id, `sev_${worst}`);
        }
    }

    private edge(edge: ViewEdge): void {
        const index = this.edges.length;
        const first = edge.connections[0];
        const arrow = edge.writes ? '-.-' : first?.mode === 'async' ? '-.->' : '-->';
        const label = !this.options.edgeLabels ? '' : edge.writes ? 'writes' : edgeLabel(edge.connections);
        this.lines.push(`  ${edge.from} ${arrow}${label ? `|"${label}"|` : ''} ${edge.to}`);
        const findings = onceEach(edge.connections.flatMap((connection) => this.findingsOf(connection.id)));
        this.edges.push({ index, from: edge.from, to: edge.to, connections: edge.connections.map((connection) => connection.id), findings });
        const worst = worstOf(findings);
        if (worst && this.options.overlay) {
            this.linkStyles.push(`  linkStyle ${index} ${EDGE_SEVERITY_STYLE[worst]}`);
        }
    }

    private styles(): void {
        this.lines.push(
            '  classDef dashed stroke-dasharray:5 4',
            '  classDef transaction stroke-dasharray:2 2,font-size:12px',
            '  classDef system stroke-width:1px',
            '  classDef networkPrivate stroke:#2e8b57,stroke-width:2px,stroke-dasharray:8 4',
            '  classDef networkPublic stroke:#d9534f,stroke-width:2px,stroke-dasharray:8 4'
        );
        for (const severity of ['error', 'warning', 'info', 'hint'] as const) {
            this.lines.push(`  classDef sev_${severity} ${SEVERITY_STYLE[severity]}`);
        }
        for (const [name, ids] of [...this.classes].sort(([a], [b]) => a.localeCompare(b))) {
            this.lines.push(`  class ${ids.join(',')} ${name}`);
        }
        appendAll(this.lines, this.linkStyles);
    }

    private addClass(id: string, name: string): void {
        const ids = this.classes.get(name) ?? [];
        ids.push(id);
        this.classes.set(name, ids);
    }

    private findingsOf(element: string): DiagramFinding[] {
        return this.findingsByElement.get(element) ?? [];
    }
}

function componentLabel(component: Component, design: Design): string {
    const name = component.design === design.name ? component.name : `${component.design}.${component.name}`;
    const lines = [`<b>${escapeLabelText(name)}</b>`];
    if (component.title) {
        lines.push(escapeLabelText(component.title));
    }
    const facts = factsOf(component);
    if (facts.length > 0) {
        lines.push(facts.join(' · '));
    }
    return lines.join('<br/>');
}

/** Engine, instances and zones: what a reviewer scans a box for. */
function factsOf(component: Component): string[] {
    const facts: string[] = [escapeLabelText(component.engine?.title ?? component.engine?.id ?? component.kind)];
    const autoscale = component.properties.block('autoscale');
    const replicas = isStated(component.properties.entry('replicas')) ? component.properties.get('replicas') : undefined;
    if (autoscale && typeof autoscale.min === 'number' && typeof autoscale.max === 'number') {
        facts.push(`×${autoscale.min}–${autoscale.max}`);
    } else if (replicas === REPLICAS_MANY) {
        facts.push('×many');
    } else if (typeof replicas === 'number' && replicas > 1) {
        facts.push(`×${replicas}`);
    }
    const zones = component.properties.number('zones');
    if (zones !== undefined && zones > 1) {
        facts.push(`${zones} zones`);
    }
    return facts;
}

function edgeLabel(connections: readonly Connection[]): string {
    if (connections.length > 1) {
        return `${connections.length} connections`;
    }
    const connection = connections[0];
    if (!connection) {
        return '';
    }
    const parts = [connection.protocol ? escapeLabelText(connection.protocol) : '', connection.label ? escapeLabelText(connection.label) : ''].filter((part) => part);
    const text = parts.join(' · ');
    return connection.encrypted ? `🔒 ${text}`.trim() : text;
}

function groupLabel(group: Group): string {
    const kind = group.kind === 'network' ? `network · ${group.exposure ?? 'private'}` : 'system';
    return `${escapeLabelText(group.title ?? group.name)} (${kind})`;
}

function groupClass(group: Group): string {
    if (group.kind === 'system') {
        return 'system';
    }
    return group.exposure === 'public' ? 'networkPublic' : 'networkPrivate';
}

function placeOf(element: { readonly location: SourceLocation }): SourcePlace {
    return { uri: element.location.uri, range: element.location.nameRange, extent: element.location.range };
}

/** The elements a finding lists as related (each once, its own element left out): for one decision, those it settles. */
function coveredElements(finding: Finding): string[] {
    const elements = (finding.related ?? []).map((related) => related.element).filter((element): element is string => element !== undefined && element !== finding.element);
    return [...new Set(elements)];
}

/** A finding once, where the elements drawn as one node or edge share it (the connections of one edge, a box for two groups). */
function onceEach(findings: readonly DiagramFinding[]): DiagramFinding[] {
    return [...new Set(findings)];
}

function worstOf(findings: readonly DiagramFinding[]): Severity | undefined {
    return findings.reduce<Severity | undefined>((worst, finding) => (!worst || severityRank(finding.severity) > severityRank(worst) ? finding.severity : worst), undefined);
}
