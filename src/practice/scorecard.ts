/**
 * The scorecard of a practice design: every rubric item met or missed with
 * its evidence, the candidate's figures against the prompt's arithmetic, the
 * review's findings weighed by severity, the twists, the next questions and
 * what the reference has that this design lacks. A pure function of the
 * design file's text and the prompt: the same file scores the same anywhere.
 *
 * The arithmetic, so that anyone can check a score by hand (docs/practice.md):
 *   rubric = round(100 × points earned ÷ points possible), over the rubric,
 *            the figures (for a design written from the prompt), and the
 *            items of every twist the file reveals;
 *   score  = max(0, rubric − penalty), where the penalty is 3 per error and
 *            1 per warning of the review, at most 10, counting no finding
 *            that rests on an assumption, nor one of a rule a missed item
 *            already charged (a gap costs its points once).
 */
import type { Finding } from '../model/finding.js';
import { SECTIONS, type SectionId } from '../model/sections.js';
import { SECTION_EVIDENCE } from '../report/section-evidence.js';
import { questionsFor } from '../report/section-questions.js';
import { type CheckContext, evaluate, rulesNamedBy, weighs } from './checks.js';
import type { Evidence } from './evidence.js';
import { checkFigures, type FigureResult } from './figures.js';
import type { PracticePrompt, RubricItem, Twist } from './prompt.js';

export const PENALTY = { error: 3, warning: 1, cap: 10 } as const;
const MAX_QUESTIONS = 6;

export interface ItemResult {
    readonly item: RubricItem;
    /** The twist the item belongs to, if any. */
    readonly twist?: string;
    readonly met: boolean;
    readonly earned: number;
    readonly evidence: readonly Evidence[];
}

export type SectionKey = SectionId | 'requirements';

export interface SectionScore {
    readonly section: SectionKey;
    readonly title: string;
    readonly earned: number;
    readonly possible: number;
}

export interface Penalty {
    readonly errors: number;
    readonly warnings: number;
    readonly points: number;
    /** The findings it counts, most severe first. */
    readonly findings: readonly Finding[];
}

export interface TwistResult {
    readonly twist: Twist;
    readonly revealed: boolean;
    /** Every item of the twist is met (false while it is not revealed). */
    readonly handled: boolean;
}

export interface Scorecard {
    readonly prompt: PracticePrompt;
    readonly design: string;
    readonly score: number;
    readonly rubricScore: number;
    readonly earned: number;
    readonly possible: number;
    readonly sections: readonly SectionScore[];
    readonly items: readonly ItemResult[];
    readonly figures: readonly FigureResult[];
    /** False for a design not written from the prompt: only its figures that agree with the prompt's count (see ScoreInput). */
    readonly figuresJudged: boolean;
    readonly penalty: Penalty;
    readonly twists: readonly TwistResult[];
    readonly questions: readonly string[];
    /** Filled by `withReferenceGaps`: what the reference meets that this design misses. */
    readonly referenceHas: readonly string[];
}

export interface ScoreInput {
    readonly prompt: PracticePrompt;
    readonly context: CheckContext;
    /** The ids of the twists the design file reveals. */
    readonly revealed: readonly string[];
    /**
     * Judge the candidate's figures against the prompt's arithmetic: true for
     * a design written from the prompt (its header says so). A design written
     * elsewhere was never given the prompt's scale facts, so its figures are
     * not wrong for differing: a figure that agrees with the prompt's counts,
     * one that differs is left out of the score.
     */
    readonly judgeFigures: boolean;
}

export function scoreDesign(input: ScoreInput): Scorecard {
    const { prompt, context } = input;
    const revealed = prompt.twists.filter((twist) => input.revealed.includes(twist.id));
    const items: ItemResult[] = [
        ...prompt.rubric.map((item) => itemResult(item, context)),
        ...revealed.flatMap((twist) => twist.rubric.map((item) => ({ ...itemResult(item, context), twist: twist.id })))
    ];
    const checked = checkFigures(prompt.derive, context.estimates.whiteboard);
    const figures = input.judgeFigures ? checked : checked.filter((figure) => figure.met);
    const earned = sum(items.map((item) => item.earned)) + sum(figures.map((figure) => figure.earned));
    const possible = sum(items.map((item) => item.item.points)) + sum(figures.map((figure) => figure.expected.points));
    const rubricScore = possible === 0 ? 0 : Math.round((100 * earned) / possible);
    const charged = new Set(items.filter((item) => !item.met).flatMap((item) => rulesNamedBy(item.item.check)));
    const penalty = penaltyOf(context.findings.filter((finding) => !charged.has(finding.rule) && weighs(finding, context.design)));
    return {
        prompt,
        design: context.design.name,
        score: Math.max(0, rubricScore - penalty.points),
        rubricScore,
        earned,
        possible,
        sections: sectionScores(items, figures),
        items,
        figures,
        figuresJudged: input.judgeFigures,
        penalty,
        twists: prompt.twists.map((twist) => twistResult(twist, items, revealed.includes(twist))),
        questions: nextQuestions(items, figures, context),
        referenceHas: []
    };
}

/** The scorecard with what the reference design meets and this one misses, as short lines. */
export function withReferenceGaps(card: Scorecard, reference: Scorecard): Scorecard {
    const missed = new Set(card.items.filter((item) => !item.met).map((item) => item.item.id));
    const referenceHas = reference.items
        .filter((item) => item.met && missed.has(item.item.id))
        .sort((a, b) => b.item.points - a.item.points)
        .slice(0, 5)
        .map((item) => `${item.item.text}${describeEvidence(item.evidence)}`);
    return { ...card, referenceHas };
}

function describeEvidence(evidence: readonly Evidence[]): string {
    const lines = evidence.filter((entry): entry is Extract<Evidence, { kind: 'line' }> => entry.kind === 'line').map((entry) => entry.text);
    return lines.length > 0 ? ` (the reference: ${lines.join('; ')})` : '';
}

function itemResult(item: RubricItem, context: CheckContext): ItemResult {
    const result = evaluate(item.check, context);
    return { item, met: result.met, earned: result.met ? item.points : 0, evidence: result.evidence };
}

function penaltyOf(findings: readonly Finding[]): Penalty {
    const counted = findings.filter((finding) => finding.severity === 'error' || finding.severity === 'warning');
    const errors = counted.filter((finding) => finding.severity === 'error').length;
    const warnings = counted.length - errors;
    return {
        errors,
        warnings,
        points: Math.min(PENALTY.cap, errors * PENALTY.error + warnings * PENALTY.warning),
        findings: [...counted].sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1))
    };
}

function sectionScores(items: readonly ItemResult[], figures: readonly FigureResult[]): SectionScore[] {
    const scores: SectionScore[] = [];
    if (figures.length > 0) {
        scores.push({ section: 'requirements', title: 'Requirements and estimates', earned: sum(figures.map((figure) => figure.earned)), possible: sum(figures.map((figure) => figure.expected.points)) });
    }
    for (const section of SECTIONS) {
        const inSection = items.filter((item) => item.item.section === section.id);
        if (inSection.length > 0) {
            scores.push({ section: section.id, title: section.title, earned: sum(inSection.map((item) => item.earned)), possible: sum(inSection.map((item) => item.item.points)) });
        }
    }
    return scores;
}

function twistResult(twist: Twist, items: readonly ItemResult[], revealed: boolean): TwistResult {
    const own = items.filter((item) => item.twist === twist.id);
    return { twist, revealed, handled: revealed && own.length > 0 && own.every((item) => item.met) };
}

/**
 * Missed figures first (the interview opens with them), then missed items by
 * points (the rubric's order breaking ties), then the first question of each
 * checklist section the design is silent on and the rubric does not cover.
 */
function nextQuestions(items: readonly ItemResult[], figures: readonly FigureResult[], context: CheckContext): string[] {
    const figureQuestions = figures.filter((figure) => !figure.met).map((figure) => `${figure.expected.title}: how do you get from the scale facts to it? ${figure.stated === undefined ? 'The requirements do not give it.' : 'The requirements give a figure outside the expected range.'}`);
    const itemQuestions = items
        .map((item, order) => ({ item, order }))
        .filter(({ item }) => !item.met)
        .sort((a, b) => b.item.item.points - a.item.item.points || a.order - b.order)
        .map(({ item }) => item.item.question);
    const covered = new Set(items.map((item) => item.item.section));
    const silentQuestions = SECTIONS
        .filter((section) => !covered.has(section.id) && SECTION_EVIDENCE[section.id](context.design).length === 0 && !context.findings.some((finding) => finding.section === section.id))
        .flatMap((section) => questionsFor(section.id, context.design, context.findings, true).slice(0, 1));
    return [...new Set([...figureQuestions, ...itemQuestions, ...silentQuestions])].slice(0, MAX_QUESTIONS);
}

function sum(values: readonly number[]): number {
    return values.reduce((total, value) => total + value, 0);
}
