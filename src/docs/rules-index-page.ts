/** docs/rules/README.md: every rule, grouped by checklist section. */
import type { AnyRule } from '../review/rule.js';
import type { LanguageRule } from '../review/language-rules.js';
import { SECTIONS } from '../model/sections.js';
import { codeSpan, inlineText, link } from '../util/escape/markdown.js';
import { page, table } from './markdown.js';

export function renderRulesIndex(rules: readonly AnyRule[], languageRules: readonly LanguageRule[]): string {
    const sections = SECTIONS.map((section) => {
        const inSection = rules.filter((rule) => rule.meta.section === section.id);
        return [`## ${section.title}`, `*${section.asks}*`, ruleTable(inSection)].join('\n\n');
    });
    const meta = rules.filter((rule) => rule.meta.section === undefined);
    return page([
        '# Review rules',
        `ArchLens reviews a design with ${rules.length} rules, grouped by the ten sections of the system-design checklist. Each page says what the rule checks, why it matters, how it decides, the question a reviewer asks, an example that fires and its fix. Severities and options are set in \`.archlens.json\` (see [configuration](../configuration.md)).`,
        ...sections,
        '## The language itself',
        'Always on: problems in what was written, and rules about the model and suppressions.',
        table(['Rule', 'Severity', 'What it reports'], [
            ...languageRules.map((rule) => [codeSpan(rule.id), rule.severity, rule.description]),
            ...meta.map((rule) => [pageLink(rule), rule.meta.severity, rule.meta.description])
        ])
    ]);
}

function ruleTable(rules: readonly AnyRule[]): string {
    return table(['Rule', 'Severity', 'What it checks', 'Quick fix'], rules.map((rule) => [pageLink(rule), rule.meta.severity, rule.meta.description, rule.meta.fix ? 'yes' : '']));
}

function pageLink(rule: AnyRule): string {
    return link(inlineText(rule.meta.id), `${rule.meta.id}.md`);
}
