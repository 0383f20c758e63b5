/**
 * What a change does to the designs (pr-review.md, "archlens diff"): per
 * design, the model diff, the estimates that moved and the marked diagram;
 * across designs, the findings introduced, fixed and remaining. Built from
 * two analyses (files, folders or git refs read the same way), so the
 * review of each side is exactly what `archlens check` says of it.
 */
import type { Design } from '../model/design.js';
import { type Finding, SYNTAX_RULE } from '../model/finding.js';
import type { Analysis } from '../batch/analyze.js';
import { diffDiagram } from './diff-diagram.js';
import { type EstimateMove, estimateMoves } from './estimates-diff.js';
import { type DesignRenames, diffFindings, type FindingsDiff } from './findings-diff.js';
import { type DesignDiff, diffDesigns, renameMap } from './model-diff.js';

export interface ChangeSide {
    /** How the side was named: a path, or `git:main`. */
    readonly label: string;
    readonly analysis: Analysis;
    /** A finding's file as the output shows it (relative to the working folder, or to the repository for a git ref). */
    readonly show: (uri: string) => string;
}

export type ChangeSideName = 'base' | 'head';

export interface DesignChange {
    /** Empty of components, connections and settings when the design is unparsed on a side. */
    readonly diff: DesignDiff;
    readonly estimates: readonly EstimateMove[];
    /** The head design's diagram with the change marked (the base's, all removed, for a removed design). */
    readonly mermaid: string;
    /**
     * The sides on which the design does not parse. A design with syntax
     * errors is read only in part, so comparing it would report as removed
     * whatever the parser skipped: it is not compared, and only its syntax
     * findings take part in the findings diff.
     */
    readonly unparsed: readonly ChangeSideName[];
}

export interface ChangeReview {
    readonly base: ChangeSide;
    readonly head: ChangeSide;
    /** Every design on either side, changed or not, by name. */
    readonly designs: readonly DesignChange[];
    readonly findings: FindingsDiff;
}

export function reviewChange(base: ChangeSide, head: ChangeSide): ChangeReview {
    const diffs = diffDesigns(base.analysis.designs, head.analysis.designs);
    const renames: DesignRenames = new Map(diffs.map((diff) => [diff.design, renameMap(diff)]));
    const unparsed = { base: unparsedDesigns(base.analysis), head: unparsedDesigns(head.analysis) };
    const sidesUnparsed = (design: string): ChangeSideName[] => (['base', 'head'] as const).filter((side) => unparsed[side](design));
    const compared = (finding: Finding): boolean => finding.rule === SYNTAX_RULE || !finding.design || sidesUnparsed(finding.design).length === 0;
    return {
        base,
        head,
        designs: diffs.map((diff) => designChange(diff, renames.get(diff.design) ?? new Map(), sidesUnparsed(diff.design), base.analysis, head.analysis)),
        findings: diffFindings(reviewed(base.analysis).filter(compared), reviewed(head.analysis).filter(compared), renames)
    };
}

function designChange(diff: DesignDiff, renamed: ReadonlyMap<string, string>, unparsed: readonly ChangeSideName[], base: Analysis, head: Analysis): DesignChange {
    if (unparsed.length > 0) {
        return { diff: { ...diff, components: { added: [], removed: [], renamed: [], changed: [] }, connections: { added: [], removed: [], changed: [] }, settings: [] }, estimates: [], mermaid: '', unparsed };
    }
    const before = designNamed(base, diff.design);
    const after = designNamed(head, diff.design);
    const estimates = estimateMoves(before && base.services.design.EstimateService.estimatesFor(before), after && head.services.design.EstimateService.estimatesFor(after), renamed);
    return { diff, estimates, mermaid: diffDiagram(diff, after, before), unparsed };
}

/**
 * Whether a design does not parse on a side: a syntax error was reported in
 * it, or a syntax error hides a design's name (a broken header) and the
 * design is missing from the side, where it may be the file that broke.
 */
function unparsedDesigns(analysis: Analysis): (design: string) => boolean {
    const errors = analysis.findings.filter((finding) => finding.rule === SYNTAX_RULE);
    const named = new Set(errors.flatMap((finding) => (finding.design ? [finding.design] : [])));
    const nameless = errors.some((finding) => !finding.design);
    return (design) => named.has(design) || (nameless && designNamed(analysis, design) === undefined);
}

function designNamed(analysis: Analysis, name: string): Design | undefined {
    return analysis.designs.find((design) => design.name === name);
}

/** The findings that count: not accepted in the source. */
function reviewed(analysis: Analysis): Finding[] {
    return analysis.findings.filter((finding) => !finding.suppressed);
}

/** Whether a design is worth a section: changed, moved, or not compared. */
export function isShown(change: DesignChange): boolean {
    return change.diff.status !== 'unchanged' || change.estimates.length > 0 || change.unparsed.length > 0;
}
