/** The designs each prompt is tested with, and scoring a design file for a prompt in tests. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { PromptEntry } from '../../src/practice/prompt.js';
import { scoreText } from '../../src/practice/score-practice.js';
import type { Scorecard } from '../../src/practice/scorecard.js';

export const ROOT = path.resolve(import.meta.dirname, '../..');
export const FIXTURES = path.join(ROOT, 'test/fixtures/practice');

/** The four designs of rising quality: first draft and reference ship with the prompt, basic and good are test fixtures. */
export const LEVELS = ['first-draft', 'basic', 'good', 'reference'] as const;
export type Level = (typeof LEVELS)[number];

export function designFile(id: string, level: Level): string {
    return level === 'first-draft' || level === 'reference'
        ? path.join(ROOT, 'practice', id, `${level}.arch`)
        : path.join(FIXTURES, id, `${level}.arch`);
}

/**
 * Scores a design file. The four levels are written as answers to the prompt,
 * so their figures are judged; a published answer was written elsewhere.
 */
export async function scoreFile(entry: PromptEntry, file: string, options: { readonly revealed?: readonly string[]; readonly fromPrompt?: boolean } = {}): Promise<Scorecard> {
    return scoreText(entry, fs.readFileSync(file, 'utf8'), pathToFileURL(file).toString(), { revealed: options.revealed ?? [], judgeFigures: options.fromPrompt ?? true });
}

export interface PublishedSolution {
    readonly prompt: string;
    /** Relative to the repository's root. */
    readonly file: string;
    readonly source: string;
}

/** Faithful transcriptions of other people's published answers (test/fixtures/practice/published.json). */
export function publishedSolutions(): PublishedSolution[] {
    return JSON.parse(fs.readFileSync(path.join(FIXTURES, 'published.json'), 'utf8')) as PublishedSolution[];
}
