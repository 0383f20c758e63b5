/**
 * Who stampedes a cache when a key expires: the readers that fill it on a
 * miss from a store behind it. Shared by cache/stampede and cache/no-ttl,
 * which leaves the expiry question to the stampede finding that already asks
 * for `ttl` on the same cache.
 */
import type { Component } from '../../model/design.js';
import type { DesignIndex } from '../../model/design-index.js';
import { maxInstances } from '../../model/component-facts.js';
import { holdsOnlyLocks } from './cache-use.js';
import { readsData } from './caching.js';
import { isColocated } from './network.js';
import { isStoreProxy } from './writes.js';

/** Strategies that fill the cache on a miss: every reader that misses loads the key itself. */
const FILLED_ON_MISS = new Set(['cache_aside', 'read_through']);

/** Stores a miss falls through to. */
const BACKING_KINDS = new Set(['database', 'storage']);

/** The readers that reload a key together when it expires, their instances, and the stores they reload from. */
export interface StampedeExposure {
    readonly readers: readonly Component[];
    readonly instances: number;
    readonly stores: readonly Component[];
}

/**
 * Undefined when the cache cannot stampede: not filled on a miss, protected
 * (`coalescing`, `early_refresh`), lock-only, foreign, or with no reader that
 * runs two or more instances and falls through to a store. The burst on one
 * key comes from the instances of one reader running the same code: two
 * different services with one instance each read keys of their own, and
 * neither can stampede itself.
 */
export function stampedeExposure(cache: Component, index: DesignIndex): StampedeExposure | undefined {
    if (cache.foreign || !isFilledOnMiss(cache) || isProtected(cache) || holdsOnlyLocks(cache, index) || isPrecomputed(cache, index)) {
        return undefined;
    }
    const readers = readersThatMiss(cache, index);
    if (!readers.some((reader) => maxInstances(reader) >= 2)) {
        return undefined;
    }
    const instances = readers.reduce((sum, reader) => sum + maxInstances(reader), 0);
    const stores = [...new Set(readers.flatMap((reader) => backingStoresOf(reader, index)))];
    return { readers, instances, stores };
}

function isFilledOnMiss(cache: Component): boolean {
    const strategy = cache.properties.string('strategy');
    return strategy === undefined || FILLED_ON_MISS.has(strategy);
}

function isProtected(cache: Component): boolean {
    return cache.properties.boolean('coalescing') === true || cache.properties.boolean('early_refresh') === true;
}

/**
 * Filled ahead of time: a component only writes into the cache (a worker
 * precomputing listings) and no expiry is stated, so its entries are replaced
 * by that writer rather than expiring and being rebuilt by readers on a miss.
 * A stated `ttl` still makes entries expire, and then the readers reload them.
 */
export function isPrecomputed(cache: Component, index: DesignIndex): boolean {
    if (cache.properties.number('ttl') !== undefined || cache.properties.string('eviction') === 'ttl_only') {
        return false;
    }
    const incoming = index.incoming(cache);
    const readers = new Set(incoming.filter(readsData).map((connection) => connection.source));
    return incoming.some((connection) => connection.access === 'writes' && !readers.has(connection.source));
}

/**
 * The components that read the cache and, on a miss, a store behind it. A
 * reader reaching the cache over a `colocated` connection has its own copy
 * per instance (a local memcached on each server): each instance misses
 * alone, so none of them counts towards a shared burst.
 */
function readersThatMiss(cache: Component, index: DesignIndex): Component[] {
    const readers = index.incoming(cache).filter((connection) => readsData(connection) && !isColocated(connection)).map((connection) => connection.source);
    return [...new Set(readers)].filter((reader) => backingStoresOf(reader, index).length > 0);
}

/**
 * The databases and storage a reader falls through to on a miss: read
 * directly, or through a connection pooler or load balancer that forwards
 * only to stores (pgbouncer or HAProxy in front of a database), which does
 * not hide the store behind it. A read stated `phase: background` (an hourly
 * download of a prebuilt index into memory) is off the request path: a miss
 * does not fall through to it.
 */
function backingStoresOf(reader: Component, index: DesignIndex): Component[] {
    const reads = index.outgoing(reader).filter((connection) => readsData(connection) && connection.properties.string('phase') !== 'background');
    const reached = reads.flatMap((connection) => (isStoreProxy(connection.target, index) ? index.outgoing(connection.target).filter(readsData).map((next) => next.target) : [connection.target]));
    return [...new Set(reached.filter((target) => BACKING_KINDS.has(target.kind)))];
}
