/**
 * The request between the VS Code extension and the language server for a
 * practice scorecard (plain types: the client bundle does not load Langium).
 * The server scores the document's current text, saved or not, exactly as
 * `archlens practice score` scores the file.
 */
import type { ScorecardJson } from './scorecard-json.js';

export const PRACTICE_SCORE_REQUEST = 'archlens/practiceScore';

export interface PracticeScoreParams {
    /** A practice design document open in the editor. */
    readonly uri: string;
}

export type PracticeScoreResult =
    | { readonly ok: true; readonly card: ScorecardJson; readonly attempt?: string }
    | { readonly ok: false; readonly message: string };
