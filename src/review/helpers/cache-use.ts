/** What a cache component is used for, as far as its connections say. */
import type { Component } from '../../model/design.js';
import type { DesignIndex } from '../../model/design-index.js';
import { changeStreamConsumers } from './queue-consumers.js';

/**
 * Every connection to the cache takes a lock (`uses: lock`): it holds locks,
 * not copies of data, so eviction and expiry policies for cached data do not
 * apply (evicting a held lock would break mutual exclusion).
 */
export function holdsOnlyLocks(cache: Component, index: DesignIndex): boolean {
    const incoming = index.incoming(cache);
    return incoming.length > 0 && incoming.every((connection) => connection.properties.string('uses') === 'lock');
}

/** Stores a cache can stand in front of: where a miss, or a rebuild, reads the data. */
const STORE_BEHIND_KINDS = new Set(['database', 'storage', 'search']);

/**
 * No component that reads or writes the cache reaches a database, object
 * storage or search index: nothing stands behind it for a miss to fall
 * through to, so it is not a copy of a store (cache-aside) but the only
 * home of its data (a leaderboard kept in a sorted set, counters), or it is
 * filled from a stream by a writer that keeps it current. A monitor that
 * scrapes the cache's metrics (`uses: telemetry`) does not use its data.
 */
export function hasNoStoreBehind(cache: Component, index: DesignIndex): boolean {
    const users = cacheUsers(cache, index);
    return users.length > 0 && users.every((user) => !touchesStore(user, index));
}

/**
 * A user of the cache reaches a store directly, or reads a service that
 * does (a storage service in front of its database, as Grab's counter API
 * reads its stats service): when the cache fails, that user's reads fall
 * through to the store. Rules that judge what the cache holds (its expiry,
 * its eviction) keep to stores reached directly, whose writes they can see.
 */
export function fallsThroughToStore(cache: Component, index: DesignIndex): boolean {
    const users = cacheUsers(cache, index);
    return users.some((user) => touchesStore(user, index)
        || index.outgoing(user).some((connection) => connection.access === 'reads' && connection.target.kind === 'service' && touchesStore(connection.target, index)));
}

function cacheUsers(cache: Component, index: DesignIndex): Component[] {
    return [...new Set(index.incoming(cache).filter((connection) => connection.properties.string('uses') !== 'telemetry').map((connection) => connection.source))];
}

function touchesStore(component: Component, index: DesignIndex): boolean {
    return index.outgoing(component).some((connection) => STORE_BEHIND_KINDS.has(connection.target.kind));
}

/**
 * Every store behind the cache has a handler of its change log that sends
 * writes to a cache (directly, or through one service such as an
 * invalidation proxy): the design invalidates its caches when the store
 * changes (commit-log tailers deleting keys), so a cached copy does not live
 * on unheard of, and an expiry is not what keeps it fresh.
 */
export function invalidatedFromChangeLog(cache: Component, index: DesignIndex): boolean {
    const stores = storesBehind(cache, index);
    if (stores.length === 0) {
        return false;
    }
    const consumers = changeStreamConsumers(index);
    return stores.every((store) => consumers.some((found) => found.store === store && reachesCache(found.consumer.component, index)));
}

/** The stores the cache's users also reach: what the cache stands in front of. */
export function storesBehind(cache: Component, index: DesignIndex): Component[] {
    const users = cacheUsers(cache, index);
    return [...new Set(users.flatMap((user) => index.outgoing(user).filter((connection) => STORE_BEHIND_KINDS.has(connection.target.kind)).map((connection) => connection.target)))];
}

/** The handler writes a cache, itself or through one hop (an invalidation proxy it hands its deletes to). */
function reachesCache(handler: Component, index: DesignIndex): boolean {
    const writesCache = (component: Component): boolean => index.outgoing(component).some((connection) => connection.target.kind === 'cache' && connection.access !== 'reads');
    return writesCache(handler) || index.outgoing(handler).some((connection) => connection.target.kind !== 'cache' && writesCache(connection.target));
}
