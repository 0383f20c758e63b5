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
import type { Connection } from 'vscode-languageserver';

export const DEBUG_HEAP_REQUEST = 'archlens/debug/heap';

export interface DebugHeapParams {
    /** Collect garbage before measuring (default true). */
    readonly collect?: boolean;
}

export interface DebugHeapResult {
    /** Whether garbage was collected before measuring. */
    readonly collected: boolean;
    readonly memory: NodeJS.MemoryUsage;
}

export function serveDebugHeap(shared: LangiumSharedServices, connection: Connection): void {
    if (process.env.ARCHLENS_DEBUG_HEAP !== '1') {
        return;
    }
    connection.onRequest(DEBUG_HEAP_REQUEST, (params: DebugHeapParams | undefined) => shared.workspace.WorkspaceLock.read(() => memoryNow(params?.collect ?? true)));
}

function memoryNow(collect: boolean): DebugHeapResult {
    const gc = collect ? globalThis.gc : undefined;
    gc?.();
    return { collected: gc !== undefined, memory: process.memoryUsage() };
}
