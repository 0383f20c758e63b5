/**
 * Draws the review on the rendered diagram: each node and edge with findings
 * gets a class for its worst severity (styled in media/preview.css with the
 * theme's error, warning and info colours), and every node and edge a
 * tooltip naming it and, with the overlay on, listing its findings. Design
 * text only ever goes in through `textContent` and attribute values.
 */
import type { Diagram, DiagramEdge, DiagramFinding, DiagramNode } from '../diagram/diagram-types.js';
import type { SvgIndex } from './svg-index.js';

type Severity = DiagramFinding['severity'];

const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info', 'hint'];
export const SEVERITY_CLASSES: readonly string[] = SEVERITIES.map(severityClass);
/** Marks a node the extension may reveal (value: its diagram id). */
export const NODE_ATTRIBUTE = 'data-archlens-node';
/** Marks a collapsed group (value: its group key). */
export const GROUP_ATTRIBUTE = 'data-archlens-group';

export function severityClass(severity: Severity): string {
    return `archlens-sev-${severity}`;
}

export function worstSeverity(findings: readonly DiagramFinding[]): Severity | undefined {
    return SEVERITIES.find((severity) => findings.some((finding) => finding.severity === severity));
}

/** Marks nodes as clickable and adds the tooltips and severity classes. */
export function decorate(index: SvgIndex, diagram: Diagram, overlay: boolean): void {
    for (const node of diagram.nodes) {
        const element = index.nodes.get(node.id);
        if (element) {
            markNode(element, node);
            styleElement(element, node.findings, overlay, nodeTooltip(node, diagram, overlay));
        }
    }
    for (const edge of diagram.edges) {
        for (const element of index.edges.get(edge.index)?.elements ?? []) {
            styleElement(element, edge.findings, overlay, edgeTooltip(edge, overlay));
        }
    }
}

function markNode(element: SVGGElement, node: DiagramNode): void {
    // A subgraph is revealed from its title only: a click on its background is usually the start of a drag.
    const target = element.classList.contains('cluster') ? element.querySelector('.cluster-label') ?? element : element;
    if (node.place) {
        target.setAttribute(NODE_ATTRIBUTE, node.id);
        target.setAttribute('tabindex', '0');
        target.setAttribute('role', 'button');
        target.setAttribute('aria-label', `${node.kind} ${node.name}`);
    }
    if (node.groupKey) {
        element.setAttribute(GROUP_ATTRIBUTE, node.groupKey);
    }
}

function styleElement(element: Element, findings: readonly DiagramFinding[], overlay: boolean, tooltip: string): void {
    element.classList.remove(...SEVERITY_CLASSES);
    const worst = overlay ? worstSeverity(findings) : undefined;
    if (worst) {
        element.classList.add(severityClass(worst));
    }
    setTooltip(element, tooltip);
}

/** An SVG `<title>` (the browser's tooltip) and the same text on HTML labels inside, which do not inherit it. */
function setTooltip(element: Element, text: string): void {
    let title = [...element.children].find((child) => child.localName === 'title');
    if (!title) {
        title = document.createElementNS('http://www.w3.org/2000/svg', 'title');
        element.prepend(title);
    }
    title.textContent = text;
    element.querySelectorAll('foreignObject > div').forEach((label) => label.setAttribute('title', text));
}

export function nodeTooltip(node: DiagramNode, diagram: Diagram, overlay: boolean): string {
    const group = node.groupKey ? diagram.groups.find((candidate) => candidate.key === node.groupKey) : undefined;
    const lines = [`${node.kind} ${node.name}`];
    if (group) {
        lines.push(`${group.components} components: double-click to expand`);
    }
    return [...lines, ...findingLines(node.findings, overlay)].join('\n');
}

export function edgeTooltip(edge: DiagramEdge, overlay: boolean): string {
    const shown = edge.connections.slice(0, 8);
    const more = edge.connections.length - shown.length;
    const names = shown.length > 0 ? shown.join(', ') + (more > 0 ? ` and ${more} more` : '') : `${edge.from} → ${edge.to}`;
    return [names, ...findingLines(edge.findings, overlay)].join('\n');
}

function findingLines(findings: readonly DiagramFinding[], overlay: boolean): string[] {
    if (!overlay || findings.length === 0) {
        return [];
    }
    const sorted = [...findings].sort((a, b) => SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity));
    return sorted.map((finding) => `${finding.severity}: ${finding.message} (${finding.rule})${finding.covers ? ` [one finding for ${finding.covers.count} elements${finding.covers.reportedOn ? `, on ${finding.covers.reportedOn}` : ''}]` : ''}`);
}
