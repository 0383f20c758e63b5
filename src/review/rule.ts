/**
 * A review rule, ESLint-style: metadata (id, section, default severity,
 * messages, rationale, the reviewer's question, options, fix) and a check
 * over the design model.
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

/**
 * How a review rule applies the review-quality principles
 * (docs/review-quality.md), one sentence each, for its docs page.
 */
export interface RuleQuality {
    /** One decision, one finding: where its decision belongs, and when it reports per element. */
    readonly grouping: string;
    /** Stated, engine fact or assumed: what the figures it uses rest on. */
    readonly basis: string;
    /** Unknown is not worst case; intent and data: how it reads what the design leaves unsaid. */
    readonly unknowns: string;
    /** Severity means what it says: why its default severity, from its measured precision. */
    readonly severity: string;
}

/** What every rule's metadata says, review rule or the language's own. */
interface CommonRuleMeta<Options extends object> {
    /** `group/name`; never changes once released. */
    readonly id: string;
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

/** A review rule: it belongs to a checklist section, and the report asks about its findings. */
interface ReviewRuleMeta {
    /** The checklist section. */
    readonly section: SectionId;
    /**
     * What a finding of this rule makes a reviewer ask, listed in the report
     * under the section: one short question, about the concern rather than
     * the finding's wording. Its `{placeholders}` are QUESTION_PLACEHOLDERS
     * (src/review/rule-question.ts), filled from the finding.
     */
    readonly question: string;
    /** How the rule applies the review-quality principles (docs page). */
    readonly quality: RuleQuality;
    /**
     * The rule judges the ABSENCE of an operational or hardening practice
     * (a WAF, backups, alerting, a pipeline) rather than a flaw in what the
     * design does. It does not run for a design whose `requirements {
     * purpose }` is a demo, sample, benchmark, proof of concept or teaching
     * example (src/model/purpose.ts).
     */
    readonly practice?: boolean;
    /**
     * The rule judges whether the design survives the loss of an instance,
     * a zone or a region (a single point of failure, a manual failover, one
     * zone). It does not run for a design that states it is not built for
     * high availability (`requirements { out_of_scope: [high_availability] }`):
     * its single instances are what it says it is.
     */
    readonly instanceLoss?: boolean;
}

/**
 * A rule of the language itself (`meta/…`): outside the checklist, so it has
 * no section, and no question since the report asks its questions by section.
 */
interface LanguageRuleMeta {
    readonly section?: undefined;
    readonly question?: undefined;
    readonly quality?: undefined;
    readonly practice?: undefined;
    readonly instanceLoss?: undefined;
}

export type RuleMeta<Options extends object = Record<string, never>> = CommonRuleMeta<Options> & (ReviewRuleMeta | LanguageRuleMeta);

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
