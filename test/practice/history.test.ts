/** Practice history: the latest score of each attempt, and the sections a person keeps missing. */
import { expect } from 'chai';
import type { AttemptRecord } from '../../src/practice/attempts.js';
import { practiceHistory } from '../../src/practice/history.js';

function attempt(id: string, ...scores: { caching: number; security: number }[]): AttemptRecord {
    return {
        version: 1,
        attempt: id,
        prompt: 'url-shortener',
        file: `${id}.arch`,
        started: `2026-12-0${id}T10:00:00.000Z`,
        minutes: 45,
        scores: scores.map((score, index) => ({ at: `2026-12-0${id}T10:${10 + index}:00.000Z`, score: score.caching + score.security, twists: [], sections: [{ section: 'caching', earned: score.caching, possible: 20 }, { section: 'security', earned: score.security, possible: 10 }] }))
    };
}

describe('practice history', () => {
    it('shows each attempt with its latest score', () => {
        const history = practiceHistory([attempt('1', { caching: 0, security: 0 }, { caching: 20, security: 0 }), attempt('2')]);
        expect(history.attempts.map((entry) => [entry.attempt, entry.score, entry.scores])).to.deep.equal([['1', 20, 2], ['2', undefined, 0]]);
    });

    it('names a section missed (below half its points) in two attempts and in at least half of them', () => {
        const history = practiceHistory([
            attempt('1', { caching: 20, security: 0 }),
            attempt('2', { caching: 5, security: 4 }),
            attempt('3', { caching: 20, security: 10 })
        ]);
        expect(history.weakSections).to.deep.equal([{ section: 'security', title: 'Security', missedIn: 2, scoredIn: 3 }]);
    });

    it('does not call one missed attempt a habit', () => {
        expect(practiceHistory([attempt('1', { caching: 0, security: 0 })]).weakSections).to.deep.equal([]);
    });
});
