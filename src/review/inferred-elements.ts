/**
 * An element an import inferred rather than read (`inferred: "…"` on a
 * component or connection) is a guess, and review-quality's rule for
 * guesses applies to every finding placed on it, once, here: the finding
 * rests on an assumption (at most info), and the inference is that
 * assumption, settled by confirming the element and removing `inferred`.
 */
import type { Component, Connection } from '../model/design.js';
import type { Assumption } from '../model/finding.js';
import type { ReportTarget } from './report-target.js';
import type { Report } from './rule-context.js';

export function inferenceOf(target: ReportTarget): string | undefined {
    if (isConnection(target)) {
        return target.properties.string('inferred');
    }
    return isComponent(target) ? target.properties.string('inferred') : undefined;
}

function isConnection(target: ReportTarget): target is Connection {
    return 'source' in target && 'target' in target;
}

function isComponent(target: ReportTarget): target is Component {
    return 'foreign' in target && 'kind' in target;
}

/** The report as resting on the inference behind its element, when there is one. */
export function withInference(report: Report, element: string | undefined): Report {
    const reason = inferenceOf(report.on);
    if (reason === undefined) {
        return report;
    }
    const assumption: Assumption = { ...(element !== undefined ? { element } : {}), text: `inferred by an import: ${reason}`, settle: 'inferred' };
    return { ...report, basis: 'assumed', assumptions: [...(report.assumptions ?? []), assumption] };
}
