/** Small helpers for the wording of `cap` and `data` messages. */

/** `A`, `A and B`, `A, B and C` (or `or`). */
export function joinWords(items: readonly string[], conjunction: 'and' | 'or' = 'and'): string {
    if (items.length <= 1) {
        return items.join('');
    }
    return `${items.slice(0, -1).join(', ')} ${conjunction} ${items[items.length - 1]}`;
}

/** The items without repeats, in first-seen order. */
export function unique<T>(items: readonly T[]): T[] {
    return [...new Set(items)];
}
