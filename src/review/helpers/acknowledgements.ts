/** A worker's connection back into the queue only it consumes: an acknowledgement or a re-enqueue, not a publish. */
import type { Component, ComponentKind } from '../../model/design.js';
import type { DesignIndex } from '../../model/design-index.js';

/** Kinds whose every run is driven by the messages they take. */
const HANDLER_KINDS: ReadonlySet<ComponentKind> = new Set(['worker', 'function']);

/**
 * A worker or function writes into a queue that it alone consumes (the queue
 * delivers to it, or it reads the queue with `access: reads` or
 * `read_write`, and no other component does): the write comes back to the
 * writer, so it acknowledges what it took (XACK, a deleted message) or puts
 * a failed message back for a retry. It is part of consuming, not news for
 * another party. A service that publishes to its peers through a queue it
 * also consumes, or a worker publishing onto a bus others consume, still
 * publishes.
 */
export function writesBackToOwnQueue(component: Component, queue: Component, index: DesignIndex): boolean {
    if (queue.kind !== 'queue' || !HANDLER_KINDS.has(component.kind)) {
        return false;
    }
    const pushed = index.outgoing(queue).map((connection) => connection.target);
    const pulling = index.incoming(queue).filter((connection) => connection.access === 'reads' || connection.access === 'read_write').map((connection) => connection.source);
    const consumers = new Set([...pushed, ...pulling].filter((consumer) => consumer.kind !== 'monitoring'));
    return consumers.size === 1 && consumers.has(component);
}
