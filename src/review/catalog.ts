/** Every rule ArchLens can report, the language's own and the review's, as one list. */
import type { Severity } from '../model/finding.js';
import type { SectionId } from '../model/sections.js';
import { LANGUAGE_RULES } from './language-rules.js';
import { ALL_RULES } from './registry.js';
import { ruleDocsUrl } from './rule-docs.js';

export interface CatalogEntry {
    readonly id: string;
    readonly section?: SectionId;
    readonly severity: Severity;
    readonly description: string;
    readonly rationale?: string;
    readonly fix?: string;
    /** What a reviewer asks about a finding of the rule (review rules only). */
    readonly question?: string;
    readonly docsUrl: string;
}

const LANGUAGE_DOCS = 'https://github.com/archlens/archlens/blob/main/docs/language.md';

export function ruleCatalog(): CatalogEntry[] {
    return [
        ...LANGUAGE_RULES.map((rule) => ({ id: rule.id, severity: rule.severity, description: rule.description, docsUrl: LANGUAGE_DOCS })),
        ...ALL_RULES.map((rule) => ({
            id: rule.meta.id,
            section: rule.meta.section,
            severity: rule.meta.severity,
            description: rule.meta.description,
            rationale: rule.meta.rationale,
            fix: rule.meta.fix,
            question: rule.meta.question,
            docsUrl: ruleDocsUrl(rule.meta.id)
        }))
    ];
}
