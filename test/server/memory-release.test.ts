/**
 * The server gives memory back once builds have settled (src/server/memory-release.ts):
 * one memory-reducing collection per pause in editing, never while builds
 * keep coming, and only when the resident memory has grown enough to be
 * worth it. Timers, the idle wait and the resident memory are stand-ins here.
 */
import { expect } from 'chai';
import { MemoryRelease, MIN_GAIN_BYTES, type Schedule, SETTLE_MS } from '../../src/server/memory-release.js';

const MB = 1024 * 1024;

/** A stand-in server: timers fired by hand, an idle wait that may hold actions back, a resident memory set by the test. */
class Harness {
    collections = 0;
    resident = 100 * MB;
    /** Whether a build is running: idle actions wait for `finishBuild()`. */
    building = false;
    private readonly timers: { callback: () => void; ms: number; cancelled: boolean }[] = [];
    private readonly heldBack: (() => void)[] = [];
    readonly release: MemoryRelease;

    constructor() {
        const schedule: Schedule = (callback, ms) => {
            const timer = { callback, ms, cancelled: false };
            this.timers.push(timer);
            return { cancel: () => { timer.cancelled = true; } };
        };
        this.release = new MemoryRelease({
            collect: () => {
                this.collections++;
                this.resident = 90 * MB;
            },
            whenIdle: (action) => (this.building ? this.heldBack.push(action) : action()),
            schedule,
            residentBytes: () => this.resident
        });
    }

    /** Fires every timer still armed, as if the server sat idle. */
    pause(): void {
        const due = this.timers.splice(0).filter((timer) => !timer.cancelled);
        due.forEach((timer) => {
            expect(timer.ms).to.equal(SETTLE_MS);
            timer.callback();
        });
    }

    finishBuild(): void {
        this.building = false;
        this.heldBack.splice(0).forEach((action) => action());
    }

    grow(bytes: number): void {
        this.resident += bytes;
    }
}

describe('memory release after builds settle', () => {
    it('runs one memory-reducing collection once the builds have settled', () => {
        const server = new Harness();
        server.release.buildActivity();
        server.grow(200 * MB);
        server.release.buildActivity();
        expect(server.release.current().pending).to.equal(true);
        server.pause();
        expect(server.collections).to.equal(1);
        expect(server.release.current()).to.include({ releases: 1, pending: false, lastBefore: 300 * MB, lastAfter: 90 * MB });
    });

    it('collects nothing while builds keep coming', () => {
        const server = new Harness();
        server.grow(200 * MB);
        for (let build = 0; build < 5; build++) {
            server.release.buildActivity();
        }
        expect(server.collections).to.equal(0);
        server.pause();
        expect(server.collections, 'one collection for the one pause').to.equal(1);
    });

    it('drops a release when an edit came while it waited for the running build', () => {
        const server = new Harness();
        server.grow(200 * MB);
        server.release.buildActivity();
        server.building = true;
        server.pause();
        server.release.buildActivity();
        server.finishBuild();
        expect(server.collections, 'not right after the new build').to.equal(0);
        server.pause();
        expect(server.collections).to.equal(1);
    });

    it('skips the collection when the resident memory has grown too little to be worth one', () => {
        const server = new Harness();
        server.grow(MIN_GAIN_BYTES - MB);
        server.release.buildActivity();
        server.pause();
        expect(server.collections).to.equal(0);
        expect(server.release.current().pending).to.equal(false);
    });

    it('measures the growth from what the last release left', () => {
        const server = new Harness();
        server.grow(200 * MB);
        server.release.buildActivity();
        server.pause();
        server.grow(MIN_GAIN_BYTES - MB);
        server.release.buildActivity();
        server.pause();
        expect(server.collections, 'the second pause found too little to give back').to.equal(1);
        server.grow(2 * MB);
        server.release.buildActivity();
        server.pause();
        expect(server.collections).to.equal(2);
    });
});
