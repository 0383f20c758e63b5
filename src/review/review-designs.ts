/**
 * Reviews several designs (a workspace, or the files given to the CLI),
 * then judges the suppression directives of each file once every design
 * written in it has been reviewed.
 */
import type { RuleOverrides } from '../config/rule-settings.js';
import type { EstimateSettings } from '../estimates/estimate-defaults.js';
import type { Design, Suppression } from '../model/design.js';
import type { Finding } from '../model/finding.js';
import { ALL_RULES, RULE_IDS } from './registry.js';
import { type ReviewFinding, type ReviewLog, reviewDesign } from './review.js';
import type { AnyRule } from './rule.js';
import { directiveFindings, SUPPRESSION_WITHOUT_REASON, UNUSED_SUPPRESSION, usageKey } from './suppressions.js';
import { appendAll } from '../util/large-arrays.js';

export interface ReviewOptions {
    /** The configured rule overrides of a design (its config file's). */
    readonly overridesFor: (design: Design) => RuleOverrides;
    /** The estimator's settings for a design (its config file's `estimates`). */
    readonly estimateSettingsFor?: (design: Design) => EstimateSettings;
    readonly rules?: readonly AnyRule[];
    readonly log?: ReviewLog;
}

export function reviewDesigns(designs: readonly Design[], options: ReviewOptions): ReviewFinding[] {
    const rules = options.rules ?? ALL_RULES;
    const used = new Set<string>();
    const findings: ReviewFinding[] = [];
    for (const design of designs) {
        const review = reviewDesign(design, rules, options.overridesFor(design), options.log, options.estimateSettingsFor?.(design));
        appendAll(findings, review.findings);
        review.usedDirectives.forEach((key) => used.add(key));
    }
    return appendAll(findings, judgeDirectives(designs, used, options.overridesFor));
}

/** Each directive once, judged with the config of the first design of its file. */
function judgeDirectives(designs: readonly Design[], used: ReadonlySet<string>, overridesFor: ReviewOptions['overridesFor']): Finding[] {
    const byFile = new Map<string, { design: Design; directives: Map<string, Suppression> }>();
    for (const design of designs) {
        for (const directive of design.suppressions) {
            const file = byFile.get(directive.uri) ?? { design, directives: new Map<string, Suppression>() };
            file.directives.set(usageKey(directive, ''), directive);
            byFile.set(directive.uri, file);
        }
    }
    return [...byFile.values()].flatMap(({ design, directives }) => {
        const overrides = overridesFor(design);
        return directiveFindings([...directives.values()], {
            knownRules: RULE_IDS,
            used,
            design: design.name,
            levels: {
                unused: levelOf(overrides, UNUSED_SUPPRESSION, 'warning'),
                withoutReason: levelOf(overrides, SUPPRESSION_WITHOUT_REASON, 'hint')
            }
        });
    });
}

function levelOf(overrides: RuleOverrides, id: string, fallback: Finding['severity']): Finding['severity'] | 'off' {
    return overrides.get(id)?.level ?? fallback;
}
