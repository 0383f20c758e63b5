/** Message fragments shared by the scaling and caching rules. */
import type { Component } from '../../../model/design.js';
import { autoscales, describe, maxInstances } from '../facts.js';

/** How many names a message lists before it says "and N more". */
const LISTED = 3;

/** `service Web`, `service Web and client Admin`, `a, b, c and 2 more`. */
export function listOf(components: readonly Component[]): string {
    const names = components.slice(0, LISTED).map(describe);
    const rest = components.length - names.length;
    if (rest > 0) {
        return `${names.join(', ')} and ${rest} more`;
    }
    return names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/** `runs 3 replicas`, `autoscales up to 30 instances`. */
export function instancesText(component: Component): string {
    if (autoscales(component)) {
        const most = maxInstances(component);
        return most > 1 ? `autoscales up to ${most} instances` : 'autoscales';
    }
    const replicas = component.properties.number('replicas') ?? 1;
    return replicas === 1 ? 'runs one instance' : `runs ${replicas} replicas`;
}

/** 40000 → `40k`, 1500000 → `1.5M`: counts as a reviewer writes them. */
export function formatCount(count: number): string {
    const units: readonly [number, string][] = [[1e9, 'B'], [1e6, 'M'], [1e3, 'k']];
    for (const [size, suffix] of units) {
        if (Math.abs(count) >= size) {
            return `${Number.parseFloat((count / size).toPrecision(3))}${suffix}`;
        }
    }
    return String(Number.parseFloat(count.toPrecision(3)));
}
