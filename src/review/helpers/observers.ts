/**
 * Observers (monitoring, logging) and the telemetry pipelines that only feed
 * them: their failure blinds a dashboard but stops nothing the design's users
 * or its work depend on (rules.md: observers observe everything).
 */
import type { Component, ComponentKind } from '../../model/design.js';
import type { DesignIndex } from '../../model/design-index.js';

export const OBSERVER_KINDS: ReadonlySet<ComponentKind> = new Set<ComponentKind>(['monitoring', 'logging']);

/**
 * Everything that takes data out of the component is an observer, or only
 * feeds observers itself: a metrics bus read by a stream aggregator that only
 * a dashboard reads. A queue's users are its consumers (what it pushes to,
 * what reads from it), not its producers; any other component's users are
 * its callers. A component nothing uses is not "only observed".
 */
export function feedsOnlyObservers(component: Component, index: DesignIndex): boolean {
    let known = ANSWERS.get(index);
    if (!known) {
        known = new Map();
        ANSWERS.set(index, known);
    }
    return answer(component, index, known, new Set());
}

/**
 * Each component's answer once per design index: walking every path again for
 * each component made a chain of a few thousand services take minutes.
 */
const ANSWERS = new WeakMap<DesignIndex, Map<Component, boolean>>();

function answer(component: Component, index: DesignIndex, known: Map<Component, boolean>, walking: Set<Component>): boolean {
    const cached = known.get(component);
    if (cached !== undefined) {
        return cached;
    }
    // A cycle back to a component being answered: data that comes round is used by something, not only observed.
    if (walking.has(component)) {
        return false;
    }
    const users = usersOf(component, index).filter((user) => user !== component);
    walking.add(component);
    const result = users.length > 0 && users.every((user) => OBSERVER_KINDS.has(user.kind) || answer(user, index, known, walking));
    walking.delete(component);
    known.set(component, result);
    return result;
}

function usersOf(component: Component, index: DesignIndex): Component[] {
    const callers = index.incoming(component);
    if (component.kind !== 'queue') {
        return callers.map((connection) => connection.source);
    }
    const readers = callers.filter((connection) => connection.access === 'reads' || connection.access === 'read_write').map((connection) => connection.source);
    return [...index.outgoing(component).map((connection) => connection.target), ...readers];
}
