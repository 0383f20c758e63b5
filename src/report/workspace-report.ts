/** The report of every design read: one review per design, in name order. */
import type { Design } from '../model/design.js';
import type { Finding } from '../model/finding.js';
import type { DesignEstimates } from '../estimates/estimate-design.js';
import { reviewAssumptions } from './assumptions-section.js';
import { designReport } from './design-report.js';
import { estimatesSection } from './estimates-section.js';

export interface WorkspaceReportInput {
    readonly designs: readonly Design[];
    readonly findings: readonly Finding[];
    readonly cwd: string;
    readonly version: string;
    /** The estimates of a design, with the settings of its configuration. */
    readonly estimatesOf: (design: Design) => DesignEstimates;
}

export function workspaceReport(input: WorkspaceReportInput): string {
    const designs = [...input.designs].sort((a, b) => a.name.localeCompare(b.name));
    if (designs.length === 0) {
        return '# Design review\n\nNo `architecture` block was found.\n';
    }
    return designs.map((design) => {
        const findings = input.findings.filter((finding) => finding.design === design.name);
        const estimates = input.estimatesOf(design);
        return designReport({
            design,
            findings,
            cwd: input.cwd,
            version: input.version,
            estimates: estimatesSection(estimates),
            assumptions: reviewAssumptions(design, findings, estimates)
        });
    }).join('\n---\n\n');
}
