/**
 * Runs every enabled rule once over a design and turns reports into
 * findings: severity from the configuration, the report or the rule; the
 * message filled in; the place of the element; suppressions applied.
 */
import type { Design } from '../model/design.js';
import { indexOf } from '../model/design-index.js';
import { severityRank, type Finding, type RelatedLocation, type Severity } from '../model/finding.js';
import type { RuleOverride, RuleOverrides } from '../config/rule-settings.js';
import type { Fix } from './fix.js';
import { trafficOf } from './graph/traffic.js';
import { placeOf } from './report-target.js';
import type { AnyRule } from './rule.js';
import type { Report, RuleContext } from './rule-context.js';
import { DEFAULT_ESTIMATE_SETTINGS, type EstimateSettings } from '../estimates/estimate-defaults.js';
import { estimatesOf } from '../estimates/estimate-design.js';
import { fillTemplate } from './message-template.js';
import { applySuppressions } from './suppressions.js';
import { outOfScopeSections, statesNoHighAvailability } from '../model/sections.js';
import { highestSeverity, judgesPractices } from '../model/purpose.js';
import { isAboutDescribedElement } from './out-of-scope-filter.js';
import { withInference } from './inferred-elements.js';

export interface ReviewFinding extends Finding {
    /** Which of the rule's messages was used. */
    readonly messageId?: string;
    readonly fix?: Fix;
}

export interface DesignReview {
    readonly design: Design;
    /** Every finding, suppressed ones included (marked). */
    readonly findings: readonly ReviewFinding[];
    /** Which (directive, rule) pairs silenced something, for unused-directive reporting. */
    readonly usedDirectives: ReadonlySet<string>;
}

export interface ReviewLog {
    error(message: string): void;
}

export function reviewDesign(design: Design, rules: readonly AnyRule[], overrides: RuleOverrides, log: ReviewLog = console, estimateSettings: EstimateSettings = DEFAULT_ESTIMATE_SETTINGS): DesignReview {
    const findings: ReviewFinding[] = [];
    const inScope = sectionsInScope(design);
    for (const rule of rules) {
        const override = overrides.get(rule.meta.id);
        if (override?.level === 'off' || !inScope(rule)) {
            continue;
        }
        try {
            rule.check(contextFor(rule, design, override, estimateSettings, (finding) => findings.push(finding)));
        } catch (error) {
            // One broken rule must not take the review down with it.
            log.error(`archlens: rule ${rule.meta.id} failed on design ${design.name}: ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
        }
    }
    const usedDirectives = new Set<string>();
    return { design, findings: applySuppressions(findings, design.suppressions, usedDirectives), usedDirectives };
}

/**
 * A rule runs unless its checklist section is one the design states is out
 * of its scope (`requirements { out_of_scope: [...] }`), or it judges a
 * missing operational practice and the design states it is not for
 * production (`requirements { purpose: demo }`), or it judges surviving the
 * loss of an instance and the design states high availability is out of its
 * scope (`out_of_scope: [high_availability]`).
 */
function sectionsInScope(design: Design): (rule: AnyRule) => boolean {
    const outOfScope = new Set<string>(outOfScopeSections(design));
    const practices = judgesPractices(design);
    const highAvailability = !statesNoHighAvailability(design);
    return (rule) => (rule.meta.section === undefined || !outOfScope.has(rule.meta.section))
        && (practices || rule.meta.practice !== true)
        && (highAvailability || rule.meta.instanceLoss !== true);
}

function contextFor(rule: AnyRule, design: Design, override: RuleOverride | undefined, estimateSettings: EstimateSettings, emit: (finding: ReviewFinding) => void): RuleContext<object> {
    const options = { ...(rule.meta.options?.defaults ?? {}), ...(override?.options ?? {}) };
    const configured = override?.level !== undefined && override.level !== 'off' ? override.level : undefined;
    return {
        design,
        index: indexOf(design),
        traffic: trafficOf(design),
        options,
        estimates: () => estimatesOf(design, estimateSettings),
        report(report: Report): void {
            if (isAboutDescribedElement(report)) {
                emit(toFinding(rule, design, report, configured));
            }
        }
    };
}

function toFinding(rule: AnyRule, design: Design, written: Report, configured: Severity | undefined): ReviewFinding {
    const place = placeOf(written.on, design);
    const report = withInference(written, place.element);
    const template = rule.meta.messages[report.messageId];
    if (template === undefined) {
        throw new Error(`unknown messageId '${report.messageId}'`);
    }
    return {
        rule: rule.meta.id,
        messageId: report.messageId,
        severity: configured ?? severityOf(rule, report, design),
        section: rule.meta.section,
        message: fillTemplate(template, report.data ?? {}),
        uri: place.uri,
        range: place.range,
        design: design.name,
        element: place.element,
        suppressed: false,
        related: report.related?.map((related): RelatedLocation => {
            const relatedPlace = placeOf(related.on, design);
            return { uri: relatedPlace.uri, range: relatedPlace.range, message: related.message, ...(relatedPlace.element !== undefined ? { element: relatedPlace.element } : {}) };
        }),
        fix: report.fix,
        ...(report.basis !== undefined ? { basis: report.basis } : {}),
        ...(report.assumptions !== undefined && report.assumptions.length > 0 ? { assumptions: report.assumptions } : {})
    };
}

/**
 * The report's or the rule's severity: at most `info` when the finding rests
 * on an assumption, at most `warning` in a design not for production.
 */
function severityOf(rule: AnyRule, report: Report, design: Design): Severity {
    const severity = report.severity ?? rule.meta.severity;
    const highest = report.basis === 'assumed' ? 'info' : highestSeverity(design);
    return severityRank(severity) > severityRank(highest) ? highest : severity;
}
