/** Jobs that copy data from the design's stores into others (exports, ETL): what they write is rebuilt from what they read. */
import type { Component, Connection } from '../../model/design.js';
import type { DesignIndex } from '../../model/design-index.js';

/** Kinds a copy job takes its data from: stores that keep it. */
const SOURCE_KINDS = new Set(['database', 'storage', 'search']);

/**
 * A worker or function nothing calls or feeds (a scheduled or hand-started
 * run) whose every input is a read of a drawn database, object store or
 * search index, and which writes into another store: an export that dumps
 * databases into a bucket, a warehouse or a data lake. Its outputs are copies
 * the next run writes again. A job that only reads (a report whose output is
 * not drawn) or relays into a queue (an outbox relay) copies nothing into a
 * store.
 */
export function isCopyJob(component: Component, index: DesignIndex): boolean {
    if ((component.kind !== 'worker' && component.kind !== 'function') || index.incoming(component).length > 0) {
        return false;
    }
    const outgoing = index.outgoing(component);
    const inputs = outgoing.filter((connection) => connection.access === 'reads');
    return inputs.length > 0 && inputs.every((connection) => SOURCE_KINDS.has(connection.target.kind))
        && outgoing.some((connection) => connection.access !== 'reads' && SOURCE_KINDS.has(connection.target.kind));
}

/**
 * Every write into the store comes from copy jobs reading other stores: it
 * holds a copy (a data lake fed by exports, billing aggregates recomputed from
 * the lake), which the sources' backups protect.
 */
export function isCopiedFromStores(store: Component, index: DesignIndex): boolean {
    const writes = index.incoming(store).filter((connection) => connection.access !== 'reads');
    return writes.length > 0 && writes.every((connection) => isCopyJob(connection.source, index) && readsOnlyOthers(connection.source, store, index));
}

/** The job reads stores other than the one it writes. */
function readsOnlyOthers(job: Component, store: Component, index: DesignIndex): boolean {
    return index.outgoing(job).every((connection: Connection) => connection.access !== 'reads' || connection.target !== store);
}

/** An export's read of the database: a copy job that only reads it (mongoexport, a nightly dump into a warehouse). */
export function isExportRead(connection: Connection, index: DesignIndex): boolean {
    return connection.access === 'reads' && isCopyJob(connection.source, index);
}
