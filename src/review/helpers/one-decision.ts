/**
 * One decision, one finding (review-quality principle 1, docs/review-quality.md).
 *
 * A concern that one decision settles (zones, TLS inside a network, a timeout
 * policy, rate limits at the edge, service-to-service authentication, a
 * backup policy) is reported once, where the decision belongs, with every
 * affected element listed as a related location. Findings stay per element
 * only where the elements differ: one database without a backup while its
 * peers have one is that database's own gap.
 */
import type { Component, Design, Group } from '../../model/design.js';
import type { Report, RelatedReport } from '../rule-context.js';
import type { ReportTarget } from '../report-target.js';

/** An element the decision leaves out, and what to say about it in the list. */
export interface Affected {
    readonly on: ReportTarget;
    /** One line for the related location, e.g. `Api->Db: plain tcp`. */
    readonly note: string;
}

export interface Decision {
    /** The elements with the gap. */
    readonly affected: readonly Affected[];
    /**
     * How many elements the same decision covers, gap or not (every
     * connection inside the network, every database). When some of them
     * settle it, the rest differ from their peers and are reported each.
     */
    readonly peers: number;
    /** The one finding, on the decision's scope; `related` is filled in. */
    readonly once: Omit<Report, 'related'>;
    /** The finding for one element, when the elements differ. */
    readonly each: (affected: Affected) => Report;
}

/**
 * Reports the decision once when every peer shares the gap and there is more
 * than one of them, else a finding per affected element.
 */
export function reportDecision(report: (report: Report) => void, decision: Decision): void {
    const { affected, peers } = decision;
    if (affected.length === 0) {
        return;
    }
    if (affected.length > 1 && affected.length >= peers) {
        report({ ...decision.once, related: relatedOf(affected) });
        return;
    }
    for (const item of affected) {
        report(decision.each(item));
    }
}

/** The affected elements as related locations, in the order given. */
export function relatedOf(affected: readonly Affected[]): RelatedReport[] {
    return affected.map((item) => ({ on: item.on, message: item.note }));
}

/**
 * Where one decision about these components is written: the innermost group
 * that holds all of them, or the design when none does.
 */
export function decisionScope(design: Design, components: readonly Component[]): Design | Group {
    if (components.length === 0) {
        return design;
    }
    const [first, ...rest] = components;
    for (let group = first.group; group !== undefined; group = group.parent) {
        if (rest.every((component) => isWithin(component, group))) {
            return group;
        }
    }
    return design;
}

function isWithin(component: Component, group: Group): boolean {
    for (let current = component.group; current !== undefined; current = current.parent) {
        if (current === group) {
            return true;
        }
    }
    return false;
}

/** `network Cluster`, `system Orders`, `design Shop`: how messages name a decision's scope. */
export function scopeName(scope: Design | Group): string {
    return isGroup(scope) ? `${scope.kind} ${scope.name}` : `design ${scope.name}`;
}

export function isGroup(scope: Design | Group): scope is Group {
    return !('components' in scope);
}

/** The network a decision's scope is, when it is one (where `tls`, `auth` or `mesh` settle it once). */
export function scopeNetwork(scope: Design | Group): Group | undefined {
    return isGroup(scope) && scope.kind === 'network' ? scope : undefined;
}
