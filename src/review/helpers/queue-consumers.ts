/** Who consumes a queue, and what a consumer's handler changes, for the delivery rules. */
import type { Component, Connection } from '../../model/design.js';
import type { DesignIndex } from '../../model/design-index.js';
import { writesTo } from './writes.js';

/** The kinds that run handlers for messages. */
const CONSUMER_KINDS = new Set(['worker', 'service', 'function']);

/** Where a handler's outgoing connection changes nothing another party sees twice. */
const SIDE_CHANNEL_KINDS = new Set(['monitoring', 'logging', 'cache', 'dns', 'idp', 'coordinator']);

/** One consumer of a queue, by the connection it receives messages over. */
export interface Consumer {
    readonly component: Component;
    readonly connection: Connection;
    /** What a handler changes: the targets of its connections that do not only read. */
    readonly effects: readonly Component[];
}

/** The queue's consumers, each once, with what their handlers change. */
export function consumersOf(queue: Component, index: DesignIndex): Consumer[] {
    const pushed = index.outgoing(queue).map((connection) => ({ component: connection.target, connection }));
    const pulling = index.incoming(queue)
        .filter((connection) => connection.access === 'reads' || connection.access === 'read_write')
        .map((connection) => ({ component: connection.source, connection }));
    const seen = new Set<Component>();
    const consumers: Consumer[] = [];
    for (const { component, connection } of [...pushed, ...pulling]) {
        if (CONSUMER_KINDS.has(component.kind) && !seen.has(component)) {
            seen.add(component);
            consumers.push({ component, connection, effects: effectsOf(component, index) });
        }
    }
    return consumers;
}

/**
 * The targets the component changes: connections that do not only read, away
 * from side channels (locks and telemetry are no writes). A write stated idempotent (`idempotent: true` on the
 * connection: an upsert by key, a put of the same object) changes nothing
 * more when repeated, so it is no effect of a redelivery.
 */
function effectsOf(component: Component, index: DesignIndex): Component[] {
    const targets = index.outgoing(component)
        .filter((connection) => writesTo(connection) && !SIDE_CHANNEL_KINDS.has(connection.target.kind) && connection.properties.boolean('idempotent') !== true)
        .map((connection) => connection.target);
    return [...new Set(targets)];
}

/** The connection consumes its target store's change stream (`uses: changes`): each change arrives at least once. */
export function consumesChanges(connection: Connection): boolean {
    return connection.properties.string('uses') === 'changes';
}

/**
 * The consumers of stores' change streams (`uses: changes` from a service,
 * worker or function to a store), each once: a failed batch is retried
 * whole, so a handler sees a change again like a redelivered message.
 */
export function changeStreamConsumers(index: DesignIndex): { readonly consumer: Consumer; readonly store: Component }[] {
    const seen = new Set<Component>();
    const found: { consumer: Consumer; store: Component }[] = [];
    for (const component of index.ofKind('service', 'worker', 'function')) {
        const connection = index.outgoing(component).find(consumesChanges);
        if (connection && !seen.has(component)) {
            seen.add(component);
            found.push({ consumer: { component, connection, effects: effectsOf(component, index) }, store: connection.target });
        }
    }
    return found;
}

/**
 * The components that consume a queue delivering at least once: a handler
 * that fails part-way is run again on the redelivered message, so its
 * writes are completed by the replay (if they are idempotent).
 */
export function redeliveredConsumers(index: DesignIndex): Set<Component> {
    const queues = index.ofKind('queue').filter((queue) => queue.properties.string('delivery') === 'at_least_once');
    return new Set([
        ...queues.flatMap((queue) => consumersOf(queue, index).map((consumer) => consumer.component)),
        ...changeStreamConsumers(index).map((found) => found.consumer.component)
    ]);
}
