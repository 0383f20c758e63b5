import type { Component, Design } from '../../../model/design.js';
import type { Assumption } from '../../../model/finding.js';
import type { DesignIndex } from '../../../model/design-index.js';
import { defineRule } from '../../rule.js';
import { describe } from '../../../model/component-facts.js';
import { hasNoStoreBehind, holdsOnlyLocks, storesBehind } from '../../helpers/cache-use.js';
import { formatDuration } from '../../../model/units.js';
import { bytes } from '../../../estimates/whiteboard.js';
import { mergeCopies } from '../../helpers/copies.js';
import { retainedData, statedStorage } from '../../helpers/retained-data.js';
import { primaryCacheOf } from '../../helpers/cache-replica.js';
import type { Report } from '../../rule-context.js';

export default defineRule({
    meta: {
        id: 'cache/no-eviction-policy',
        section: 'caching',
        severity: 'info',
        description: 'A cache has `eviction: none`, or no eviction policy while the design states more data behind it than it is stated to hold.',
        rationale: 'A cache fills up: it is smaller than the data behind it by design. When memory is full something has to give. With an eviction policy (LRU, LFU) the coldest entries make room and the cache keeps working; with none (Redis\'s default, `noeviction`) every write that needs memory fails, and the application sees errors instead of misses. The policy is also what decides the hit ratio the design relies on.',
        question: 'What does {element} evict when its memory is full?',
        messages: {
            undeclared: '{what} declares no eviction policy, and the data behind it comes to {data}{held}: when its memory fills, nothing says whether old entries make room or new writes fail.',
            engineDefault: '{what} keeps the {engine} default, eviction: none, and the data behind it comes to {data}{held}: when its memory fills, writes fail instead of old entries making room.',
            none: '{what} has eviction: none: when its memory fills, writes fail instead of old entries making room.'
        },
        fix: 'Sets `eviction: lru`.',
        references: ['Redis documentation: Key eviction', 'AWS Whitepaper: Database Caching Strategies Using Redis (Evictions)'],
        quality: {
            grouping: 'One finding per cache (each cache\'s memory policy is its own), except copies of one cache drawn per region or stamp: one finding, the copies related.',
            basis: 'Stated `eviction`, else the engine\'s default (Redis and Valkey: none, Memcached: LRU), so the message names where the policy comes from; the data behind the cache is the stated `storage` of the stores behind it, else `requirements.storage_growth` over the retention (a year assumed when none is stated, named as an assumption).',
            unknowns: 'A cache with no policy stated (none, or the engine\'s none) is asked about only where the design states how much data stands behind it and the cache is not stated to hold it all (`max_memory`): whether a cache ever fills depends on its size and the data behind it, and unknown is not worst case. A stated `eviction: none` is always reported. Lock-only caches, caches holding the only copy of their entries (no store behind, write-behind) read replicas of another cache and Redis declared as a `database` (a store of record) are not judged.',
            severity: 'Info: whether a cache ever fills depends on its size and traffic, which designs rarely state; on the 55 tuning designs its findings were true but minor (a cache far from full, a demo cache of short-lived per-user entries), so it asks rather than warns. On the 67 tuning designs 3 findings, 1 a concern a reviewer raises (which hot codes stay) and 2 minor (a cache far from full, a small cache at low traffic), once a read replica of another cache and Azure Managed Redis (volatile-lru by default) were no longer flagged. On 85 designs 7 findings, 1 tp: the 6 others asked of caches whose fill nothing states (the top 10 profiles, a preferences cache, 90 of 256 GB in use, caches whose source names LRU as its norm) are no longer asked; the tp (hot codes in front of 3 TB of mappings, growth and retention stated) stays.'
        },
        decisions: [
            'A missing policy (unstated, or the engine\'s none) is asked only where the design states how much data stands behind the cache: the stated `storage` of the stores its users also reach (not in-memory stores such as Redis declared as a database: a cache does not stand in front of those), else `requirements.storage_growth` times the retention (a year assumed when unstated), and the cache\'s `max_memory`, when stated, is less than that. A cache in front of data of unstated size is not asked: on the field corpus every such question (ten profiles, a preferences cache, a cache a third full, caches whose source names LRU as the norm of all its caches) was not worth raising or wrong. A stated `eviction: none` is reported whatever the sizes.',
            'An engine\'s default eviction counts unless the design overrides it: Memcached evicts LRU by default and is not flagged, nor are Azure Cache for Redis and Azure Managed Redis (volatile-lru by default); Redis and Valkey default to none and are.',
            'A cache that keeps its engine\'s no-eviction default but states a `ttl` is not flagged: every entry expires on its own, so memory holds at most one ttl of writes, and whether that fits is a sizing question, not a missing policy. A stated `eviction: none`, or a cache with no policy from anywhere, is still asked about.',
            '`ttl_only` (evict keys with an expiry) counts as a policy.',
            'A cache that only holds locks (every connection to it has `uses: lock`) is not flagged: evicting a held lock would break the lock, so no eviction is right there.',
            'Only `cache` components are checked: Redis declared as a `database` is a store of record, where eviction would lose data.',
            'For the same reason a cache that holds the only copy of its entries is not flagged: one no store stands behind (nothing that uses it reaches a database, storage or search index; a monitor scraping it with `uses: telemetry` does not count), or a `write_behind` cache whose entries wait to be written (cache/write-behind-loss asks about losing them).',
            'A read replica of another cache (some cache writes into it and nothing else does: replication from a primary) is not flagged: it applies the primary\'s writes, expiries and evictions, so the policy is the primary\'s to state.',
            'A cache drawn once per region or stamp (same kind and title) is one decision: one finding on the first copy, the others related.'
        ],
        examples: {
            flagged: 'service Api\ncache Hot { engine: redis, max_memory: 16GB }\ndatabase Db { engine: postgres, storage: 2TB }\nApi -> Hot : reads\nApi -> Db : reads',
            fixed: 'service Api\ncache Hot { engine: redis, max_memory: 16GB, eviction: lru }\ndatabase Db { engine: postgres, storage: 2TB }\nApi -> Hot : reads\nApi -> Db : reads'
        }
    },
    check({ design, index, report }) {
        const reports: Report[] = [];
        for (const cache of index.ofKind('cache')) {
            const eviction = cache.properties.string('eviction');
            if (cache.foreign || (eviction !== undefined && eviction !== 'none') || primaryCacheOf(cache, index) !== undefined || holdsOnlyLocks(cache, index) || holdsTheOnlyCopy(cache, index) || expiresUnderEngineDefault(cache)) {
                continue;
            }
            const messageId = messageFor(cache, eviction);
            const behind = messageId === 'none' ? undefined : dataBehind(cache, design, index);
            const memory = cache.properties.number('max_memory');
            if (messageId !== 'none' && (behind === undefined || (memory !== undefined && memory >= behind.size))) {
                continue;
            }
            reports.push({
                on: cache,
                messageId,
                data: { what: describe(cache), engine: cache.engine?.title ?? cache.engine?.id ?? '', data: behind?.text ?? '', held: memory === undefined ? '' : `, more than its ${bytes(memory)}` },
                basis: behind?.assumption === undefined ? 'stated' : 'assumed',
                assumptions: behind?.assumption === undefined ? [] : [behind.assumption],
                fix: { kind: 'set-properties', title: `Evict the least recently used entries of ${cache.name}`, target: cache, properties: [{ key: 'eviction', value: 'lru' }] }
            });
        }
        mergeCopies(reports).forEach(report);
    }
});

/**
 * Entries that exist nowhere else: a cache no store stands behind (the only
 * home of its data), or a write-behind cache whose entries wait to be
 * written. Evicting them loses data, so failing writes when memory fills
 * (no eviction) is the right policy there, not a gap.
 */
function holdsTheOnlyCopy(cache: Component, index: DesignIndex): boolean {
    return cache.properties.string('strategy') === 'write_behind' || hasNoStoreBehind(cache, index);
}

/**
 * The design never chose no eviction (it is the engine's default) and every
 * entry expires (`ttl`): memory holds at most one ttl of writes, so the
 * entries make room by themselves.
 */
function expiresUnderEngineDefault(cache: Component): boolean {
    return cache.properties.entry('eviction')?.source === 'engine' && cache.properties.number('ttl') !== undefined;
}

/**
 * How much data stands behind the cache, as the design states it: the
 * stated `storage` of the stores its users also reach, else the design's
 * daily growth over its retention (a year when none is stated, an
 * assumption). Undefined when the design states neither.
 */
function dataBehind(cache: Component, design: Design, index: DesignIndex): { size: number; text: string; assumption?: Assumption } | undefined {
    // An in-memory store (an engine that also serves as a cache: Redis as a database) is not what a cache stands in front of.
    const stored = statedStorage(storesBehind(cache, index).filter((store) => store.engine?.kinds.includes('cache') !== true));
    if (stored.sized.length > 0) {
        return { size: stored.size, text: `${bytes(stored.size)} (the stated storage of ${stored.sized.map((store) => store.name).join(', ')})` };
    }
    const kept = retainedData(design);
    if (kept === undefined) {
        return undefined;
    }
    const text = `${bytes(kept.size)} (${bytes(kept.growth)} a day over ${kept.retention === undefined ? 'a year' : formatDuration(kept.retention)})`;
    return { size: kept.size, text, assumption: kept.assumption };
}

function messageFor(cache: Component, eviction: string | undefined): string {
    if (eviction === undefined) {
        return 'undeclared';
    }
    return cache.properties.entry('eviction')?.source === 'engine' ? 'engineDefault' : 'none';
}
