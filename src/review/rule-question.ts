/**
 * The reviewer's question of a rule (`meta.question`), filled in for one
 * finding. A question may name only what every finding provides.
 */
import type { Finding } from '../model/finding.js';
import { fillTemplate, placeholdersOf } from './message-template.js';
import { ruleById } from './registry.js';

/**
 * `{element}`: what the finding is about (a component, `Source->Target`, a
 * transaction, group or settings block), or the design for design-wide
 * findings; `{design}`: the design's name.
 */
export const QUESTION_PLACEHOLDERS = ['element', 'design'] as const;

export type QuestionPlaceholder = (typeof QUESTION_PLACEHOLDERS)[number];

/** The placeholders a question names that no finding provides (a test keeps every rule's empty). */
export function unknownPlaceholders(question: string): string[] {
    return placeholdersOf(question).filter((name) => !(QUESTION_PLACEHOLDERS as readonly string[]).includes(name));
}

/** The question a finding makes a reviewer ask; undefined for the language's own rules. */
export function questionAbout(finding: Finding, designName: string): string | undefined {
    const template = ruleById(finding.rule)?.meta.question;
    return template === undefined ? undefined : fillTemplate(template, questionData(finding, designName));
}

function questionData(finding: Finding, designName: string): Record<QuestionPlaceholder, string> {
    return { element: finding.element ?? designName, design: designName };
}
