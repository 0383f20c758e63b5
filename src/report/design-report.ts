/**
 * The design review report: Markdown a reviewer would write after a design
 * review, from the model, the findings, the estimates and the diagram.
 */
import type { Component, Design } from '../model/design.js';
import { isOutOfScope } from '../model/out-of-scope.js';
import type { Finding, Severity } from '../model/finding.js';
import { SEVERITIES, severityRank } from '../model/finding.js';
import { outOfScopeSections, SECTIONS, statesNoHighAvailability, type Section, type SectionId } from '../model/sections.js';
import { generateDiagram } from '../diagram/generate-diagram.js';
import { page, table } from '../docs/markdown.js';
import { purposeOf } from '../model/purpose.js';
import { ALL_RULES, ruleById } from '../review/registry.js';
import { joinWords } from '../review/helpers/wording.js';
import { displayPath } from '../util/display-path.js';
import { codeSpan, fencedBlock, inlineText } from '../util/escape/markdown.js';
import { assumptionsSection, type ReportAssumption } from './assumptions-section.js';
import { questionsFor } from './section-questions.js';
import { SECTION_EVIDENCE } from './section-evidence.js';

export type CoverageStatus = 'addressed' | 'has findings' | 'silent';

export interface SectionCoverage {
    readonly section: Section;
    readonly status: CoverageStatus;
    readonly evidence: readonly string[];
    readonly findings: readonly Finding[];
}

export interface ReportInput {
    readonly design: Design;
    /** This design's findings, suppressed ones included. */
    readonly findings: readonly Finding[];
    /** Where paths are shown relative to. */
    readonly cwd: string;
    readonly version: string;
    /** The estimates section (Markdown). */
    readonly estimates: string;
    /** Every assumption the review made (`reviewAssumptions`). */
    readonly assumptions: readonly ReportAssumption[];
}

/** How many related places a finding lists under it before `and N more`. */
export const RELATED_LISTED = 10;

/** A section has findings when a warning or error is reported in it; else it is addressed when the design shows something for it. */
export function sectionCoverage(design: Design, findings: readonly Finding[]): SectionCoverage[] {
    return SECTIONS.map((section) => {
        const inSection = findings.filter((finding) => !finding.suppressed && finding.section === section.id);
        const evidence = SECTION_EVIDENCE[section.id](design);
        const weak = inSection.some((finding) => severityRank(finding.severity) >= severityRank('warning'));
        return { section, status: weak ? 'has findings' : evidence.length > 0 ? 'addressed' : 'silent', evidence, findings: inSection };
    });
}

export function designReport(input: ReportInput): string {
    const { design, findings } = input;
    const coverage = sectionCoverage(design, findings);
    return page([
        `# Design review: ${inlineText(design.name)}${design.title ? ` — ${inlineText(design.title)}` : ''}`,
        `*Reviewed by ArchLens ${input.version} from ${design.files.map((file) => codeSpan(displayPath(file, input.cwd))).join(', ')}.*`,
        '## Summary',
        summary(design, findings, coverage),
        '## Checklist coverage',
        coverageTable(coverage),
        '## Findings',
        findingsBySection(coverage, input.cwd),
        '## Accepted risks',
        acceptedRisks(findings, input.cwd),
        '## Assumptions',
        assumptionsSection(input.assumptions),
        '## Estimates',
        input.estimates,
        '## Diagram',
        fencedBlock('mermaid', generateDiagram(design, { findings }).text),
        '## Questions a reviewer will ask',
        questions(design, findings, coverage)
    ]);
}

function summary(design: Design, findings: readonly Finding[], coverage: readonly SectionCoverage[]): string {
    const counts = countBySeverity(findings.filter((finding) => !finding.suppressed));
    const byKind = new Map<string, number>();
    design.components.forEach((component) => byKind.set(component.kind, (byKind.get(component.kind) ?? 0) + 1));
    const kinds = [...byKind].map(([kind, count]) => `${count} ${kind}${count === 1 ? '' : 's'}`).join(', ');
    const asynchronous = design.connections.filter((connection) => connection.mode === 'async').length;
    const status = (wanted: CoverageStatus) => coverage.filter((entry) => entry.status === wanted).length;
    return table(['', ''], [
        ['Components', `${design.components.length} (${inlineText(kinds) || 'none'})`],
        ['Connections', `${design.connections.length} (${design.connections.length - asynchronous} synchronous, ${asynchronous} asynchronous)`],
        ['Findings', SEVERITIES.map((severity) => `${counts[severity]} ${severity}`).join(', ')],
        ['Accepted risks', String(findings.filter((finding) => finding.suppressed).length)],
        ['Checklist', `${status('addressed')} addressed, ${status('has findings')} with findings, ${status('silent')} silent`],
        ...outOfScopeRow(design)
    ]);
}

/**
 * One line naming what the design put out of its scope: the sections, whose
 * rules did not run, and the components it draws without describing, whose
 * own properties were not judged.
 */
function outOfScopeRow(design: Design): string[][] {
    const ids = outOfScopeSections(design);
    const titles = SECTIONS.filter((section) => ids.includes(section.id)).map((section) => section.title);
    const components = undescribedComponents(design).map((component) => codeSpan(component.name));
    const parts = [
        ...(titles.length > 0 ? [`${titles.join(', ')} (the design states it does not cover them: ${codeSpan('out_of_scope')}; no findings are reported there)`] : []),
        ...(statesNoHighAvailability(design) ? [`High availability (the design states it is not built for it: ${codeSpan('out_of_scope: [high_availability]')}; its single instances are not reported)`] : []),
        ...(components.length > 0 ? [`${joinWords(components)} (drawn but not described: ${codeSpan('out_of_scope: true')}; their own replicas, backups, caching and sizing are not judged)`] : []),
        ...practicesPart(design)
    ];
    return parts.length > 0 ? [['Out of scope', parts.join('; ')]] : [];
}

/**
 * A design that states it is not for production (`purpose: demo`) is not
 * judged on the operational and hardening practices production adds: the
 * rules that judge their absence did not run.
 */
function practicesPart(design: Design): string[] {
    const purpose = purposeOf(design);
    if (purpose === 'production') {
        return [];
    }
    const skipped = ALL_RULES.filter((rule) => rule.meta.practice === true).map((rule) => codeSpan(rule.meta.id));
    return [`Operational and hardening practices (the design states what it is for: ${codeSpan(`purpose: ${purpose}`)}; the rules judging a missing practice did not run: ${joinWords(skipped)})`];
}

/** The design's own components it states it does not describe. */
function undescribedComponents(design: Design): Component[] {
    return design.components.filter((component) => !component.foreign && isOutOfScope(component));
}

function countBySeverity(findings: readonly Finding[]): Record<Severity, number> {
    const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0, hint: 0 };
    findings.forEach((finding) => counts[finding.severity]++);
    return counts;
}

function coverageTable(coverage: readonly SectionCoverage[]): string {
    return table(['Section', 'Status', 'Evidence', 'Findings'], coverage.map((entry) => [
        entry.section.title,
        statusLabel(entry.status),
        entry.evidence.length > 0 ? entry.evidence.map(inlineText).join('; ') : '—',
        entry.findings.length > 0 ? SEVERITIES.map((severity) => [severity, entry.findings.filter((finding) => finding.severity === severity).length] as const).filter(([, count]) => count > 0).map(([severity, count]) => `${count} ${severity}`).join(', ') : '—'
    ]));
}

function statusLabel(status: CoverageStatus): string {
    return status === 'addressed' ? '✅ addressed' : status === 'has findings' ? '⚠️ has findings' : '⬜ silent';
}

function findingsBySection(coverage: readonly SectionCoverage[], cwd: string): string {
    const parts = coverage.filter((entry) => entry.findings.length > 0).map((entry) => [
        `### ${entry.section.title}`,
        [...entry.findings].sort((a, b) => severityRank(b.severity) - severityRank(a.severity)).map((finding) => findingLine(finding, cwd)).join('\n')
    ].join('\n\n'));
    return parts.length > 0 ? parts.join('\n\n') : 'No findings.';
}

function findingLine(finding: Finding, cwd: string): string {
    const fix = ruleById(finding.rule)?.meta.fix;
    const where = `${displayPath(finding.uri, cwd)}:${finding.range.start.line + 1}`;
    const line = `- **${finding.severity}** ${codeSpan(finding.rule)} — ${inlineText(finding.message)} (${codeSpan(where)})${fix ? ` *Fix:* ${fix}` : ''}`;
    return [line, ...relatedLines(finding, cwd)].join('\n');
}

/** The places a finding also concerns (for one decision, every element it settles), as a short list under it. */
function relatedLines(finding: Finding, cwd: string): string[] {
    const related = finding.related ?? [];
    const lines = related.slice(0, RELATED_LISTED).map((location) => {
        const where = `${displayPath(location.uri, cwd)}:${location.range.start.line + 1}`;
        return `  - ${inlineText(location.message)} (${codeSpan(where)})`;
    });
    return related.length > RELATED_LISTED ? [...lines, `  - and ${related.length - RELATED_LISTED} more`] : lines;
}

function acceptedRisks(findings: readonly Finding[], cwd: string): string {
    const accepted = findings.filter((finding) => finding.suppressed);
    if (accepted.length === 0) {
        return 'None: no finding is suppressed.';
    }
    return table(['Rule', 'Element', 'Reason', 'Where'], accepted.map((finding) => [
        codeSpan(finding.rule),
        inlineText(finding.element ?? '(design)'),
        finding.reason ? inlineText(finding.reason) : '*no reason given*',
        codeSpan(`${displayPath(finding.uri, cwd)}:${finding.range.start.line + 1}`)
    ]));
}

function questions(design: Design, findings: readonly Finding[], coverage: readonly SectionCoverage[]): string {
    const outOfScope = new Set<SectionId>(outOfScopeSections(design));
    const parts = coverage
        .filter((entry) => entry.status !== 'addressed' && !outOfScope.has(entry.section.id))
        .map((entry) => ({ entry, asked: questionsFor(entry.section.id as SectionId, design, findings, entry.status === 'silent') }))
        .filter(({ asked }) => asked.length > 0)
        .map(({ entry, asked }) => [`### ${entry.section.title} (${entry.status})`, asked.map((question) => `- ${inlineText(question)}`).join('\n')].join('\n\n'));
    return parts.length > 0 ? parts.join('\n\n') : 'The design addresses every section of the checklist.';
}
