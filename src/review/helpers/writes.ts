/** Which connections write data, as the `cap` rules count writes. */
import type { Component, ComponentKind, Connection } from '../../model/design.js';
import type { DesignIndex } from '../../model/design-index.js';

/** Taking a lock changes no data a reader sees; `cap/lock-on-async-replica` judges locks. */
export function isLock(connection: Connection): boolean {
    return connection.properties.string('uses') === 'lock';
}

/** Shipping metrics, traces or logs (`uses: telemetry`) changes no data another party acts on. */
export function carriesTelemetry(connection: Connection): boolean {
    return connection.properties.string('uses') === 'telemetry';
}

/**
 * A connection writes its target unless it says `access: reads`: rules.md
 * counts an unstated access as reads and writes; a lock and a telemetry
 * stream are not writes.
 */
export function writesTo(connection: Connection): boolean {
    return connection.access !== 'reads' && !isLock(connection) && !carriesTelemetry(connection);
}

/** A connection reads its target unless it says `access: writes`; a lock is not a read. */
export function readsFrom(connection: Connection): boolean {
    return connection.access !== 'writes' && !isLock(connection);
}

/**
 * Stores that hold records of their own. A cache is left out: its entries
 * are copies that expire or are rebuilt, and "write the database, then
 * update the cache" is the ordinary cache-aside pattern, not two truths.
 */
export const RECORD_KINDS: ReadonlySet<ComponentKind> = new Set(['database', 'storage', 'search', 'queue']);

/** Components that pass a connection on without running application code. */
const FORWARDER_KINDS: ReadonlySet<ComponentKind> = new Set(['loadbalancer', 'gateway']);

/**
 * The record stores a connection reaches: its target, or the stores behind a
 * load balancer or proxy that forwards only to stores (a database proxy in
 * front of a cluster must not hide the stores a service writes).
 */
export function storesReachedBy(connection: Connection, index: DesignIndex): Component[] {
    const target = connection.target;
    if (RECORD_KINDS.has(target.kind)) {
        return [target];
    }
    return isStoreProxy(target, index) ? index.outgoing(target).map((next) => next.target) : [];
}

/** A load balancer or proxy that forwards only to record stores (a database proxy in front of a cluster). */
export function isStoreProxy(component: Component, index: DesignIndex): boolean {
    const behind = index.outgoing(component);
    return FORWARDER_KINDS.has(component.kind) && behind.length > 0 && behind.every((connection) => RECORD_KINDS.has(connection.target.kind));
}

/** The access is stated as a write (`writes` or `read_write`), not left to the language's default. */
export function statesWrite(connection: Connection): boolean {
    return connection.access === 'writes' || connection.access === 'read_write';
}

/** A write of one store by a component, and whether the design states it as one. */
export interface StoreWrite {
    readonly connection: Connection;
    readonly store: Component;
    /** `access: writes`/`read_write`, or a publish to a queue (the arrow into a queue is a publish). */
    readonly stated: boolean;
}

/** The record stores a component writes directly (or through a store proxy), each once. */
export function storeWritesOf(component: Component, index: DesignIndex): StoreWrite[] {
    const seen = new Set<Component>();
    const writes: StoreWrite[] = [];
    for (const connection of index.outgoing(component)) {
        if (!writesTo(connection)) {
            continue;
        }
        for (const store of storesReachedBy(connection, index)) {
            if (!seen.has(store)) {
                seen.add(store);
                writes.push({ connection, store, stated: statesWrite(connection) || store.kind === 'queue' });
            }
        }
    }
    return writes;
}

/**
 * A store that holds only what it is loaded with: something reads it and no
 * connection writes it, directly or through a store proxy (reference or
 * seed data an image loads at start). Losing or exposing its copy loses no
 * record anyone made.
 */
export function isReadOnlyStore(store: Component, index: DesignIndex): boolean {
    const writers = index.incoming(store).flatMap((connection) => (isStoreProxy(connection.source, index) ? index.incoming(connection.source) : [connection]));
    // Any data flow in counts here, telemetry and locks included: they change what the store holds.
    return writers.length > 0 && writers.every((connection) => connection.access === 'reads');
}
