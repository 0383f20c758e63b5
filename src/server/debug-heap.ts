/**
 * A debug-only request for the soak run (scripts/soak): `archlens/debug/heap`
 * answers once every queued build has finished (a normal read of the
 * workspace lock waits for queued writes), after a full garbage collection
 * unless `collect` is false: the heap a settled server keeps, or just a
 * barrier after a burst of edits. Served only when ARCHLENS_DEBUG_HEAP=1: a
 * user's server never exposes it. Garbage is collected only when the process
 * runs with --expose-gc.
 */
import type { LangiumSharedServices } from 'langium/lsp';
import * as v8 from 'node:v8';
import type { Connection } from 'vscode-languageserver';
import type { MemoryRelease, MemoryReleaseStats } from './memory-release.js';

export const DEBUG_HEAP_REQUEST = 'archlens/debug/heap';

export interface DebugHeapParams {
    /** Collect garbage before measuring (default true). */
    readonly collect?: boolean;
}

/** One of V8's heap spaces (new, old, code, large objects…): what it has reserved and what it holds. */
export interface HeapSpace {
    readonly name: string;
    readonly size: number;
    readonly used: number;
}

export interface DebugHeapResult {
    /** Whether garbage was collected before measuring. */
    readonly collected: boolean;
    /** rss, heapTotal, heapUsed, external, arrayBuffers, in bytes. */
    readonly memory: NodeJS.MemoryUsage;
    /** V8's heap space by space: where heapTotal goes. */
    readonly spaces: readonly HeapSpace[];
    /** The server's own release of memory after builds settle (src/server/memory-release.ts); absent when this Node cannot run it. */
    readonly release?: MemoryReleaseStats;
}

export function serveDebugHeap(shared: LangiumSharedServices, connection: Connection, release: MemoryRelease | undefined): void {
    if (process.env.ARCHLENS_DEBUG_HEAP !== '1') {
        return;
    }
    connection.onRequest(DEBUG_HEAP_REQUEST, (params: DebugHeapParams | undefined) => shared.workspace.WorkspaceLock.read(() => memoryNow(params?.collect ?? true, release)));
}

function memoryNow(collect: boolean, release: MemoryRelease | undefined): DebugHeapResult {
    const gc = collect ? globalThis.gc : undefined;
    gc?.();
    const spaces = v8.getHeapSpaceStatistics().map((space) => ({ name: space.space_name, size: space.space_size, used: space.space_used_size }));
    return { collected: gc !== undefined, memory: process.memoryUsage(), spaces, release: release?.current() };
}
