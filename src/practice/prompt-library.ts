/** The prompts shipped with ArchLens (practice/<id>/), bundled at build time. */
import { PRACTICE_LIBRARY } from '../generated/practice-library.js';
import type { PromptEntry } from './prompt.js';

export function allPrompts(): readonly PromptEntry[] {
    return PRACTICE_LIBRARY;
}

export function promptEntry(id: string): PromptEntry | undefined {
    return PRACTICE_LIBRARY.find((entry) => entry.prompt.id === id);
}

/** Thrown for a practice request that cannot be served: the message says why, in one line. */
export class PracticeError extends Error {}

export function requirePrompt(id: string): PromptEntry {
    const entry = promptEntry(id);
    if (!entry) {
        throw new PracticeError(`no practice prompt '${id}'; the prompts are: ${PRACTICE_LIBRARY.map((known) => known.prompt.id).join(', ')}.`);
    }
    return entry;
}
