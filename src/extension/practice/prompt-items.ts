/** The quick pick's entries for the prompts: title, difficulty and length, tags and the statement's first sentence. */
import type { PracticePrompt } from '../../practice/prompt.js';

export interface PromptItem {
    readonly id: string;
    readonly label: string;
    readonly description: string;
    readonly detail: string;
}

export function firstSentence(text: string): string {
    const match = /^.*?[.!?](?=\s|$)/s.exec(text.trim());
    return (match ? match[0] : text.trim()).replace(/\s+/g, ' ');
}

export function promptItem(prompt: PracticePrompt): PromptItem {
    return {
        id: prompt.id,
        label: prompt.title,
        description: `${prompt.difficulty} · ${prompt.minutes} min`,
        detail: `${prompt.tags.join(', ')} — ${firstSentence(prompt.statement)}`
    };
}

/** Easy first, then by title: the order someone new would work through them. */
export function promptItems(prompts: readonly PracticePrompt[]): PromptItem[] {
    const rank = { easy: 0, medium: 1, hard: 2 } as const;
    return [...prompts].sort((a, b) => rank[a.difficulty] - rank[b.difficulty] || a.title.localeCompare(b.title)).map(promptItem);
}
