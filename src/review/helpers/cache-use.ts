/** What a cache component is used for, as far as its connections say. */
import type { Component } from '../../model/design.js';
import type { DesignIndex } from '../../model/design-index.js';

/**
 * Every connection to the cache takes a lock (`uses: lock`): it holds locks,
 * not copies of data, so eviction and expiry policies for cached data do not
 * apply (evicting a held lock would break mutual exclusion).
 */
export function holdsOnlyLocks(cache: Component, index: DesignIndex): boolean {
    const incoming = index.incoming(cache);
    return incoming.length > 0 && incoming.every((connection) => connection.properties.string('uses') === 'lock');
}
