/**
 * Scores a practice design file: finds its prompt (the header `start`
 * wrote, or the one given), reviews the text on its own, scores it, and adds
 * what the prompt's reference design has that it lacks. The CLI and the
 * language server both score through here.
 */
import { reviewText } from './analyze-text.js';
import { readHeader, revealedTwists } from './practice-file.js';
import { PracticeError, requirePrompt } from './prompt-library.js';
import type { PromptEntry } from './prompt.js';
import { type Scorecard, scoreDesign, withReferenceGaps } from './scorecard.js';

export interface ScoreRequest {
    readonly text: string;
    /** The file's URI: findings and evidence point into it. */
    readonly uri: string;
    /** The prompt, for a design written without `start`'s header. */
    readonly prompt?: string;
}

export interface ScoredAttempt {
    readonly card: Scorecard;
    /** The attempt id of the header, when `start` wrote the file. */
    readonly attempt?: string;
}

export async function scorePractice(request: ScoreRequest): Promise<ScoredAttempt> {
    const header = readHeader(request.text);
    const id = request.prompt ?? header?.prompt;
    if (id === undefined) {
        throw new PracticeError('the file has no practice header (`// ArchLens practice: <prompt>`); name the prompt with --prompt.');
    }
    const entry = requirePrompt(id);
    const card = await scoreText(entry, request.text, request.uri, { revealed: revealedTwists(request.text), judgeFigures: header?.prompt === id });
    const reference = await referenceCard(entry);
    return { card: withReferenceGaps(card, reference), attempt: header?.prompt === id ? header.attempt : undefined };
}

export interface ScoreOptions {
    /** The twists the file reveals. */
    readonly revealed: readonly string[];
    /** Judge the figures: the design was written from this prompt (see ScoreInput). */
    readonly judgeFigures: boolean;
}

/** A design text scored against a prompt, without the reference comparison. */
export async function scoreText(entry: PromptEntry, text: string, uri: string, options: ScoreOptions): Promise<Scorecard> {
    const reviewed = await reviewText(text, uri);
    if (!reviewed) {
        throw new PracticeError('the file has no `architecture` block to score.');
    }
    if (reviewed.languageErrors.length > 0) {
        const first = reviewed.languageErrors[0];
        const what = first.rule === 'syntax' ? 'does not parse' : 'has a language error';
        throw new PracticeError(`the design ${what} (line ${first.range.start.line + 1}: ${first.message}); fix it to score it.`);
    }
    return scoreDesign({ prompt: entry.prompt, context: reviewed, ...options });
}

const references = new Map<string, Promise<Scorecard>>();

/** The reference design's scorecard with every twist revealed, computed once per prompt. */
export function referenceCard(entry: PromptEntry): Promise<Scorecard> {
    let card = references.get(entry.prompt.id);
    if (!card) {
        card = scoreText(entry, entry.reference, referenceUri(entry), { revealed: entry.prompt.twists.map((twist) => twist.id), judgeFigures: true });
        references.set(entry.prompt.id, card);
    }
    return card;
}

/** Where the reference "lives": not a file, so no configuration is looked up for it. */
export function referenceUri(entry: PromptEntry, file = 'reference.arch'): string {
    return `archlens-practice:/${entry.prompt.id}/${file}`;
}
