/**
 * Practice history: each attempt with its latest score per section, and the
 * sections the person keeps missing — below half their points in at least
 * two scored attempts and in at least half of them.
 */
import { SECTIONS } from '../model/sections.js';
import type { AttemptRecord, SectionPoints } from './attempts.js';

export interface HistoryEntry {
    readonly attempt: string;
    readonly prompt: string;
    readonly file: string;
    readonly started: string;
    /** The latest score taken, if any. */
    readonly score?: number;
    readonly sections: readonly SectionPoints[];
    readonly scores: number;
}

export interface WeakSection {
    readonly section: string;
    readonly title: string;
    readonly missedIn: number;
    readonly scoredIn: number;
}

export interface PracticeHistory {
    readonly attempts: readonly HistoryEntry[];
    readonly weakSections: readonly WeakSection[];
}

const MISSED_BELOW = 0.5;
const MIN_MISSES = 2;

export function practiceHistory(records: readonly AttemptRecord[]): PracticeHistory {
    const attempts = records.map((record): HistoryEntry => {
        const latest = record.scores.at(-1);
        return { attempt: record.attempt, prompt: record.prompt, file: record.file, started: record.started, score: latest?.score, sections: latest?.sections ?? [], scores: record.scores.length };
    });
    return { attempts, weakSections: weakSections(attempts.filter((entry) => entry.score !== undefined)) };
}

function weakSections(scored: readonly HistoryEntry[]): WeakSection[] {
    const tally = new Map<string, { missed: number; scored: number }>();
    for (const entry of scored) {
        for (const section of entry.sections.filter((points) => points.possible > 0)) {
            const counts = tally.get(section.section) ?? { missed: 0, scored: 0 };
            counts.scored++;
            if (section.earned < section.possible * MISSED_BELOW) {
                counts.missed++;
            }
            tally.set(section.section, counts);
        }
    }
    return [...tally.entries()]
        .filter(([, counts]) => counts.missed >= MIN_MISSES && counts.missed * 2 >= counts.scored)
        .map(([section, counts]) => ({ section, title: titleOf(section), missedIn: counts.missed, scoredIn: counts.scored }))
        .sort((a, b) => b.missedIn / b.scoredIn - a.missedIn / a.scoredIn || a.section.localeCompare(b.section));
}

function titleOf(section: string): string {
    return section === 'requirements' ? 'Requirements and estimates' : SECTIONS.find((known) => known.id === section)?.title ?? section;
}
