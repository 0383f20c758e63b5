/**
 * A review rule, ESLint-style: metadata (id, section, default severity,
 * messages, rationale, options, fix) and a check over the design model.
 */
import type { Severity } from '../model/finding.js';
import type { SectionId } from '../model/sections.js';
import type { RuleContext } from './rule-context.js';

/** A JSON Schema for a rule's options object (validated with ajv in config files). */
export interface OptionsSchema {
    readonly type: 'object';
    readonly properties: Readonly<Record<string, { readonly type: string; readonly description: string; readonly minimum?: number; readonly maximum?: number; readonly enum?: readonly string[] }>>;
    readonly additionalProperties: false;
}

export interface RuleExamples {
    /** A design (or part of one) the rule flags. */
    readonly flagged: string;
    /** The same design, fixed. */
    readonly fixed: string;
}

export interface RuleMeta<Options extends object = Record<string, never>> {
    /** `group/name`; never changes once released. */
    readonly id: string;
    /** The checklist section; absent for the language's own rules (`meta/…`). */
    readonly section?: SectionId;
    readonly severity: Severity;
    /** One line: what the rule checks. */
    readonly description: string;
    /** Why it matters, for hovers and the docs page (Markdown). */
    readonly rationale: string;
    /** Message templates; `{name}` placeholders are filled from the report's data. */
    readonly messages: Readonly<Record<string, string>>;
    readonly options?: { readonly schema: OptionsSchema; readonly defaults: Options };
    /** What the quick fix does, when there is one. */
    readonly fix?: string;
    /** The matching Threagile risk category, for security rules. */
    readonly threagile?: string;
    /** Well-Architected and other references (ids and titles). */
    readonly references?: readonly string[];
    /** How the rule decides where the catalog is ambiguous (docs page). */
    readonly decisions?: readonly string[];
    readonly examples: RuleExamples;
}

export interface Rule<Options extends object = Record<string, never>> {
    readonly meta: RuleMeta<Options>;
    check(context: RuleContext<Options>): void;
}

/** A rule of any options type, as the registry holds them. */
export type AnyRule = Rule<object>;

/** Declares a rule with its options type inferred from the defaults. */
export function defineRule<Options extends object = Record<string, never>>(rule: Rule<Options>): AnyRule {
    return rule as unknown as AnyRule;
}
