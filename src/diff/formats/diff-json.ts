/**
 * The JSON format of `archlens diff`, valid against
 * `schemas/diff.schema.json`: the two sides as named, a summary, each design
 * with its model diff, moved estimates and marked Mermaid diagram, and the
 * findings introduced, fixed and remaining with their fingerprints.
 */
import type { Finding, Severity } from '../../model/finding.js';
import { fingerprintOf } from '../../model/fingerprint.js';
import { SEVERITIES } from '../../model/finding.js';
import { terminalLines } from '../../util/escape/terminal.js';
import type { ChangeReview, ChangeSide, ChangeSideName, DesignChange } from '../change-review.js';
import type { EstimateMove } from '../estimates-diff.js';
import type { RemainingFinding } from '../findings-diff.js';
import type { DesignDiff } from '../model-diff.js';

export interface DiffJsonFinding {
    readonly rule: string;
    readonly severity: Severity;
    readonly message: string;
    readonly file: string;
    readonly line: number;
    readonly column: number;
    readonly design?: string;
    readonly element?: string;
    readonly fingerprint: string;
    /** For a remaining finding matched through a rename or a wider or narrower decision: how, and the element it was about. */
    readonly matched?: 'renamed' | 'scope';
    readonly was?: string;
}

export interface DiffJsonDesign extends Pick<DesignDiff, 'design' | 'components' | 'connections' | 'settings'> {
    /** `unparsed` when a side has syntax errors: then the lists are empty and `unparsed` names the sides. */
    readonly status: DesignDiff['status'] | 'unparsed';
    readonly unparsed?: readonly ChangeSideName[];
    readonly estimates: readonly EstimateMove[];
    readonly mermaid: string;
}

export interface DiffJson {
    readonly version: 1;
    readonly base: string;
    readonly head: string;
    readonly summary: DiffSummary;
    readonly designs: readonly DiffJsonDesign[];
    readonly findings: {
        readonly introduced: readonly DiffJsonFinding[];
        readonly fixed: readonly DiffJsonFinding[];
        readonly remaining: readonly DiffJsonFinding[];
    };
}

export interface DiffSummary {
    readonly designs: { readonly added: number; readonly removed: number; readonly changed: number; readonly unchanged: number; readonly unparsed: number };
    readonly components: { readonly added: number; readonly removed: number; readonly renamed: number; readonly changed: number };
    readonly connections: { readonly added: number; readonly removed: number; readonly changed: number };
    readonly estimates: { readonly moved: number; readonly worse: number };
    readonly findings: { readonly introduced: number; readonly fixed: number; readonly remaining: number };
    /** Introduced findings per severity: what `--fail-on` weighs. */
    readonly introduced: Readonly<Record<Severity, number>>;
}

export function toDiffJson(review: ChangeReview): DiffJson {
    const { findings } = review;
    return {
        version: 1,
        base: review.base.label,
        head: review.head.label,
        summary: summarize(review),
        designs: review.designs.map(toJsonDesign),
        findings: {
            introduced: findings.introduced.map((finding) => toJsonFinding(finding, review.head.show)),
            fixed: findings.fixed.map((finding) => toJsonFinding(finding, review.base.show)),
            remaining: findings.remaining.map((remaining) => toJsonRemaining(remaining, review.head.show))
        }
    };
}

export function formatDiffJson(review: ChangeReview): string {
    return terminalLines(`${JSON.stringify(toDiffJson(review), undefined, 2)}\n`);
}

export function summarize(review: ChangeReview): DiffSummary {
    const diffs = review.designs.map((change) => change.diff);
    const total = (count: (diff: DesignDiff) => number): number => diffs.reduce((sum, diff) => sum + count(diff), 0);
    const moves = review.designs.flatMap((change) => change.estimates);
    const compared = review.designs.filter((change) => change.unparsed.length === 0).map((change) => change.diff);
    const statuses = (status: DesignDiff['status']): number => compared.filter((diff) => diff.status === status).length;
    return {
        designs: { added: statuses('added'), removed: statuses('removed'), changed: statuses('changed'), unchanged: statuses('unchanged'), unparsed: diffs.length - compared.length },
        components: {
            added: total((diff) => diff.components.added.length),
            removed: total((diff) => diff.components.removed.length),
            renamed: total((diff) => diff.components.renamed.length),
            changed: total((diff) => diff.components.changed.length)
        },
        connections: {
            added: total((diff) => diff.connections.added.length),
            removed: total((diff) => diff.connections.removed.length),
            changed: total((diff) => diff.connections.changed.length)
        },
        estimates: { moved: moves.length, worse: moves.filter((move) => move.worse).length },
        findings: { introduced: review.findings.introduced.length, fixed: review.findings.fixed.length, remaining: review.findings.remaining.length },
        introduced: Object.fromEntries(SEVERITIES.map((severity) => [severity, review.findings.introduced.filter((finding) => finding.severity === severity).length])) as Record<Severity, number>
    };
}

function toJsonDesign(change: DesignChange): DiffJsonDesign {
    const { design, status, components, connections, settings } = change.diff;
    if (change.unparsed.length > 0) {
        return { design, status: 'unparsed', unparsed: change.unparsed, components, connections, settings, estimates: [], mermaid: '' };
    }
    return { design, status, components, connections, settings, estimates: change.estimates, mermaid: change.mermaid };
}

/** A finding as the diff lists it, its file shown as `show` says (each side maps its own files). */
export function toJsonFinding(finding: Finding, show: ChangeSide['show']): DiffJsonFinding {
    return {
        rule: finding.rule,
        severity: finding.severity,
        message: finding.message,
        file: show(finding.uri),
        line: finding.range.start.line + 1,
        column: finding.range.start.character + 1,
        ...(finding.design !== undefined ? { design: finding.design } : {}),
        ...(finding.element !== undefined ? { element: finding.element } : {}),
        fingerprint: fingerprintOf(finding)
    };
}

function toJsonRemaining(remaining: RemainingFinding, show: ChangeSide['show']): DiffJsonFinding {
    return {
        ...toJsonFinding(remaining.finding, show),
        ...(remaining.matched !== undefined ? { matched: remaining.matched } : {}),
        ...(remaining.was !== undefined ? { was: remaining.was } : {})
    };
}
