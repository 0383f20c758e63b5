/**
 * Array helpers for lists whose length the input decides (findings,
 * diagnostics, edges). `target.push(...items)` and `Math.max(...values)`
 * pass every item as a call argument, and V8 runs out of stack at around
 * 120,000 arguments ("Maximum call stack size exceeded"): these loop instead.
 */

/** Appends every item to the end of target (in order) and returns target. */
export function appendAll<T>(target: T[], items: Iterable<T>): T[] {
    for (const item of items) {
        target.push(item);
    }
    return target;
}

/** The largest of the values, or `empty` when there are none. */
export function largest(values: Iterable<number>, empty: number): number {
    let result: number | undefined;
    for (const value of values) {
        result = result === undefined || value > result ? value : result;
    }
    return result ?? empty;
}
