/** The assumptions findings made, gathered once: the hover and the report list each only once. */
import type { Assumption } from './finding.js';

/** Each assumption once (same element, text and property), in the order first met. */
export function uniqueAssumptions(assumptions: readonly Assumption[]): Assumption[] {
    const seen = new Map<string, Assumption>();
    for (const assumption of assumptions) {
        const key = JSON.stringify([assumption.element ?? '', assumption.text, assumption.settle]);
        if (!seen.has(key)) {
            seen.set(key, assumption);
        }
    }
    return [...seen.values()];
}
