/**
 * The scorecard as plain data: what `archlens practice score --format json`
 * prints, what the language server sends the editor's scorecard view, and
 * what the Markdown and text formats are written from. Lines are 1-based.
 */
import type { Evidence } from './evidence.js';
import { DEFAULT_TOLERANCE } from './figures.js';
import type { Scorecard, SectionKey } from './scorecard.js';

export type EvidenceJson =
    | { readonly kind: 'line'; readonly line: number; readonly text: string }
    | { readonly kind: 'finding'; readonly line: number; readonly rule: string; readonly severity: string; readonly message: string }
    | { readonly kind: 'note'; readonly text: string };

export interface ScorecardJson {
    readonly prompt: { readonly id: string; readonly title: string; readonly difficulty: string };
    readonly design: string;
    readonly score: number;
    readonly rubricScore: number;
    readonly earned: number;
    readonly possible: number;
    readonly penalty: { readonly points: number; readonly errors: number; readonly warnings: number; readonly findings: readonly { readonly rule: string; readonly severity: string; readonly element?: string; readonly line: number; readonly message: string }[] };
    readonly sections: readonly { readonly section: SectionKey; readonly title: string; readonly earned: number; readonly possible: number }[];
    readonly items: readonly { readonly id: string; readonly section: string; readonly text: string; readonly points: number; readonly earned: number; readonly met: boolean; readonly twist?: string; readonly question: string; readonly evidence: readonly EvidenceJson[] }[];
    /** False for a design not written from the prompt: `figures` then holds only those that agree with the prompt's. */
    readonly figuresJudged: boolean;
    readonly figures: readonly { readonly figure: string; readonly title: string; readonly expected: number; readonly tolerance: number; readonly stated?: number; readonly derivation?: string; readonly arithmetic: string; readonly met: boolean; readonly points: number; readonly earned: number }[];
    readonly twists: readonly { readonly id: string; readonly text: string; readonly revealed: boolean; readonly handled: boolean }[];
    readonly questions: readonly string[];
    readonly referenceHas: readonly string[];
}

export function scorecardJson(card: Scorecard): ScorecardJson {
    return {
        prompt: { id: card.prompt.id, title: card.prompt.title, difficulty: card.prompt.difficulty },
        design: card.design,
        score: card.score,
        rubricScore: card.rubricScore,
        earned: card.earned,
        possible: card.possible,
        penalty: {
            points: card.penalty.points,
            errors: card.penalty.errors,
            warnings: card.penalty.warnings,
            findings: card.penalty.findings.map((finding) => ({ rule: finding.rule, severity: finding.severity, ...(finding.element ? { element: finding.element } : {}), line: finding.range.start.line + 1, message: finding.message }))
        },
        sections: card.sections.map((section) => ({ ...section })),
        items: card.items.map((result) => ({
            id: result.item.id,
            section: result.item.section,
            text: result.item.text,
            points: result.item.points,
            earned: result.earned,
            met: result.met,
            ...(result.twist ? { twist: result.twist } : {}),
            question: result.item.question,
            evidence: result.evidence.map(evidenceJson)
        })),
        figuresJudged: card.figuresJudged,
        figures: card.figures.map((figure) => ({
            figure: figure.expected.figure,
            title: figure.expected.title,
            expected: figure.expected.value,
            tolerance: figure.expected.tolerance ?? DEFAULT_TOLERANCE,
            ...(figure.stated !== undefined ? { stated: figure.stated } : {}),
            ...(figure.derivation !== undefined ? { derivation: figure.derivation } : {}),
            arithmetic: figure.expected.arithmetic,
            met: figure.met,
            points: figure.expected.points,
            earned: figure.earned
        })),
        twists: card.twists.map((twist) => ({ id: twist.twist.id, text: twist.twist.text, revealed: twist.revealed, handled: twist.handled })),
        questions: card.questions,
        referenceHas: card.referenceHas
    };
}

function evidenceJson(evidence: Evidence): EvidenceJson {
    switch (evidence.kind) {
        case 'line':
            return { kind: 'line', line: evidence.line + 1, text: evidence.text };
        case 'finding':
            return { kind: 'finding', line: evidence.finding.range.start.line + 1, rule: evidence.finding.rule, severity: evidence.finding.severity, message: evidence.finding.message };
        case 'note':
            return { kind: 'note', text: evidence.text };
    }
}
