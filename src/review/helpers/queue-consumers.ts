/** Who consumes a queue, and what a consumer's handler changes, for the delivery rules. */
import type { Component, Connection } from '../../model/design.js';
import type { DesignIndex } from '../../model/design-index.js';
import { carriesTelemetry, writesTo } from './writes.js';

/** The kinds that run handlers for messages. */
const CONSUMER_KINDS = new Set(['worker', 'service', 'function']);

/** Where a handler's outgoing connection changes nothing another party sees twice. */
const SIDE_CHANNEL_KINDS = new Set(['monitoring', 'logging', 'dns', 'idp', 'coordinator']);

/**
 * Stores that hold a copy keyed by its source's ids: filling a cache entry or
 * re-indexing a document writes the same entry again.
 */
const COPY_KINDS = new Set(['cache', 'search']);

/** The stores that can invoke a handler with their changes (DynamoDB Streams and Cosmos DB change-feed triggers, S3 event notifications). */
const TRIGGERING_STORE_KINDS = new Set(['database', 'storage']);

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
    // A scrape of the broker's monitoring endpoint (`uses: telemetry`: an exporter reading its stats) takes no messages.
    const pulling = index.incoming(queue)
        .filter((connection) => (connection.access === 'reads' || connection.access === 'read_write') && !carriesTelemetry(connection))
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
        .filter((connection) => writesTo(connection) && !isSideChannel(connection.target) && connection.properties.boolean('idempotent') !== true)
        .map((connection) => connection.target);
    return [...new Set(targets)];
}

/**
 * Telemetry, locks, cache fills and index updates change nothing a repeat
 * would double. A cache or index stated `derived: false` is no copy but the
 * only record of what it holds (a leaderboard kept by increments): a write
 * to it is a change.
 */
function isSideChannel(target: Component): boolean {
    if (COPY_KINDS.has(target.kind)) {
        return target.properties.boolean('derived') !== false;
    }
    return SIDE_CHANNEL_KINDS.has(target.kind);
}

/** The connection consumes its target store's change stream (`uses: changes`): each change arrives at least once. */
export function consumesChanges(connection: Connection): boolean {
    return connection.properties.string('uses') === 'changes';
}

/** Protocols where the caller waits for the callee's answer: a connection over one is a call, not a stream of changes. */
const REQUEST_RESPONSE_PROTOCOLS: ReadonlySet<string> = new Set(['http', 'https', 'grpc', 'grpcs']);

/**
 * The store invokes the handler it connects to: a store makes no calls of its
 * own, so a connection from a database or a bucket to a service, worker or
 * function is a trigger carrying its changes (DynamoDB Streams to Lambda, a
 * Cosmos DB change-feed trigger, S3 event notifications), delivered at least
 * once like `uses: changes`. A request/response protocol to a service or
 * worker says otherwise: the store (through its proxy or middleware) asks a
 * server for something and waits for the answer (an object store asking an
 * image scaler to render a missing thumbnail), a call with nothing redelivered.
 * A function is invoked by its platform whatever transport is named, so a
 * store's connection to a function stays a trigger.
 */
export function triggersWithChanges(connection: Connection): boolean {
    return TRIGGERING_STORE_KINDS.has(connection.source.kind) && CONSUMER_KINDS.has(connection.target.kind)
        && connection.properties.string('uses') !== 'telemetry' && !isStoreCallingServer(connection);
}

/** A store's request/response call to a long-running service or worker (not a platform-invoked function). */
function isStoreCallingServer(connection: Connection): boolean {
    return connection.target.kind !== 'function' && connection.protocol !== undefined && REQUEST_RESPONSE_PROTOCOLS.has(connection.protocol);
}

/**
 * How a store's change stream retries a failure, as messages say it: a
 * bucket's event notification invokes its handler again; a table's stream
 * retries the whole batch.
 */
export function changeRetry(store: Component): string {
    return store.kind === 'storage' ? 'a failed event is retried' : 'a failed batch is retried whole';
}

/** One consumer of a store's change stream, by the connection the changes arrive over. */
export interface ChangeStreamConsumer {
    readonly consumer: Consumer;
    readonly store: Component;
}

/**
 * The consumers of stores' change streams, each once: a service, worker or
 * function that reads a store with `uses: changes`, or that a store triggers
 * (a connection from the store to it). A failed batch is retried whole, so a
 * handler sees a change again like a redelivered message.
 */
export function changeStreamConsumers(index: DesignIndex): ChangeStreamConsumer[] {
    const seen = new Set<Component>();
    const found: ChangeStreamConsumer[] = [];
    for (const component of index.ofKind('service', 'worker', 'function')) {
        const pulled = index.outgoing(component).find(consumesChanges);
        const pushed = index.incoming(component).find(triggersWithChanges);
        const connection = pulled ?? pushed;
        if (connection && !seen.has(component)) {
            seen.add(component);
            found.push({ consumer: { component, connection, effects: effectsOf(component, index) }, store: pulled ? connection.target : connection.source });
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
