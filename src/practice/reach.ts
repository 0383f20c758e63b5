/**
 * What a request or an event from a user can reach: every component on some
 * chain of connections, synchronous or not, starting at a client (or, in a
 * design that draws no client, at the components nothing calls). A cache a
 * request reaches serves it, however the design lays the cache out.
 *
 * Data flows the way it is read, too: a worker drawn pulling from a queue
 * (`Worker -> Jobs`), or a job reading a store the requests write
 * (`Aggregator -> Logs : reads`), takes part in the flow, so it is reached,
 * whichever way the arrow was drawn.
 */
import type { Component, Connection, Design } from '../model/design.js';
import { indexOf } from '../model/design-index.js';

/** The source takes data from the target: it reads it, or consumes from a queue. */
function readsFromTarget(connection: Connection): boolean {
    return connection.access === 'reads' || connection.access === 'read_write' || connection.target.kind === 'queue';
}

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
    const visit = (component: Component): void => {
        if (!reached.has(component)) {
            reached.add(component);
            queue.push(component);
        }
    };
    for (let head = 0; head < queue.length; head++) {
        index.outgoing(queue[head]).forEach((connection) => visit(connection.target));
        index.incoming(queue[head]).filter(readsFromTarget).forEach((connection) => visit(connection.source));
    }
    return reached;
}
