/** Whether reads of a store are served by a cache, as rules.md defines it. */
import type { Component, Connection } from '../../model/design.js';
import type { DesignIndex } from '../../model/design-index.js';
import type { Traffic } from '../graph/traffic.js';

export function readsData(connection: Connection): boolean {
    return connection.mode === 'sync' && connection.access !== 'writes';
}

/** The synchronous connections that read a store. */
export function readersOf(store: Component, index: DesignIndex): Connection[] {
    return index.incoming(store).filter(readsData);
}

/**
 * Reads of a store are served by a cache when its engine is a cache engine,
 * when every component reading it also reads a cache, or when every client
 * path to those readers passes a CDN.
 */
export function isServedByCache(store: Component, index: DesignIndex, traffic: Traffic): boolean {
    if (store.engine?.kinds.includes('cache')) {
        return true;
    }
    const readers = readersOf(store, index).map((connection) => connection.source);
    if (readers.length === 0) {
        return true;
    }
    const pastNoCdn = traffic.reachableUnguarded((component) => component.kind === 'cdn');
    return readers.every((reader) => readsACache(reader, index) || !pastNoCdn.has(reader));
}

function readsACache(reader: Component, index: DesignIndex): boolean {
    return index.outgoing(reader).some((connection) => connection.target.kind === 'cache' && readsData(connection));
}
