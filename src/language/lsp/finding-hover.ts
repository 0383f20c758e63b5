/**
 * What a hover adds over a review finding: the rule, its checklist section
 * and why it matters, so the reviewer's reasoning sits next to the message;
 * for a finding about one decision, the elements it covers; for one that
 * rests on defaults, each assumption and the property that would settle it
 * (the diagnostic's message stays the rule's question, uncluttered).
 */
import type { Position } from 'vscode-languageserver';
import type { Range } from '../../model/design.js';
import { uniqueAssumptions } from '../../model/assumptions.js';
import { SECTIONS } from '../../model/sections.js';
import type { ReviewFinding } from '../../review/review.js';
import { ruleById } from '../../review/registry.js';
import { ruleDocsUrl } from '../../review/rule-docs.js';
import { codeSpan, inlineText } from '../../util/escape/markdown.js';

/** How many related places the hover names before `and N more` (the Problems panel lists every one). */
export const HOVER_RELATED_SHOWN = 8;

export function findingsHover(findings: readonly ReviewFinding[], position: Position): string | undefined {
    const here = findings.filter((finding) => !finding.suppressed && contains(finding.range, position));
    const rules = [...new Set(here.map((finding) => finding.rule))];
    const parts = rules.flatMap((id) => {
        const rule = ruleById(id);
        if (!rule) {
            return [];
        }
        const section = SECTIONS.find((candidate) => candidate.id === rule.meta.section);
        const where = section ? ` · checklist: **${section.title}**` : '';
        const ofRule = here.filter((finding) => finding.rule === id);
        const details = [coveredElements(ofRule), assumptionList(ofRule)].filter((detail) => detail !== '');
        return [[`**[${id}](${ruleDocsUrl(id)})**${where}\n\n${rule.meta.rationale}${rule.meta.fix ? `\n\n*Quick fix:* ${rule.meta.fix}` : ''}`, ...details].join('\n\n')];
    });
    return parts.length > 0 ? parts.join('\n\n---\n\n') : undefined;
}

/** The places the finding also concerns (for one decision, the elements it settles), named; their links are the diagnostic's related information. */
function coveredElements(findings: readonly ReviewFinding[]): string {
    const related = findings.flatMap((finding) => finding.related ?? []);
    if (related.length === 0) {
        return '';
    }
    const names = [...new Set(related.map((location) => (location.element !== undefined ? codeSpan(location.element) : inlineText(location.message))))];
    const shown = names.slice(0, HOVER_RELATED_SHOWN).join(', ');
    const more = names.length > HOVER_RELATED_SHOWN ? ` and ${names.length - HOVER_RELATED_SHOWN} more` : '';
    return `*Also concerns:* ${shown}${more}`;
}

/** Each default the finding assumed, once, with the property that would replace it. */
function assumptionList(findings: readonly ReviewFinding[]): string {
    const assumptions = uniqueAssumptions(findings.flatMap((finding) => finding.assumptions ?? []));
    if (assumptions.length === 0) {
        return '';
    }
    const lines = assumptions.map((assumption) => `- ${assumption.element !== undefined ? `${codeSpan(assumption.element)}: ` : ''}${inlineText(assumption.text)}; set ${codeSpan(assumption.settle)} to settle it`);
    return ['*Assumed (the design does not state these):*', '', ...lines].join('\n');
}

function contains(range: Range, position: Position): boolean {
    const afterStart = position.line > range.start.line || (position.line === range.start.line && position.character >= range.start.character);
    const beforeEnd = position.line < range.end.line || (position.line === range.end.line && position.character <= range.end.character);
    return afterStart && beforeEnd;
}
