/** How messages word lists and counts, shared by every rule. */
import type { Component } from '../../model/design.js';
import { autoscales, describe, instanceCountStated, maxInstances, replicaCount } from '../../model/component-facts.js';

/** How many names a message lists before it says "and N more". */
const LISTED = 3;

/** `A`, `A and B`, `A, B and C` (or `or`). */
export function joinWords(items: readonly string[], conjunction: 'and' | 'or' = 'and'): string {
    if (items.length <= 1) {
        return items.join('');
    }
    return `${items.slice(0, -1).join(', ')} ${conjunction} ${items[items.length - 1]}`;
}

/** `service Web`, `service Web and client Admin`, `a, b, c and 2 more`. */
export function listOf(components: readonly Component[]): string {
    const names = components.slice(0, LISTED).map(describe);
    const rest = components.length - names.length;
    return rest > 0 ? `${names.join(', ')} and ${rest} more` : joinWords(names);
}

/** `Web`, `Web and Admin`, `A, B, C and 2 more`: names alone, where the message already says their kind. */
export function namesOf(components: readonly Component[]): string {
    const names = components.slice(0, LISTED).map((component) => component.name);
    const rest = components.length - names.length;
    return rest > 0 ? `${names.join(', ')} and ${rest} more` : joinWords(names);
}

/** `runs 3 replicas`, `autoscales up to 30 instances`. */
export function instancesText(component: Component): string {
    if (autoscales(component)) {
        const most = maxInstances(component);
        return most > 1 ? `autoscales up to ${most} instances` : 'autoscales';
    }
    return `runs ${replicasText(component)}`;
}

/** `one instance`, `3 replicas`, or for `replicas: many` `several replicas (count not stated)`. */
export function replicasText(component: Component): string {
    if (!instanceCountStated(component)) {
        return 'several replicas (count not stated)';
    }
    const replicas = replicaCount(component);
    return replicas === 1 ? 'one instance' : `${replicas} replicas`;
}

/** The items without repeats, in first-seen order. */
export function unique<T>(items: readonly T[]): T[] {
    return [...new Set(items)];
}
