/**
 * The scorecard in words: Markdown (for a file or a pull request, escaped
 * like the review report) and plain text for the terminal. Both are written
 * from the scorecard's JSON, so every format shows the same figures.
 */
import { page, table } from '../docs/markdown.js';
import { bytes } from '../estimates/whiteboard.js';
import { formatCount } from '../model/units.js';
import { codeSpan, inlineText } from '../util/escape/markdown.js';
import { terminalText } from '../util/escape/terminal.js';
import type { EvidenceJson, ScorecardJson } from './scorecard-json.js';

type FigureJson = ScorecardJson['figures'][number];

export const FIGURES_NOT_JUDGED = 'The design was not written from this prompt (no practice header), so it was never given the prompt\'s scale facts: only its figures that agree with the prompt\'s count; the others are left out.';

/** A figure with its unit: requests per second, bytes a year, bytes per second. */
export function figureValue(figure: string, value: number): string {
    if (figure === 'storage_per_year') {
        return `${bytes(value)} a year`;
    }
    if (figure === 'egress' || figure === 'ingress') {
        return `${bytes(value)}/s`;
    }
    return `${formatCount(value)}/s`;
}

export function evidenceText(evidence: EvidenceJson): string {
    switch (evidence.kind) {
        case 'line':
            return `line ${evidence.line}: ${evidence.text}`;
        case 'finding':
            return `line ${evidence.line}: ${evidence.severity} ${evidence.rule}: ${evidence.message}`;
        case 'note':
            return evidence.text;
    }
}

function figureVerdict(figure: FigureJson): string {
    if (figure.stated === undefined) {
        return 'not given';
    }
    return `${figureValue(figure.figure, figure.stated)}${figure.met ? '' : ` (outside ${figureValue(figure.figure, figure.expected / figure.tolerance)} – ${figureValue(figure.figure, figure.expected * figure.tolerance)})`}`;
}

export function scorecardMarkdown(card: ScorecardJson): string {
    const items = card.items.map((item) => [
        item.met ? '✅' : '❌',
        inlineText(`${item.text}${item.twist ? ` (twist ${item.twist})` : ''}`),
        `${item.earned}/${item.points}`,
        inlineText(item.evidence.map(evidenceText).join('; '))
    ]);
    return page([
        `# Practice scorecard: ${inlineText(card.prompt.title)}`,
        `**${card.score} / 100** for ${codeSpan(card.design)}: rubric ${card.rubricScore} (${card.earned} of ${card.possible} points) − ${card.penalty.points} for the review's findings (${card.penalty.errors} errors × 3, ${card.penalty.warnings} warnings × 1, at most 10).`,
        '## Sections',
        table(['Section', 'Points'], card.sections.map((section) => [inlineText(section.title), `${section.earned}/${section.possible}`])),
        '## Requirements and estimates',
        ...(card.figuresJudged ? [] : [FIGURES_NOT_JUDGED]),
        ...(card.figures.length > 0 ? [table(['Figure', 'Yours', 'Expected', 'Points'], card.figures.map((figure) => [inlineText(figure.title), inlineText(figureVerdict(figure)), inlineText(`${figureValue(figure.figure, figure.expected)}: ${figure.arithmetic}`), `${figure.earned}/${figure.points}`]))] : []),
        '## Rubric',
        table(['', 'Item', 'Points', 'Evidence'], items),
        '## Twists',
        card.twists.map((twist) => `- ${twist.revealed ? (twist.handled ? '✅ handled' : '❌ not handled') : '⏳ not revealed'}: ${inlineText(twist.text)}`).join('\n'),
        ...(card.penalty.findings.length > 0 ? ['## Findings weighed', card.penalty.findings.map((finding) => `- line ${finding.line}: ${finding.severity} ${codeSpan(finding.rule)}: ${inlineText(finding.message)}`).join('\n')] : []),
        ...(card.questions.length > 0 ? ['## Questions an interviewer would ask next', card.questions.map((question, index) => `${index + 1}. ${inlineText(question)}`).join('\n')] : []),
        ...(card.referenceHas.length > 0 ? ['## What the reference has that this design lacks', card.referenceHas.map((line) => `- ${inlineText(line)}`).join('\n')] : [])
    ]);
}

export function scorecardText(card: ScorecardJson): string {
    const lines = [
        `${card.prompt.title}: ${card.score}/100 (rubric ${card.rubricScore}: ${card.earned} of ${card.possible} points; findings −${card.penalty.points})`,
        '',
        ...card.sections.map((section) => `  ${section.title.padEnd(28)} ${String(section.earned).padStart(3)}/${section.possible}`),
        '',
        'Requirements and estimates:',
        ...(card.figuresJudged ? [] : [`  ${FIGURES_NOT_JUDGED}`]),
        ...card.figures.map((figure) => `  ${figure.met ? '✔' : '✖'} ${figure.title}: ${figureVerdict(figure)}; expected ${figureValue(figure.figure, figure.expected)} (${figure.arithmetic})`),
        '',
        'Rubric:',
        ...card.items.flatMap((item) => [
            `  ${item.met ? '✔' : '✖'} ${item.earned}/${item.points} ${item.text}${item.twist ? ` (twist ${item.twist})` : ''}`,
            ...item.evidence.map((evidence) => `      ${evidenceText(evidence)}`)
        ]),
        '',
        'Twists:',
        ...card.twists.map((twist) => `  ${twist.revealed ? (twist.handled ? '✔ handled' : '✖ not handled') : '… not revealed'}: ${twist.text}`),
        ...(card.penalty.findings.length > 0 ? ['', `Findings weighed (−${card.penalty.points}):`, ...card.penalty.findings.map((finding) => `  line ${finding.line}: ${finding.severity} ${finding.rule}: ${finding.message}`)] : []),
        ...(card.questions.length > 0 ? ['', 'Questions an interviewer would ask next:', ...card.questions.map((question, index) => `  ${index + 1}. ${question}`)] : []),
        ...(card.referenceHas.length > 0 ? ['', 'What the reference has that this design lacks:', ...card.referenceHas.map((line) => `  - ${line}`)] : [])
    ];
    return `${lines.map(terminalText).join('\n')}\n`;
}
