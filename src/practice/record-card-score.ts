/**
 * Records a score from the scorecard's JSON, as the editor receives it from
 * the language server: the same entry `recordScore` (attempts.ts) writes
 * from a Scorecard, so the history reads alike whichever way it was scored.
 */
import { type AttemptScore, readAttempt, writeAttempt } from './attempts.js';
import type { ScorecardJson } from './scorecard-json.js';

export function attemptScoreOf(card: ScorecardJson, at: Date): AttemptScore {
    return {
        at: at.toISOString(),
        score: card.score,
        sections: card.sections.map((section) => ({ section: section.section, earned: section.earned, possible: section.possible })),
        twists: card.twists.filter((twist) => twist.revealed).map((twist) => twist.id)
    };
}

/** Adds the score to its attempt's record; false when the attempt has no record under `root`. */
export async function recordCardScore(root: string, attempt: string, card: ScorecardJson, at: Date): Promise<boolean> {
    const record = await readAttempt(root, attempt);
    if (!record) {
        return false;
    }
    await writeAttempt(root, { ...record, scores: [...record.scores, attemptScoreOf(card, at)] });
    return true;
}
