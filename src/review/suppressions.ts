/**
 * Applies suppression comments to findings: a suppressed finding is kept,
 * marked, with the reason. Directives that silence nothing, or give no
 * reason, become findings themselves (ESLint's unused-disable reporting).
 */
import type { Suppression } from '../model/design.js';
import type { Finding } from '../model/finding.js';
import { suggestKey } from '../properties/property-schema.js';
import { fillTemplate } from './message-template.js';
import { suppressionWithoutReason, unusedSuppression } from './helpers/suppression-directives.js';

export const UNUSED_SUPPRESSION = unusedSuppression.meta.id;
export const SUPPRESSION_WITHOUT_REASON = suppressionWithoutReason.meta.id;

export function matchesDirective(directive: Suppression, finding: Pick<Finding, 'rule' | 'uri' | 'range'>): boolean {
    if (directive.uri !== finding.uri) {
        return false;
    }
    if (directive.rules.length > 0 && !directive.rules.includes(finding.rule)) {
        return false;
    }
    return directive.scope === 'file' || directive.targetLine === finding.range.start.line;
}

/** Marks findings silenced by a directive; records which (directive, rule) pairs were used. */
export function applySuppressions<F extends Finding>(findings: readonly F[], directives: readonly Suppression[], used: Set<string>): F[] {
    return findings.map((finding) => {
        const directive = directives.find((candidate) => matchesDirective(candidate, finding));
        if (directive) {
            markUsed(used, directive, finding.rule);
            return { ...finding, suppressed: true, reason: directive.reason };
        }
        return applyToListedElements(finding, directives, used);
    });
}

/**
 * A finding reported once for several elements (one decision, one finding)
 * answers to the directives written on those elements: when every listed
 * element accepts the risk, the finding is silenced, with their reasons.
 * When only some do, the finding stays (the others still have the gap) and
 * those directives count as used, since the elements they sit on are reported.
 */
function applyToListedElements<F extends Finding>(finding: F, directives: readonly Suppression[], used: Set<string>): F {
    const listed = finding.related ?? [];
    const onEach = listed.map((location) => directives.find((candidate) => matchesDirective(candidate, { rule: finding.rule, uri: location.uri, range: location.range })));
    const found = onEach.filter((directive): directive is Suppression => directive !== undefined);
    for (const directive of found) {
        markUsed(used, directive, finding.rule);
    }
    if (found.length === 0 || found.length < listed.length) {
        return finding;
    }
    const reasons = [...new Set(found.map((directive) => directive.reason).filter((reason): reason is string => reason !== undefined))];
    return { ...finding, suppressed: true, reason: reasons.length > 0 ? reasons.join('; ') : undefined };
}

function markUsed(used: Set<string>, directive: Suppression, rule: string): void {
    used.add(usageKey(directive, directive.rules.length > 0 ? rule : '*'));
}

export function usageKey(directive: Suppression, rule: string): string {
    return `${directive.uri}#${directive.range.start.line}:${directive.range.start.character}#${rule}`;
}

export interface DirectiveCheck {
    readonly knownRules: ReadonlySet<string>;
    readonly used: ReadonlySet<string>;
    readonly design?: string;
    /** Severity of each meta rule, or `off`. */
    readonly levels: { readonly unused: Finding['severity'] | 'off'; readonly withoutReason: Finding['severity'] | 'off' };
}

/** Findings about the directives themselves: unknown or unused rules, missing reasons. */
export function directiveFindings(directives: readonly Suppression[], check: DirectiveCheck): Finding[] {
    const findings: Finding[] = [];
    const add = (directive: Suppression, rule: string, severity: Finding['severity'], message: string): void => {
        findings.push({ rule, severity, message, uri: directive.uri, range: directive.range, design: check.design, suppressed: false });
    };
    for (const directive of directives) {
        if (check.levels.unused !== 'off') {
            for (const message of unusedMessages(directive, check)) {
                add(directive, UNUSED_SUPPRESSION, check.levels.unused, message);
            }
        }
        if (check.levels.withoutReason !== 'off' && !directive.reason) {
            add(directive, SUPPRESSION_WITHOUT_REASON, check.levels.withoutReason, suppressionWithoutReason.meta.messages.missing);
        }
    }
    return findings;
}

function unusedMessages(directive: Suppression, check: DirectiveCheck): string[] {
    const messages = unusedSuppression.meta.messages;
    const where = directive.scope === 'file' ? 'in this file' : 'on the next line';
    if (directive.rules.length === 0) {
        return check.used.has(usageKey(directive, '*')) ? [] : [fillTemplate(messages.silencesNothing, { where })];
    }
    return directive.rules.flatMap((rule) => {
        if (!check.knownRules.has(rule)) {
            const guess = suggestKey(rule, [...check.knownRules]);
            return [fillTemplate(messages.unknownRule, { rule, hint: guess ? ` Did you mean '${guess}'?` : '' })];
        }
        return check.used.has(usageKey(directive, rule)) ? [] : [fillTemplate(messages.unused, { rule, where })];
    });
}
