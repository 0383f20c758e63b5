/**
 * The docs page of a rule (docs/rules/<group>/<name>.md), rendered from its
 * metadata so that it never drifts from the code: what it checks, why it
 * matters, its section, the question a reviewer asks, an example that fires
 * and its fix, options.
 */
import type { AnyRule } from '../review/rule.js';
import { exampleDesign } from '../review/rule-examples.js';
import { SECTIONS, type Section } from '../model/sections.js';
import { codeSpan } from '../util/escape/markdown.js';
import { page, table } from './markdown.js';

export function renderRulePage(rule: AnyRule): string {
    const { meta } = rule;
    return page([
        `# ${meta.id}`,
        `> ${meta.description}`,
        summaryTable(rule),
        '## Why it matters',
        meta.rationale,
        ...messagesSection(rule),
        ...questionSection(rule),
        ...decisionsSection(rule),
        ...qualitySection(rule),
        '## Example',
        'A design it flags:',
        fence(exampleDesign(meta.examples.flagged, 'Example')),
        'The same design, fixed:',
        fence(exampleDesign(meta.examples.fixed, 'Example')),
        ...optionsSection(rule),
        '## Configuration',
        `In \`.archlens.json\` (severity \`off\`, \`hint\`, \`info\`, \`warning\` or \`error\`${meta.options ? ', options as the second item' : ''}):`,
        fence(JSON.stringify({ rules: { [meta.id]: meta.options ? [meta.severity, meta.options.defaults] : meta.severity } }, undefined, 2), 'json'),
        'Or, for one element, a suppression comment with the reason (listed under accepted risks in the review report):',
        fence(`// archlens-disable-next-line ${meta.id} -- why this risk is accepted`),
        ...referencesSection(rule)
    ]);
}

function summaryTable(rule: AnyRule): string {
    const { meta } = rule;
    const section = sectionOf(rule);
    const rows: [string, string][] = [
        ['Checklist section', section ? `${section.title} (${codeSpan(section.id)})` : 'The language itself (always on)'],
        ['Default severity', codeSpan(meta.severity)],
        ['Quick fix', meta.fix ?? 'none']
    ];
    if (meta.threagile) {
        rows.push(['Threagile risk category', codeSpan(meta.threagile)]);
    }
    if (meta.practice === true) {
        rows.push(['Practice rule', `Judges a missing operational or hardening practice: it does not run for a design stating ${codeSpan('requirements { purpose: demo }')} (or ${codeSpan('sample')}, ${codeSpan('benchmark')}, ${codeSpan('poc')}, ${codeSpan('teaching')})`]);
    }
    return table(['', ''], rows);
}

function sectionOf(rule: AnyRule): Section | undefined {
    return SECTIONS.find((candidate) => candidate.id === rule.meta.section);
}

/** The message templates, with placeholders shown as *name*. */
function messagesSection(rule: AnyRule): string[] {
    const messages = Object.values(rule.meta.messages);
    return messages.length > 0 ? ['## What it reports', messages.map((message) => `- ${showPlaceholders(message)}`).join('\n')] : [];
}

/** The question the review report asks about a finding of the rule, under its section. */
function questionSection(rule: AnyRule): string[] {
    const { question } = rule.meta;
    const section = sectionOf(rule);
    return question !== undefined && section ? [
        '## What a reviewer asks',
        `A finding of this rule adds this question to the review report, under ${section.title}:`,
        `> ${showPlaceholders(question)}`
    ] : [];
}

function showPlaceholders(template: string): string {
    return template.replace(/\{(\w+)\}/g, '*$1*');
}

function decisionsSection(rule: AnyRule): string[] {
    const decisions = rule.meta.decisions ?? [];
    return decisions.length > 0 ? ['## How it decides', decisions.map((decision) => `- ${decision}`).join('\n')] : [];
}

/** How the rule applies the principles of docs/review-quality.md. */
function qualitySection(rule: AnyRule): string[] {
    const quality = rule.meta.quality;
    return quality ? ['## How it applies the review principles', [
        `- **One decision, one finding.** ${quality.grouping}`,
        `- **Stated, engine fact or assumed.** ${quality.basis}`,
        `- **Unknown is not worst case; intent and data.** ${quality.unknowns}`,
        `- **Severity.** ${quality.severity}`
    ].join('\n'), 'See [review quality](../../review-quality.md) for the principles and the field corpus that measures them.'] : [];
}

function optionsSection(rule: AnyRule): string[] {
    const options = rule.meta.options;
    if (!options) {
        return [];
    }
    const defaults = options.defaults as Readonly<Record<string, unknown>>;
    const rows = Object.entries(options.schema.properties).map(([name, schema]) => [codeSpan(name), schema.type, codeSpan(JSON.stringify(defaults[name])), schema.description]);
    return ['## Options', table(['Option', 'Type', 'Default', 'Meaning'], rows)];
}

function referencesSection(rule: AnyRule): string[] {
    const references = rule.meta.references ?? [];
    return references.length > 0 ? ['## References', references.map((reference) => `- ${reference}`).join('\n')] : [];
}

function fence(text: string, language = 'arch'): string {
    return `\`\`\`${language}\n${text}\n\`\`\``;
}
