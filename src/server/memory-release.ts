/**
 * Gives memory back to the system once the user has stopped editing.
 *
 * Why: a build allocates far more than it keeps (the server keeps about
 * 35 MB for a 500-component design, but one build allocates hundreds). V8
 * answers by growing its young generation to its largest size (128 MB on a
 * machine with much memory) and, when a collection frees old-generation
 * pages, keeps them in a pool to reuse instead of returning them. Only a
 * memory-reducing collection shrinks the young generation and returns the
 * pool. V8's own memory reducer runs one only after a long quiet spell (an
 * idle server gave its memory back after about 100 s): over 10,000 soak
 * edits the resident memory climbed from 133 MB to 627 MB, each step the
 * peak of some build, while the heap after GC stayed at 31-36 MB.
 *
 * So once no build has run for SETTLE_MS (the user paused), the server asks
 * V8 for one memory-reducing collection, the one V8 itself runs on memory
 * pressure, if resident memory has grown by MIN_GAIN_BYTES since the last
 * one: short of that, a full collection would cost more than it returns.
 * It runs while the server is idle, as a read of the workspace (never in the
 * middle of a build), and not at all if the user edited again meanwhile.
 * The price: the collection takes the main thread for about 50 ms with a
 * 500-component design (110 ms at 2,000), and the first build after it
 * regrows the young generation, about half again as slow as the next ones.
 */
import { DocumentState } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import * as v8 from 'node:v8';
import * as vm from 'node:vm';

/** Idle time after the last build before memory is given back: a pause in typing, longer than the gap between keystrokes. */
export const SETTLE_MS = 2000;
/** Growth of the resident memory since the last release that makes a release worth a full collection. */
export const MIN_GAIN_BYTES = 48 * 1024 * 1024;

export interface MemoryReleaseStats {
    /** Memory-reducing collections run so far. */
    readonly releases: number;
    /** Whether a release is waiting for the server to settle. */
    readonly pending: boolean;
    /** The longest release, in milliseconds (it blocks the server while idle). */
    readonly longestMs: number;
    /** Resident memory before and after the last release, in bytes (0 before the first). */
    readonly lastBefore: number;
    readonly lastAfter: number;
}

/** Runs `callback` once after `ms`, unless cancelled. */
export type Schedule = (callback: () => void, ms: number) => { cancel(): void };

export interface MemoryReleaseOptions {
    /** The memory-reducing collection. */
    readonly collect: () => void;
    /** Runs an action once no build is running or queued. */
    readonly whenIdle: (action: () => void) => void;
    readonly schedule?: Schedule;
    readonly residentBytes?: () => number;
}

const timer: Schedule = (callback, ms) => {
    const handle = setTimeout(callback, ms);
    // Never what keeps the process alive: the connection is.
    handle.unref();
    return { cancel: () => clearTimeout(handle) };
};

export class MemoryRelease {
    private readonly schedule: Schedule;
    private readonly residentBytes: () => number;
    private waiting: { cancel(): void } | undefined;
    /** Bumped by each build: a release planned before the latest build is dropped. */
    private generation = 0;
    private baseline: number;
    private stats: MemoryReleaseStats = { releases: 0, pending: false, longestMs: 0, lastBefore: 0, lastAfter: 0 };

    constructor(private readonly options: MemoryReleaseOptions) {
        this.schedule = options.schedule ?? timer;
        this.residentBytes = options.residentBytes ?? (() => process.memoryUsage.rss());
        this.baseline = this.residentBytes();
    }

    /** A build started or ended: the server is busy, wait for it to settle again. */
    buildActivity(): void {
        this.generation++;
        this.waiting?.cancel();
        const planned = this.generation;
        this.waiting = this.schedule(() => this.options.whenIdle(() => this.settled(planned)), SETTLE_MS);
    }

    current(): MemoryReleaseStats {
        return { ...this.stats, pending: this.waiting !== undefined };
    }

    private settled(planned: number): void {
        if (planned !== this.generation) {
            return;
        }
        this.waiting = undefined;
        const before = this.residentBytes();
        if (before - this.baseline < MIN_GAIN_BYTES) {
            return;
        }
        const started = performance.now();
        this.options.collect();
        const took = performance.now() - started;
        this.baseline = this.residentBytes();
        this.stats = { releases: this.stats.releases + 1, pending: false, longestMs: Math.max(this.stats.longestMs, Math.round(took)), lastBefore: before, lastAfter: this.baseline };
    }
}

/** Starts giving memory back after builds settle; undefined when this Node cannot run a memory-reducing collection. */
export function releaseMemoryWhenSettled(shared: LangiumSharedServices): MemoryRelease | undefined {
    const collect = memoryReducingCollection();
    if (!collect) {
        return undefined;
    }
    const release = new MemoryRelease({
        collect,
        whenIdle: (action) => {
            shared.workspace.WorkspaceLock.read(action).catch(() => undefined);
        }
    });
    shared.workspace.DocumentBuilder.onUpdate(() => release.buildActivity());
    shared.workspace.DocumentBuilder.onBuildPhase(DocumentState.Validated, () => release.buildActivity());
    return release;
}

/**
 * V8's "last resort" full collection: it collects until nothing more is
 * freed, shrinks the young generation and returns pooled pages. Node offers
 * it only through the `gc` function of --expose-gc; without that flag the
 * function is taken from a fresh context made while the flag is briefly set.
 */
function memoryReducingCollection(): (() => void) | undefined {
    const gc = globalThis.gc ?? exposedCollector();
    return gc ? () => gc({ type: 'major', execution: 'sync', flavor: 'last-resort' }) : undefined;
}

function exposedCollector(): NodeJS.GCFunction | undefined {
    try {
        v8.setFlagsFromString('--expose-gc');
        const gc: unknown = vm.runInNewContext('gc');
        return isCollector(gc) ? gc : undefined;
    } catch {
        return undefined;
    } finally {
        v8.setFlagsFromString('--no-expose-gc');
    }
}

function isCollector(value: unknown): value is NodeJS.GCFunction {
    return typeof value === 'function';
}
