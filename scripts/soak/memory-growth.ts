/**
 * Whether the server's memory grows without bound over a soak run. Every
 * measurement is taken with the same text (the original design, restored)
 * once the server has settled, so a bounded server shows a flat series and a
 * leak a rising one. The measurement right after opening is left out of the
 * trend: the first edits fill caches and compile code once.
 *
 * The heap after GC is judged by its trend. Resident memory also by its
 * level against the measurement after opening: a server that keeps what its
 * busiest build took (V8's grown young generation, the pages it freed) is
 * flat too, but far above where it started, from the first checkpoint on.
 */
import type { Growth, MemoryPoint, RssGrowth } from '../bench/results-files.js';

/** The last quarter's mean heap may exceed the first quarter's by at most this factor. */
export const HEAP_GROWTH_LIMIT = 1.1;
/** The same for resident memory. */
export const RSS_GROWTH_LIMIT = 1.1;
/**
 * The last quarter's mean resident memory may exceed the resident memory
 * after opening by at most this factor: room for code compiled and caches
 * filled by the first edits, and for a heap that varies with the text (the
 * settled server holds 97-125 MB with a 500-component design), well below
 * one build's peak kept (133 MB → 421-627 MB before the server gave memory back).
 */
export const RSS_OVER_OPENING_LIMIT = 1.5;

function mean(values: readonly number[]): number {
    return values.reduce((sum, value) => sum + value, 0) / Math.max(1, values.length);
}

const ratio = (over: number, under: number): number => (under > 0 ? Math.round(over / under * 1000) / 1000 : 0);

/** The mean of the first and of the last quarter of the points after edits. */
function quarterMeans(points: readonly MemoryPoint[], measure: (point: MemoryPoint) => number): { first: number; last: number } {
    const afterEdits = points.filter((point) => point.edits > 0).map(measure);
    const quarter = Math.max(1, Math.floor(afterEdits.length / 4));
    return { first: mean(afterEdits.slice(0, quarter)), last: mean(afterEdits.slice(-quarter)) };
}

function growthOf(points: readonly MemoryPoint[], measure: (point: MemoryPoint) => number, limit: number): Growth {
    const quarters = quarterMeans(points, measure);
    return {
        first_mb: points.length > 0 ? measure(points[0]) : 0,
        last_mb: points.length > 0 ? measure(points[points.length - 1]) : 0,
        last_over_first_quarter: ratio(quarters.last, quarters.first),
        limit
    };
}

const heapUsed = (point: MemoryPoint): number => point.heap_used_mb;
const resident = (point: MemoryPoint): number => point.rss_mb;

export function heapGrowth(points: readonly MemoryPoint[]): Growth {
    return growthOf(points, heapUsed, HEAP_GROWTH_LIMIT);
}

export function rssGrowth(points: readonly MemoryPoint[]): RssGrowth {
    const growth = growthOf(points, resident, RSS_GROWTH_LIMIT);
    return { ...growth, last_quarter_over_opening: ratio(quarterMeans(points, resident).last, growth.first_mb), opening_limit: RSS_OVER_OPENING_LIMIT };
}

/** Why the memory is judged unbounded; empty when it is bounded. */
export function memoryFailures(heap: Growth, rss: RssGrowth): string[] {
    const failures: string[] = [];
    const trend = (what: string, growth: Growth): void => {
        if (!(growth.last_over_first_quarter > 0 && growth.last_over_first_quarter <= growth.limit)) {
            failures.push(`${what} grew: the last quarter of the checkpoints averages ${growth.last_over_first_quarter}× the first quarter (limit ${growth.limit}×)`);
        }
    };
    trend('the heap after GC', heap);
    trend('the resident memory', rss);
    if (!(rss.last_quarter_over_opening > 0 && rss.last_quarter_over_opening <= rss.opening_limit)) {
        failures.push(`the resident memory stayed high: the last quarter of the checkpoints averages ${rss.last_quarter_over_opening}× the ${rss.first_mb} MB after opening (limit ${rss.opening_limit}×)`);
    }
    return failures;
}
