/** The preview's update policy while typing (src/extension/preview/update-scheduler.ts), on a fake clock. */
import { expect } from 'chai';
import { delayAfterEdit, PREVIEW_UPDATE_POLICY, type Timers, UpdateScheduler } from '../../src/extension/preview/update-scheduler.js';

class FakeClock implements Timers {
    time = 0;
    private timers: { at: number; callback: () => void; id: number }[] = [];
    private nextId = 1;

    now(): number {
        return this.time;
    }

    setTimeout(callback: () => void, ms: number): unknown {
        const id = this.nextId++;
        this.timers.push({ at: this.time + ms, callback, id });
        return id;
    }

    clearTimeout(handle: unknown): void {
        this.timers = this.timers.filter((timer) => timer.id !== handle);
    }

    /** Moves time forward, firing due timers in order. */
    advance(ms: number): void {
        const end = this.time + ms;
        for (let due = this.nextDue(end); due; due = this.nextDue(end)) {
            this.time = due.at;
            this.timers = this.timers.filter((timer) => timer !== due);
            due.callback();
        }
        this.time = end;
    }

    private nextDue(end: number): { at: number; callback: () => void; id: number } | undefined {
        return [...this.timers].sort((a, b) => a.at - b.at).find((timer) => timer.at <= end);
    }
}

function setUp(): { clock: FakeClock; scheduler: UpdateScheduler; updates: number[] } {
    const clock = new FakeClock();
    const updates: number[] = [];
    const scheduler = new UpdateScheduler(() => updates.push(clock.now()), PREVIEW_UPDATE_POLICY, clock);
    return { clock, scheduler, updates };
}

describe('preview update scheduler', () => {
    it('uses 130 ms of quiet and at most 400 ms per burst', () => {
        expect(PREVIEW_UPDATE_POLICY).to.deep.equal({ quietMs: 130, maxWaitMs: 400 });
    });

    it('updates once, 130 ms after a single edit', () => {
        const { clock, scheduler, updates } = setUp();
        scheduler.trigger();
        clock.advance(129);
        expect(updates).to.deep.equal([]);
        clock.advance(1);
        expect(updates).to.deep.equal([130]);
        clock.advance(1000);
        expect(updates).to.have.length(1);
    });

    it('waits for the typing to pause', () => {
        const { clock, scheduler, updates } = setUp();
        for (let edit = 0; edit < 3; edit++) {
            scheduler.trigger();
            clock.advance(100);
        }
        expect(updates).to.deep.equal([]);
        clock.advance(30);
        expect(updates).to.deep.equal([330]);
    });

    it('updates at least every 400 ms during a long burst', () => {
        const { clock, scheduler, updates } = setUp();
        for (let time = 0; time < 1300; time += 50) {
            scheduler.trigger();
            clock.advance(50);
        }
        clock.advance(500);
        expect(updates.slice(0, 3)).to.deep.equal([400, 800, 1200]);
        for (let index = 1; index < updates.length; index++) {
            expect((updates[index] ?? 0) - (updates[index - 1] ?? 0)).to.be.at.most(400);
        }
    });

    it('updates at once on flush, and never after cancel', () => {
        const { clock, scheduler, updates } = setUp();
        scheduler.trigger();
        scheduler.flush();
        expect(updates).to.deep.equal([0]);
        clock.advance(500);
        expect(updates).to.deep.equal([0]);
        scheduler.trigger();
        scheduler.cancel();
        clock.advance(500);
        expect(updates).to.deep.equal([0]);
    });

    it('computes the delay from the start of the burst', () => {
        expect(delayAfterEdit(0, 0, PREVIEW_UPDATE_POLICY)).to.equal(130);
        expect(delayAfterEdit(0, 300, PREVIEW_UPDATE_POLICY)).to.equal(100);
        expect(delayAfterEdit(0, 450, PREVIEW_UPDATE_POLICY)).to.equal(0);
    });
});
