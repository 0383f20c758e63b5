/**
 * What a request or an event from a user can reach: every component on some
 * chain of connections, synchronous or not, starting at a client (or, in a
 * design that draws no client, at the components nothing calls). A cache a
 * request reaches serves it, however the design lays the cache out.
 */
import type { Component, Design } from '../model/design.js';
import { indexOf } from '../model/design-index.js';

const cache = new WeakMap<Design, ReadonlySet<Component>>();

export function reachedFromClients(design: Design): ReadonlySet<Component> {
    let reached = cache.get(design);
    if (!reached) {
        reached = walk(design);
        cache.set(design, reached);
    }
    return reached;
}

function walk(design: Design): ReadonlySet<Component> {
    const index = indexOf(design);
    const clients = index.ofKind('client');
    const starts = clients.length > 0 ? clients : design.components.filter((component) => index.incoming(component).length === 0);
    const reached = new Set<Component>(starts);
    const queue = [...starts];
    for (let head = 0; head < queue.length; head++) {
        for (const connection of index.outgoing(queue[head])) {
            if (!reached.has(connection.target)) {
                reached.add(connection.target);
                queue.push(connection.target);
            }
        }
    }
    return reached;
}
