/** The practice session's clock: time left, the status bar's text, and when twists come. */
import { expect } from 'chai';
import type { Twist } from '../../../src/practice/prompt.js';
import { WARNING_MS, clockPhase, clockText, dueTwists, elapsedMs, remainingMs, sessionMs, statusText, statusTooltip, twistSchedule } from '../../../src/extension/practice/practice-clock.js';

const twist = (id: string, at: number): Twist => ({ id, at, text: `Twist ${id}.`, rubric: [] });
const START = Date.UTC(2026, 11, 3, 14, 0, 0);

describe('practice clock', () => {
    it('counts down from the session length and stops at zero', () => {
        const clock = { startedAt: START, minutes: 45 };
        expect(sessionMs(45)).to.equal(2_700_000);
        expect(remainingMs(clock, START)).to.equal(2_700_000);
        expect(remainingMs(clock, START + 163_000)).to.equal(2_537_000);
        expect(remainingMs(clock, START + 2_700_000)).to.equal(0);
        expect(remainingMs(clock, START + 9_999_999)).to.equal(0);
        // A clock set back before the start neither adds time nor goes negative.
        expect(elapsedMs(clock, START - 5_000)).to.equal(0);
        expect(remainingMs(clock, START - 5_000)).to.equal(2_700_000);
    });

    it('takes fractions of a minute (a test session of three seconds)', () => {
        expect(sessionMs(0.05)).to.equal(3_000);
        expect(remainingMs({ startedAt: START, minutes: 0.05 }, START + 1_200)).to.equal(1_800);
    });

    it('shows minutes and seconds, rounded up, and hours past an hour', () => {
        expect(clockText(2_537_000)).to.equal('42:17');
        expect(clockText(2_536_001)).to.equal('42:17');
        expect(clockText(59_000)).to.equal('0:59');
        expect(clockText(1)).to.equal('0:01');
        expect(clockText(0)).to.equal('0:00');
        expect(clockText(-5)).to.equal('0:00');
        expect(clockText(3_900_000)).to.equal('1:05:00');
    });

    it('warns in the last five minutes and says when the time is up', () => {
        expect(WARNING_MS).to.equal(300_000);
        expect(clockPhase(300_001)).to.equal('running');
        expect(clockPhase(300_000)).to.equal('warning');
        expect(clockPhase(1)).to.equal('warning');
        expect(clockPhase(0)).to.equal('up');
    });

    it('writes the status bar item and its tooltip', () => {
        expect(statusText('URL shortener', 2_537_000)).to.equal('$(watch) 42:17 · URL shortener');
        expect(statusText('URL shortener', 0)).to.equal('$(watch) time is up · URL shortener');
        expect(statusTooltip('URL shortener', 59_000)).to.equal('ArchLens practice: URL shortener, 0:59 left. Click to finish and see the scorecard.');
        expect(statusTooltip('URL shortener', 0)).to.contain('time is up');
    });

    it('schedules each twist at its share of the session, in order', () => {
        const schedule = twistSchedule([twist('late', 0.75), twist('early', 0.5)], 40);
        expect(schedule.map((entry) => [entry.twist.id, entry.dueMs])).to.deep.equal([['early', 1_200_000], ['late', 1_800_000]]);
        expect(twistSchedule([twist('half', 0.5)], 0.05).map((entry) => entry.dueMs)).to.deep.equal([1_500]);
    });

    it('says which twists are due and not revealed yet', () => {
        const schedule = twistSchedule([twist('a', 0.5), twist('b', 0.75)], 40);
        expect(dueTwists(schedule, 1_199_999, []).map((due) => due.id)).to.deep.equal([]);
        expect(dueTwists(schedule, 1_200_000, []).map((due) => due.id)).to.deep.equal(['a']);
        expect(dueTwists(schedule, 1_800_000, ['a']).map((due) => due.id)).to.deep.equal(['b']);
        // A session that slept past both (a laptop lid) reveals both, first due first.
        expect(dueTwists(schedule, 9_000_000, []).map((due) => due.id)).to.deep.equal(['a', 'b']);
        expect(dueTwists(schedule, 9_000_000, ['a', 'b'])).to.deep.equal([]);
    });
});
