/** What a configuration says about each rule, resolved against the rule's defaults. */
import type { Severity } from '../model/finding.js';

export type RuleLevel = Severity | 'off';

export const RULE_LEVELS: readonly RuleLevel[] = ['off', 'hint', 'info', 'warning', 'error'];

/** `"warning"` or `["warning", { …options }]`, as in ESLint. */
export type RuleSetting = RuleLevel | readonly [RuleLevel] | readonly [RuleLevel, Readonly<Record<string, unknown>>];

export interface RuleOverride {
    readonly level: RuleLevel;
    readonly options?: Readonly<Record<string, unknown>>;
}

/** Per-rule overrides; a rule not listed runs with its defaults. */
export type RuleOverrides = ReadonlyMap<string, RuleOverride>;

export function toOverride(setting: RuleSetting): RuleOverride {
    if (typeof setting === 'string') {
        return { level: setting };
    }
    return { level: setting[0], options: setting[1] };
}
