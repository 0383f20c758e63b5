/**
 * What each design gives besides diagnostics: its estimates, its diagram in
 * every view (full, auto, collapsed, each group expanded, focused on
 * components, both directions, with the review drawn on it) and the report.
 */
import type { ArchServices } from '../../../src/language/arch-module.js';
import { generateDiagram } from '../../../src/diagram/generate-diagram.js';
import type { DiagramViewRequest } from '../../../src/diagram/diagram-types.js';
import { groupKey } from '../../../src/diagram/diagram-view.js';
import type { Design } from '../../../src/model/design.js';
import type { Finding } from '../../../src/model/finding.js';
import { workspaceReport } from '../../../src/report/workspace-report.js';
import { mermaidInjections } from './mermaid-payloads.js';

/** Views asked per design are capped: a design with thousands of components would take minutes. */
const FOCUSED_COMPONENTS = 4;
const EXPANDED_GROUPS = 4;

export function designOutputProblems(services: ArchServices, designs: readonly Design[], findings: readonly Finding[]): string[] {
    const estimatesOf = (design: Design) => services.design.EstimateService.estimatesFor(design);
    const problems: string[] = [];
    for (const design of designs) {
        estimatesOf(design);
        for (const view of viewsOf(design)) {
            for (const direction of ['LR', 'TB'] as const) {
                const diagram = generateDiagram(design, { view, direction, findings, maxNodes: 20, maxEdges: 40 });
                problems.push(...mermaidInjections(diagram.text).map((problem) => `${design.name}, ${JSON.stringify(view)}: ${problem}`));
            }
        }
    }
    const report = workspaceReport({ designs, findings, estimatesOf, cwd: '/workspace', version: '0.0.0' });
    if (!report.startsWith('# ')) {
        problems.push(`the report does not start with a heading: ${report.slice(0, 100)}`);
    }
    return problems;
}

function viewsOf(design: Design): DiagramViewRequest[] {
    const groups = design.groups.slice(0, EXPANDED_GROUPS).map((group) => groupKey(group, design));
    return [
        { kind: 'auto' },
        { kind: 'full' },
        { kind: 'collapsed' },
        ...groups.map((expanded): DiagramViewRequest => ({ kind: 'collapsed', expanded })),
        ...design.components.slice(0, FOCUSED_COMPONENTS).map((component): DiagramViewRequest => ({ kind: 'focus', component: component.name })),
        { kind: 'focus', component: 'NoSuchComponent' }
    ];
}
