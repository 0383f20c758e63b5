/**
 * Applies `out_of_scope: true` (src/model/out-of-scope.ts) to what rules
 * report, once for every rule: a finding placed on a component the design
 * does not describe is not reported.
 *
 * Grouped findings are the rules' own business: a rule that judges the
 * components' own properties (replicas, backups, zones, engines, sizing)
 * takes its subjects through `inScope`, so an undescribed component is
 * neither counted, named nor listed, and the message stays true. A finding
 * about how in-scope components use one (a request path through it, a dual
 * write to it, a connection to it) still names it.
 */
import type { Component } from '../model/design.js';
import { isOutOfScope } from '../model/out-of-scope.js';
import type { ReportTarget } from './report-target.js';
import type { Report } from './rule-context.js';

/** Whether the review reports this: not when it is placed on an undescribed component. */
export function isAboutDescribedElement(report: Report): boolean {
    return !(isComponent(report.on) && isOutOfScope(report.on));
}

function isComponent(target: ReportTarget): target is Component {
    return 'foreign' in target && 'kind' in target;
}
