/**
 * Where components sit in the network: `network` groups are trust
 * boundaries (private by default); components outside every network are
 * public, as language.md says.
 */
import type { Component, Connection, Group } from '../../model/design.js';

/** The innermost network holding a component, if any. */
export function networkOf(component: Component): Group | undefined {
    for (let group = component.group; group; group = group.parent) {
        if (group.kind === 'network') {
            return group;
        }
    }
    return undefined;
}

/**
 * Reachable from the internet: `public: true`, or, unless `public: false`
 * says otherwise, placed outside every network or in a public one.
 */
export function isPubliclyPlaced(component: Component): boolean {
    const stated = component.properties.boolean('public');
    if (stated !== undefined) {
        return stated;
    }
    const network = networkOf(component);
    return network === undefined || network.exposure === 'public';
}

/** The two ends sit in different networks (or only one of them in a network). */
export function crossesNetworks(connection: Connection): boolean {
    return networkOf(connection.source) !== networkOf(connection.target);
}
