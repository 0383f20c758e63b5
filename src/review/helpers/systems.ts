/**
 * `system` groups as microservice boundaries: a bounded context, or a
 * service and its own data. Systems nest; a nested system is part of the
 * one around it, so a call or a shared store between them stays inside one
 * boundary.
 */
import type { Group } from '../../model/design.js';

/** True when `outer` is `inner` or holds it, at any depth. */
export function holds(outer: Group, inner: Group): boolean {
    for (let group: Group | undefined = inner; group; group = group.parent) {
        if (group === outer) {
            return true;
        }
    }
    return false;
}

/** Two systems are one boundary when one holds the other. */
export function sameBoundary(a: Group, b: Group): boolean {
    return holds(a, b) || holds(b, a);
}

/**
 * True when the systems are not all one boundary: some two of them are not
 * nested one in the other. Linear in the systems times their depth: they
 * are one boundary exactly when every system holds the deepest one.
 */
export function spansSeveralSystems(systems: readonly Group[]): boolean {
    const deepest = systems.reduce<Group | undefined>((found, system) => (found === undefined || depthOf(system) > depthOf(found) ? system : found), undefined);
    return deepest !== undefined && systems.some((system) => !holds(system, deepest));
}

function depthOf(group: Group): number {
    let depth = 0;
    for (let parent = group.parent; parent; parent = parent.parent) {
        depth++;
    }
    return depth;
}
