/**
 * Components the design draws but does not describe (`out_of_scope: true`).
 *
 * A published design often draws a store or a service its source says
 * nothing about: a talk about timelines draws the tweet store it reads from.
 * The review then judges how other components use such a component (the
 * connections to it, what depends on it) but not the component's own
 * properties (replicas, backups, caching, sizing, encryption): the design is
 * silent on them by choice, and silence there is not a gap (review-quality
 * principle 4).
 */
import type { Component, Group } from './design.js';

/**
 * Whether the design states it does not describe this component: its own
 * `out_of_scope`, else that of the innermost `system` or `network` around it
 * that states one (a member may say `out_of_scope: false` to opt back in).
 */
export function isOutOfScope(component: Component): boolean {
    const own = component.properties.boolean('out_of_scope');
    if (own !== undefined) {
        return own;
    }
    return groupOutOfScope(component.group) ?? false;
}

function groupOutOfScope(group: Group | undefined): boolean | undefined {
    for (let current = group; current !== undefined; current = current.parent) {
        const stated = current.properties.boolean('out_of_scope');
        if (stated !== undefined) {
            return stated;
        }
    }
    return undefined;
}

/** The components of a list whose own properties the review judges. */
export function inScope<Item extends Component>(components: readonly Item[]): Item[] {
    return components.filter((component) => !isOutOfScope(component));
}
