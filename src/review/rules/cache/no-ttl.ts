import type { Component } from '../../../model/design.js';
import { defineRule } from '../../rule.js';
import { describe, runsProduct } from '../../../model/component-facts.js';
import type { DesignIndex } from '../../../model/design-index.js';
import { hasNoStoreBehind, holdsOnlyLocks, invalidatedFromChangeLog, storesBehind } from '../../helpers/cache-use.js';
import { mergeCopies, mergeReports } from '../../helpers/copies.js';
import { primaryCacheOf } from '../../helpers/cache-replica.js';
import type { Report } from '../../rule-context.js';
import { isPrecomputed, stampedeExposure } from '../../helpers/cache-stampede.js';
import { statesWrite, writesTo } from '../../helpers/writes.js';

/** Strategies where the cache is filled from the store and never told when the store changes. */
const FILLED_ON_MISS: Readonly<Record<string, string>> = { cache_aside: 'cache-aside', read_through: 'read-through' };

export default defineRule({
    meta: {
        id: 'cache/no-ttl',
        section: 'caching',
        severity: 'info',
        description: 'A cache-aside or read-through cache has no `ttl` and does not evict by expiry.',
        rationale: 'A cache-aside or read-through cache copies data from the store on a miss and hears nothing when the store changes afterwards. Without an expiry, a copy stays until memory pressure evicts it, which for a popular key is never: readers keep getting the old value for hours or days. A TTL bounds how stale a read can be (and is the fallback when an explicit invalidation is missed).',
        question: 'How long can an entry of {element} be stale, and how is it invalidated when the data changes?',
        messages: {
            noTtl: 'Do entries of {what} ({strategy}) expire? No `ttl` is stated: without one, an entry lives until evicted, and reads keep returning values the store has since changed.'
        },
        fix: 'Sets `ttl: 5m`.',
        references: ['AWS Whitepaper: Database Caching Strategies Using Redis (Adding TTL)', 'Redis documentation: EXPIRE'],
        quality: {
            grouping: 'One finding per cache (each cache has its own expiry), except copies of one cache drawn per region or stamp (same kind and title), and layers read by the same components in front of the same stores (a per-worker cache and a node-local Redis: how a change reaches every layer is one decision): one question on the first, the others related; a cache that `cache/stampede` already asks about (it names `ttl` in its question) gets no second question here.',
            basis: 'Assumed: a design that states no `ttl` may still set one per key in the application (Redis keys carry their own TTLs), so the finding is a question naming the property that settles it.',
            unknowns: 'Write-through and write-behind caches, lock-only caches, caches with no store behind them (the only copy of their data) `eviction: ttl_only` caches whose stores invalidate them from their change log and read replicas of another cache are not asked; nor are caches read through by several instances without coalescing, where the expiry is one question of `cache/stampede`.',
            severity: 'Info: the expiry is unknown rather than absent, so the finding is a question (on published designs its findings were caches whose frameworks expire entries, which the stampede question now covers, and a sorted set that was the only copy of its data; on the tuning corpus (37 designs) its one finding, a cache of session state and rarely changing data, was true but not worth raising, once the standby region\'s copy and a cache that is the only store of its data were no longer asked; on 43 designs still that one, once caches invalidated from their store\'s commit log were no longer asked; on 49 designs 3 findings, 1 a concern a reviewer raises (per-server cache copies no write can invalidate), 2 true but minor; on 55 designs 2 findings, 1 a concern, 1 minor, once caches a job rewrites on change were no longer asked). On the 67 tuning designs 2 findings, 1 a concern and 1 minor, once a read replica of another cache was no longer asked. On 85 designs 6 findings, 3 raised and 3 noise; a second layer in front of the same stores (a node-local Redis behind a per-worker cache, already asked) is now listed with the first layer\'s question.'
        },
        decisions: [
            'A cache that declares no `strategy` is taken as cache-aside, the default of an application that reads a cache and fills it on a miss; `write_through` and `write_behind` caches are updated on every write and are not asked.',
            '`eviction: ttl_only` counts as an expiry policy, as the catalog says (the keys carry their own TTLs).',
            'A cache that only holds locks (every connection to it has `uses: lock`) is not flagged: it holds no copies of data to go stale.',
            'A cache that only released products use (`product` on every component that reads or writes it: Sentry and Relay, Harbor\'s core, Plane\'s API) is not asked: which keys expire is the vendor\'s code, which sets an expiry per key, not a setting the deployment states (field corpus, round 35: three such questions, on Sentry, Harbor and Plane, were all wrong).',
            'A cache that every writer of the stores behind it also writes (a stated `writes` or `reads, writes` to the cache from each component that writes those stores) is updated or invalidated with each write: a change reaches it with the write, not only by expiry, and it is not asked (field corpus, round 24: a chat server that invalidates its memcached entries as values change, a capture-the-flag platform and a basket service writing the store then the cache; none of the three raised).',
            'A cache with no store behind it (no component that reads or writes it reaches a database, object storage or search index) is not flagged: nothing there for a miss to fall through to, so it is not a copy that goes stale against a store. It is the only home of its data (a leaderboard kept in a Redis sorted set), where an expiry would destroy data rather than refresh it, or a writer fills it from a stream and keeps it current.',
            'A cache kept fresh by invalidation is not asked: every store behind it (a database, storage or search index its users reach) has a handler of its change log (a trigger from the store, `uses: changes`) that writes to a cache, itself or through one service (a commit-log tailer deleting keys through an invalidation proxy). The rationale of an expiry, a copy that hears nothing when the store changes, does not hold there.',
            'A cache some component only writes into (it recomputes the entries when the data changes: a worker rewriting a listing after each vote) is not asked: its entries are replaced on change rather than left to go stale, which is what an expiry would bound.',
            'A read replica of another cache (some cache writes into it and nothing else does: replication from a primary) is not asked: its keys expire with the primary\'s expiries, so the question belongs to the primary.',
            'A cache drawn once per region or stamp (same kind and title) is one decision: one question on the first copy, the others related.',
            'A cache that `cache/stampede` reports (filled on a miss by two or more reader instances that fall through to a store, with no `coalescing` or `early_refresh`) is not asked here: that finding already asks whether its keys expire and names `ttl`, and one unstated property is one question.'
        ],
        examples: {
            flagged: 'service Api\ncache Hot { engine: redis, eviction: lru, strategy: cache_aside }\ndatabase Db { engine: postgres }\nApi -> Hot : reads\nApi -> Db : reads',
            fixed: 'service Api\ncache Hot { engine: redis, eviction: lru, strategy: cache_aside, ttl: 5m }\ndatabase Db { engine: postgres }\nApi -> Hot : reads\nApi -> Db : reads'
        }
    },
    check({ index, report }) {
        const reports: Report[] = [];
        for (const cache of index.ofKind('cache')) {
            const strategy = strategyText(cache);
            // Where cache/stampede asks whether the keys expire (naming `ttl`), a second question on the same property would repeat it.
            if (cache.foreign || strategy === undefined || expires(cache) || primaryCacheOf(cache, index) !== undefined || holdsOnlyLocks(cache, index) || hasNoStoreBehind(cache, index) || invalidatedFromChangeLog(cache, index) || isPrecomputed(cache, index) || stampedeExposure(cache, index) !== undefined || writersUpdateIt(cache, index) || usedOnlyByProducts(cache, index)) {
                continue;
            }
            reports.push({
                on: cache,
                messageId: 'noTtl',
                data: { what: describe(cache), strategy },
                basis: 'assumed',
                assumptions: [{ element: cache.name, text: `entries of ${cache.name} never expire (no ttl stated)`, settle: 'ttl' }],
                fix: { kind: 'set-properties', title: `Expire entries of ${cache.name} after 5 minutes`, target: cache, properties: [{ key: 'ttl', value: '5m' }] }
            });
        }
        mergeLayers(mergeCopies(reports), index).forEach(report);
    }
});

/**
 * Layered caches (a per-worker cache and a node-local Redis read by the
 * same components in front of the same stores) are one invalidation
 * decision: how a change in the store reaches every layer. The first
 * layer's question stays, the others are listed with it.
 */
function mergeLayers(reports: readonly Report[], index: DesignIndex): Report[] {
    return mergeReports(reports, (found) => {
        const cache = found.on as Component;
        const stores = storesBehind(cache, index);
        const readers = [...new Set(index.incoming(cache).map((connection) => connection.source.name))].sort();
        return stores.length === 0 ? undefined : `${readers.join(',')}\u0000${stores.map((store) => store.name).sort().join(',')}`;
    }, (_kept, cache) => `the same question for ${describe(cache)}, another layer in front of the same stores`);
}

/** How the message names a strategy that fills on a miss; undefined for write-through and write-behind. */
function strategyText(cache: Component): string | undefined {
    const strategy = cache.properties.string('strategy');
    return strategy === undefined ? 'cache-aside, as no strategy is declared' : FILLED_ON_MISS[strategy];
}

/**
 * Every component that uses the cache runs a released product: which keys
 * expire, and when, is written in the vendor's code (Sentry and Relay set an
 * expiry per key), not a setting this deployment states.
 */
function usedOnlyByProducts(cache: Component, index: DesignIndex): boolean {
    const users = index.incoming(cache).filter((connection) => connection.properties.string('uses') !== 'telemetry').map((connection) => connection.source);
    return users.length > 0 && users.every(runsProduct);
}

/**
 * Every component that writes the stores behind the cache also states a
 * write to the cache (it updates or invalidates the entry as it writes):
 * a change reaches the cache with the write, not only by expiry.
 */
function writersUpdateIt(cache: Component, index: DesignIndex): boolean {
    const stores = new Set(storesBehind(cache, index));
    const writers = new Set(index.design.connections.filter((connection) => stores.has(connection.target) && writesTo(connection) && connection.source !== cache).map((connection) => connection.source));
    return writers.size > 0 && [...writers].every((writer) => index.outgoing(writer).some((connection) => connection.target === cache && statesWrite(connection)));
}

function expires(cache: Component): boolean {
    return cache.properties.number('ttl') !== undefined || cache.properties.string('eviction') === 'ttl_only';
}
