/** How many instances of a component share its traffic. */
import type { Component } from '../../model/design.js';
import { autoscales, replicaCount } from '../../model/component-facts.js';

/**
 * Several instances share the component's traffic: `replicas > 1`, or an
 * autoscaler (which adds instances when the load grows), as rules.md puts it.
 */
export function runsSeveralInstances(component: Component): boolean {
    return replicaCount(component) > 1 || autoscales(component);
}
