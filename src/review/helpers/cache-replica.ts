/** A cache that is a replica of another cache, fed by its replication. */
import type { Component } from '../../model/design.js';
import type { DesignIndex } from '../../model/design-index.js';
import { writesTo } from './writes.js';

/**
 * The cache a replica copies: some cache writes into this one (replication
 * from a primary, a read replica in another region) and nothing else does.
 * Its keys, their expiries and what the primary evicts arrive with the
 * replication stream, so its expiry and memory policy are the primary's to
 * state. Undefined for a cache filled by the application.
 */
export function primaryCacheOf(cache: Component, index: DesignIndex): Component | undefined {
    const writers = index.incoming(cache).filter(writesTo).map((connection) => connection.source);
    const primary = writers.find((writer) => writer.kind === 'cache' && writer !== cache);
    return primary !== undefined && writers.every((writer) => writer.kind === 'cache') ? primary : undefined;
}
