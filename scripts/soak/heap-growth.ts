/**
 * Whether the server's heap after GC grows without bound over a soak run.
 * Every measurement is taken with the same text (the original design,
 * restored), so a bounded server shows a flat series and a leak a rising
 * one. The measurement right after opening is left out: the first edits fill
 * caches and compile code once.
 */
import type { HeapPoint } from '../bench/results-files.js';

/** The last quarter's mean heap may exceed the first quarter's by at most this factor. */
export const GROWTH_LIMIT = 1.1;

function mean(values: readonly number[]): number {
    return values.reduce((sum, value) => sum + value, 0) / Math.max(1, values.length);
}

export interface HeapGrowth {
    readonly first_mb: number;
    readonly last_mb: number;
    readonly last_over_first_quarter: number;
    readonly limit: number;
}

export function heapGrowth(points: readonly HeapPoint[]): HeapGrowth {
    const afterEdits = points.filter((point) => point.edits > 0).map((point) => point.heap_used_mb);
    const quarter = Math.max(1, Math.floor(afterEdits.length / 4));
    const first = mean(afterEdits.slice(0, quarter));
    const last = mean(afterEdits.slice(-quarter));
    return {
        first_mb: points[0]?.heap_used_mb ?? 0,
        last_mb: points[points.length - 1]?.heap_used_mb ?? 0,
        last_over_first_quarter: first > 0 ? Math.round(last / first * 1000) / 1000 : 0,
        limit: GROWTH_LIMIT
    };
}

export function bounded(growth: HeapGrowth): boolean {
    return growth.last_over_first_quarter > 0 && growth.last_over_first_quarter <= growth.limit;
}
