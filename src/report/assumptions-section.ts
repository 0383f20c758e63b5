/**
 * The report's "Assumptions": every default the review assumed for a design
 * (review-quality principle 3), in one place, grouped by element, each with
 * the property that would replace it and what used it. The findings'
 * assumptions are one source; the estimates' own are the other.
 */
import type { DesignEstimates } from '../estimates/estimate-design.js';
import type { Design } from '../model/design.js';
import type { Assumption, Finding } from '../model/finding.js';
import { table } from '../docs/markdown.js';
import { codeSpan, inlineText } from '../util/escape/markdown.js';

/** An assumption, and what relied on it: a rule id, or `estimates`. */
export interface SourcedAssumption {
    readonly assumption: Assumption;
    readonly usedBy: string;
}

/** One row of the section: an assumption made once, and everything that relied on it. */
export interface ReportAssumption extends Assumption {
    readonly usedBy: readonly string[];
}

/** What the estimates rely on is listed as used by this name. */
export const ESTIMATES_SOURCE = 'estimates';

/** What components with an engine the knowledge base does not know rely on is listed as used by this name. */
export const CATALOGUE_SOURCE = 'engine catalogue';

/** Every assumption the review of a design made, from each source. */
export function reviewAssumptions(design: Design, findings: readonly Finding[], estimates: DesignEstimates): ReportAssumption[] {
    return mergeAssumptions([...assumptionsOfEngines(design), ...assumptionsOfFindings(findings), ...assumptionsOfEstimates(estimates)]);
}

/**
 * Engines the knowledge base does not know: each such component falls back
 * to its kind's defaults. A likely typo is also a finding (data/unknown-engine).
 */
export function assumptionsOfEngines(design: Design): SourcedAssumption[] {
    return design.components
        .filter((component) => component.engine !== undefined && !component.engine.known && !component.foreign)
        .map((component) => ({
            assumption: { element: component.name, text: `engine '${component.engine?.id}' is not in the knowledge base: the defaults of a ${component.kind} apply`, settle: '"engines" in .archlens.json' },
            usedBy: CATALOGUE_SOURCE
        }));
}

/** The findings' assumptions, accepted risks' included: the review made them all. */
export function assumptionsOfFindings(findings: readonly Finding[]): SourcedAssumption[] {
    return findings.flatMap((finding) => (finding.assumptions ?? []).map((assumption) => ({ assumption, usedBy: finding.rule })));
}

/** The estimates' own assumptions: a default capacity, availability, hit ratio or latency a figure used. */
export function assumptionsOfEstimates(estimates: DesignEstimates): SourcedAssumption[] {
    return estimates.assumptions.map((assumption) => ({ assumption, usedBy: ESTIMATES_SOURCE }));
}

/**
 * Each assumption once (same element, text and property), with every source
 * that used it; design-wide ones first, then by element, in the order met
 * within an element.
 */
export function mergeAssumptions(sourced: readonly SourcedAssumption[]): ReportAssumption[] {
    const merged = new Map<string, { assumption: Assumption; usedBy: Set<string> }>();
    for (const { assumption, usedBy } of sourced) {
        const key = JSON.stringify([assumption.element ?? '', assumption.text, assumption.settle]);
        const entry = merged.get(key) ?? { assumption, usedBy: new Set<string>() };
        entry.usedBy.add(usedBy);
        merged.set(key, entry);
    }
    const rows = [...merged.values()].map(({ assumption, usedBy }): ReportAssumption => ({
        ...(assumption.element !== undefined ? { element: assumption.element } : {}),
        text: assumption.text,
        settle: assumption.settle,
        usedBy: [...usedBy]
    }));
    // A stable sort: the order met stays within an element.
    return rows.sort((a, b) => (a.element === undefined ? (b.element === undefined ? 0 : -1) : b.element === undefined ? 1 : a.element.localeCompare(b.element)));
}

/** The section's Markdown: a table, or a sentence saying nothing was assumed. */
export function assumptionsSection(assumptions: readonly ReportAssumption[]): string {
    if (assumptions.length === 0) {
        return 'None: every figure the review used is stated in the design or a fact of its engine.';
    }
    return [
        'Figures the design does not state, which the review assumed. A finding that rests on one is at most *info*: state the property to settle it.',
        table(['Element', 'Assumed', 'Settled by', 'Used by'], assumptions.map((assumption) => [
            assumption.element !== undefined ? codeSpan(assumption.element) : '*the design*',
            inlineText(assumption.text),
            codeSpan(assumption.settle),
            assumption.usedBy.map(codeSpan).join(', ')
        ]))
    ].join('\n\n');
}
