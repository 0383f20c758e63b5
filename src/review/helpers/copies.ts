/**
 * Copies of one component: a design that deploys the same stamp twice (one
 * per region or scale unit) draws its components twice, with the same kind
 * and the same title (`worker ProcessorA "Background processor"`,
 * `worker ProcessorB "Background processor"`). A concern about the code they
 * share is one decision, so a rule reports it once, on the first copy, and
 * lists the others (review-quality principle 1).
 */
import type { Component } from '../../model/design.js';
import type { Report } from '../rule-context.js';
import type { ReportTarget } from '../report-target.js';
import { describe } from '../../model/component-facts.js';

/** The target when it is a component (only components carry `foreign`). */
function componentOf(target: ReportTarget): Component | undefined {
    return 'foreign' in target ? target : undefined;
}

/** Components with a title are copies when kind and title match. */
function copyKey(component: Component): string | undefined {
    return component.title === undefined ? undefined : `${component.kind}\u0000${component.title}`;
}

/**
 * The reports with those on copies of one component (same message) merged
 * into the first, the other copies added as related locations. Reports on
 * anything else pass through in order.
 */
export function mergeCopies(reports: readonly Report[]): Report[] {
    return mergeReports(reports, (report) => {
        const component = componentOf(report.on);
        const key = component === undefined ? undefined : copyKey(component);
        return key === undefined ? undefined : `${report.messageId}\u0000${key}`;
    }, (kept, copy) => `the same in ${describe(copy)}, a copy of ${(kept.on as Component).name}`);
}

/**
 * The reports on components that share a key merged into the first, each
 * other one added as a related location with the note given. Reports
 * without a key pass through in order.
 */
export function mergeReports(reports: readonly Report[], keyOf: (report: Report) => string | undefined, note: (kept: Report, other: Component) => string): Report[] {
    const firstByKey = new Map<string, number>();
    const merged: Report[] = [];
    for (const report of reports) {
        const key = keyOf(report);
        const first = key === undefined ? undefined : firstByKey.get(key);
        if (first === undefined) {
            if (key !== undefined) {
                firstByKey.set(key, merged.length);
            }
            merged.push(report);
            continue;
        }
        const kept = merged[first];
        const other = report.on as Component;
        merged[first] = { ...kept, related: [...(kept.related ?? []), { on: other, message: note(kept, other) }] };
    }
    return merged;
}
