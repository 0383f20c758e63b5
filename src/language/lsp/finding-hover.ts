/**
 * What a hover adds over a review finding: the rule, its checklist section
 * and why it matters, so the reviewer's reasoning sits next to the message.
 */
import type { Position } from 'vscode-languageserver';
import type { Range } from '../../model/design.js';
import { SECTIONS } from '../../model/sections.js';
import type { ReviewFinding } from '../../review/review.js';
import { ruleById } from '../../review/registry.js';
import { ruleDocsUrl } from '../../review/rule-docs.js';

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
        return [`**[${id}](${ruleDocsUrl(id)})**${where}\n\n${rule.meta.rationale}${rule.meta.fix ? `\n\n*Quick fix:* ${rule.meta.fix}` : ''}`];
    });
    return parts.length > 0 ? parts.join('\n\n---\n\n') : undefined;
}

function contains(range: Range, position: Position): boolean {
    const afterStart = position.line > range.start.line || (position.line === range.start.line && position.character >= range.start.character);
    const beforeEnd = position.line < range.end.line || (position.line === range.end.line && position.character <= range.end.character);
    return afterStart && beforeEnd;
}
