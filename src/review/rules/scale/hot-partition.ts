import type { Component, Connection } from '../../../model/design.js';
import { defineRule } from '../../rule.js';
import type { Report } from '../../rule-context.js';
import { describe, minInstances } from '../../../model/component-facts.js';
import { replicaReadTarget } from '../../helpers/replica-reads.js';
import { runsSeveralInstances } from '../../helpers/instances.js';
import { routingOf } from '../../../model/routing.js';
import { listOf } from '../../helpers/wording.js';
import type { DesignIndex } from '../../../model/design-index.js';
import { describedAs } from '../../helpers/stated-in-words.js';
import { hasNoStoreBehind } from '../../helpers/cache-use.js';

/** A key that bounds each partition in time (a day, a bucket): a busy key's history spreads over many partitions. */
const TIME_BUCKET = /\b\w*(bucket|day|date|month|week|hour|year|time|period|epoch|created)\w*\b/i;

/** Words that say a store keeps rows that accumulate per key: messages, events, history, a time series. */
const ACCUMULATES = /\b(messages?|events?|history|histories|logs?|timelines?|activit(y|ies)|time[- ]series|readings|comments|notifications)\b/i;

/** A single identifier (`conversation_id`), not a composite key. */
const SINGLE_KEY = /^[A-Za-z][\w.]*$/;

export default defineRule({
    meta: {
        id: 'scale/hot-partition',
        section: 'scaling',
        severity: 'warning',
        description: 'Traffic whose keys are stated skewed goes to a store or a fleet that places each key on one partition or instance.',
        rationale: 'Partitioning by key (a shard key, a consistent-hash ring) spreads the keys, not the load: every request for one key lands on the one partition or instance that owns it. When a few keys take most of the traffic (a huge channel, a celebrity, a viral item), their owners run hot while the rest idle, and adding partitions does not help, because the hot key still has one home. The usual answers split a hot key (a suffix, smaller time buckets), absorb it in front (coalescing, a cache for reads, a buffer for writes), or give the largest keys their own placement.',
        question: 'Where do the busiest keys of {element} land, and what absorbs them when one key takes most of the traffic?',
        messages: {
            store: '{what} places each key on one partition ({placement}), and {callers} {verb} it with skewed keys (skew: high): the busiest keys\' {traffic} all land on the partition that owns them, however many partitions there are. How is a hot key split or absorbed (a key suffix, smaller buckets, a write buffer)?',
            fleet: '{what} is reached by a consistent-hash ring (routing: consistent_hash), and {callers} {verb} it with skewed keys (skew: high): every request for a busy key goes to the one instance that owns it, however many instances run. How is a hot key split or absorbed (coalescing, a replica set per hot key)?',
            owner: '{what} keeps each key\'s state in the one instance a consistent-hash ring gives it (stateless: false; {callers} {verb} it with routing: consistent_hash): a key far busier than the rest (a large channel or room, a popular item) loads that one instance, and adding instances does not move it. How is a hot key split or absorbed?',
            cache: '{what} is split over shards ({shards}) and each key lives on one of them{others}: a key far hotter than the rest (a viral item, a celebrity\'s profile, a breaking story) sends all its reads to one server, however many shards there are. How are hot keys spread (replicas that serve reads, a small local cache in the callers, copies of a hot key under suffixes)?',
            geo: '{what} is partitioned by location (partitioning: geo): demand follows people, so a dense city centre or an event (a stadium emptying, a concert) sends one area\'s requests all to the shard that owns it, however many shards there are. How is a hot area split or absorbed (smaller cells where it is dense, a cache, a buffer)?',
            unbounded: '{what} is partitioned by {key} alone (shard_key), with no time bucket: in {engine} all of one {key}\'s rows live in one partition on one replica set, so a key that keeps growing (a large group or channel, years of history) becomes an unbounded wide partition that also takes all of its writes. Does each partition stay bounded, or should the key add a time period ("({key}, day)")?'
        },
        references: ['Kleppmann, Designing Data-Intensive Applications, ch. 6 "Skewed Workloads and Relieving Hot Spots"'],
        decisions: [
            'Only stated skew counts: a connection with `skew: high` into a database partitioned by key (`shard_key`, `partitioning: hash|range|geo` or `shards` above 1), or into a replicated component its callers reach with `routing: consistent_hash`.',
            'Unstated skew is not asked: most keys are spread evenly enough, and asking on every partitioned store would be noise.',
            'A sharded cache whose shards keep two or more copies and whose every reader reads from any of them (`read_from: any` or `replica`) already spreads a hot key\'s reads over the copies: the question about hot keys on a sharded cache is not asked (field corpus, round 35: a distributed cache design reading from each shard\'s master and replicas was asked how it spreads hot keys).',
            'One finding per store or fleet (its placement of keys is the one decision), listing each skewed connection as related.',
            'A database partitioned by location (`partitioning: geo`) is asked about its hot areas without stated skew (information, assumed): places are skewed by nature, a dense centre or an event sends one area\'s requests to one shard. A connection into it with `skew: high` makes it the stated warning; `skew: low` on every connection into it settles it.',
            'A fleet that keeps state (`stateless: false`, several instances) reached with `routing: consistent_hash` is asked about its hot keys without stated skew (information, assumed): each key\'s state lives in one instance, so the busiest key cannot be spread. `skew: low` on every such connection settles it.',
            'A cache split over shards (`shards` above 1, or `many`) in front of a store (its users reach a database, storage or search index: a copy of shared data, not a per-client registry), that a connection states it reads (`access: reads` or `read_write`), is asked once for the design how its hot keys are spread (information, assumed): each key lives on one shard, and a viral item\'s reads all reach one server. `hot_keys: false` on a cache leaves it out.',
            'Without stated skew, one more shape is asked about: a leaderless wide-column store (Cassandra, ScyllaDB) written to, whose own words or its writers\' say its rows accumulate (messages, events, history, a time series), and whose `shard_key` is a single identifier with no time bucket. There a partition is one key\'s rows on one replica set, and a key that accumulates rows (a conversation\'s messages) grows it without bound: an information-level question naming the assumption (rows accumulate per key) and `shard_key` as what settles it.'
        ],
        quality: {
            grouping: 'Per store or fleet: where its keys live is one decision; the skewed connections into it are related lines.',
            basis: 'Stated: the skew and the placement by key are both written in the design; no figure is used.',
            unknowns: 'Unstated skew is taken as even (no finding), except for the unbounded wide partition, asked as a question; a store not stated partitioned by key is left to scale/write-hotspot.',
            severity: 'Warning: stated skew onto a store or fleet that gives each key one home is a gap a reviewer raises (2 of 2 on the tuning designs are concerns the sources themselves name). Information for the unbounded wide partition, which assumes rows accumulate per key, and for a geo-partitioned store, which assumes demand gathers in a few areas and for a stateful fleet on a hash ring, which assumes skewed keys (1 of 1 tp each on the 67 tuning designs: a chat\'s messages partitioned by conversation alone; a ride-hailing store whose source names events that send 100k requests from one place; Slack\'s channel servers, one host per channel; Facebook\'s memcached pools, whose paper names hot keys).'
        },
        examples: {
            flagged: 'service Api { replicas: 3 }\ndatabase Posts { engine: cassandra, replicas: 3, shard_key: topic_id }\nApi -> Posts : writes { skew: high }',
            fixed: 'service Api { replicas: 3 }\ndatabase Posts { engine: cassandra, replicas: 3, shard_key: "(topic_id, day)" }\nApi -> Posts : writes'
        }
    },
    check({ design, index, report }) {
        const skewedInto = new Map<Component, Connection[]>();
        for (const connection of design.connections) {
            if (connection.properties.string('skew') === 'high' && !connection.target.foreign) {
                skewedInto.set(connection.target, [...(skewedInto.get(connection.target) ?? []), connection]);
            }
        }
        for (const store of index.ofKind('database')) {
            if (!skewedInto.has(store)) {
                reportUnbounded(store, index, report);
                reportGeo(store, index, report);
            }
        }
        reportShardedCaches(index.ofKind('cache').filter((cache) => !skewedInto.has(cache)), index, report);
        for (const owner of index.ofKind('service', 'worker', 'gateway')) {
            if (!skewedInto.has(owner)) {
                reportKeyOwner(owner, index, report);
            }
        }
        for (const [target, skewed] of skewedInto) {
            const placement = keyPlacementOf(target);
            const hashed = skewed.filter((connection) => routingOf(connection) === 'consistent_hash');
            const into = placement !== undefined ? skewed : hashed;
            if (into.length === 0 || (placement === undefined && !runsSeveralInstances(target))) {
                continue;
            }
            const callers = [...new Set(into.map((connection) => connection.source))];
            report({
                on: target,
                messageId: placement !== undefined ? 'store' : 'fleet',
                data: { what: describe(target), placement: placement ?? '', callers: listOf(callers), verb: callers.length === 1 ? 'reaches' : 'reach', traffic: trafficOf(into) },
                basis: 'stated',
                related: into.map((connection) => ({ on: connection, message: `${connection.source.name} -> ${target.name} states skew: high` }))
            });
        }
    }
});

/**
 * A leaderless wide-column store (Cassandra, ScyllaDB) that is written to,
 * whose words say its rows accumulate (messages, events, history),
 * partitioned by one identifier with no time bucket: each key's rows share
 * one partition on one replica set, which grows for as long as the key
 * gains rows.
 */
function reportUnbounded(store: Component, index: DesignIndex, report: (report: Report) => void): void {
    const key = store.properties.string('shard_key')?.trim();
    const wideColumn = store.properties.string('model') === 'wide_column' && store.properties.string('topology') === 'leaderless';
    const writers = index.incoming(store).filter((connection) => connection.access !== 'reads');
    const accumulates = describedAs(store, ACCUMULATES) || writers.some((connection) => ACCUMULATES.test(`${connection.label ?? ''} ${connection.properties.string('description') ?? ''}`));
    if (store.foreign || !wideColumn || key === undefined || !SINGLE_KEY.test(key) || TIME_BUCKET.test(key) || writers.length === 0 || !accumulates) {
        return;
    }
    report({
        on: store,
        messageId: 'unbounded',
        severity: 'info',
        data: { what: describe(store), key, engine: store.engine?.title ?? store.engine?.id ?? 'a wide-column store' },
        basis: 'assumed',
        assumptions: [{ element: store.name, text: `each ${key} keeps gaining rows (messages, events) for as long as it lives`, settle: 'shard_key' }],
        related: writers.map((connection) => ({ on: connection, message: `${connection.source.name} -> ${store.name} writes its rows` }))
    });
}

/**
 * Caches split over shards that a connection states it reads (`access`
 * reads or read_write; a cache drawn with no stated access is not known to
 * serve the reads a hot key brings), in front of a store (a copy of shared
 * data; a cache that is the only home of its entries, a registry of which
 * node holds which device, has one entry per client): each key lives on one shard,
 * so a hot key's reads all reach one server. One question for the design
 * (how hot keys are spread is one decision), on the first such cache, the
 * others related. A cache stated `hot_keys: false` is left out.
 */
function reportShardedCaches(caches: readonly Component[], index: DesignIndex, report: (report: Report) => void): void {
    const sharded = caches.filter((cache) => !cache.foreign && cache.properties.boolean('hot_keys') !== false && isSharded(cache) && !hasNoStoreBehind(cache, index)
        && index.incoming(cache).some((connection) => connection.access === 'reads' || connection.access === 'read_write') && !spreadsReadsOverReplicas(cache, index));
    if (sharded.length === 0) {
        return;
    }
    const [first, ...others] = sharded;
    const shards = first.properties.get('shards');
    report({
        on: first,
        messageId: 'cache',
        severity: 'info',
        data: { what: describe(first), shards: typeof shards === 'number' ? `shards: ${shards}` : 'shards: many', others: others.length === 0 ? '' : ` (and so are ${listOf(others)})` },
        basis: 'assumed',
        assumptions: [{ element: first.name, text: 'a few keys take far more reads than the rest', settle: 'hot_keys' }],
        related: others.map((cache) => ({ on: cache, message: `${cache.name} is sharded the same way` }))
    });
}

/**
 * Every read of the cache may go to any of its shard's copies (`read_from:
 * any` or `replica` on each reading connection) and each shard keeps two or
 * more: a hot key's reads are spread over its copies, the answer the
 * question would suggest.
 */
function spreadsReadsOverReplicas(cache: Component, index: DesignIndex): boolean {
    const reads = index.incoming(cache).filter((connection) => connection.access === 'reads' || connection.access === 'read_write');
    return minInstances(cache) >= 2 && reads.every((connection) => replicaReadTarget(connection) !== undefined);
}

function isSharded(cache: Component): boolean {
    const shards = cache.properties.get('shards');
    return shards === 'many' || (typeof shards === 'number' && shards > 1);
}

/**
 * A stateful fleet whose callers pick the instance by a consistent-hash
 * ring: each key's state lives in one instance, so the busiest key's load
 * cannot be spread. Asked as a question: the skew of the keys is assumed.
 */
function reportKeyOwner(owner: Component, index: DesignIndex, report: (report: Report) => void): void {
    const hashed = index.incoming(owner).filter((connection) => routingOf(connection) === 'consistent_hash');
    const even = hashed.every((connection) => ['low', 'none'].includes(connection.properties.string('skew') ?? ''));
    if (owner.foreign || owner.properties.boolean('stateless') !== false || !runsSeveralInstances(owner) || hashed.length === 0 || even) {
        return;
    }
    const callers = [...new Set(hashed.map((connection) => connection.source))];
    report({
        on: owner,
        messageId: 'owner',
        severity: 'info',
        data: { what: describe(owner), callers: listOf(callers), verb: callers.length === 1 ? 'reaches' : 'reach' },
        basis: 'assumed',
        assumptions: [{ element: owner.name, text: 'a few keys take far more traffic than the rest', settle: 'skew' }],
        related: hashed.map((connection) => ({ on: connection, message: `${connection.source.name} -> ${owner.name} routes by consistent hash` }))
    });
}

/**
 * A database partitioned by location, used by the design: places are skewed
 * by nature (a city centre, an event), so the busiest area's shard runs hot.
 * Asked as a question: the skew of the places is assumed, not stated.
 */
function reportGeo(store: Component, index: DesignIndex, report: (report: Report) => void): void {
    const users = index.incoming(store);
    const even = users.every((connection) => ['low', 'none'].includes(connection.properties.string('skew') ?? ''));
    if (store.foreign || store.properties.string('partitioning') !== 'geo' || users.length === 0 || even) {
        return;
    }
    report({
        on: store,
        messageId: 'geo',
        severity: 'info',
        data: { what: describe(store) },
        basis: 'assumed',
        assumptions: [{ element: store.name, text: 'demand is concentrated in a few areas at a time (dense cities, events)', settle: 'skew' }],
        related: users.map((connection) => ({ on: connection, message: `${connection.source.name} -> ${store.name} reaches the shard of each location` }))
    });
}

/** How a database places each key on one partition, in words; undefined when it is not stated partitioned by key. */
function keyPlacementOf(component: Component): string | undefined {
    if (component.kind !== 'database') {
        return undefined;
    }
    const key = component.properties.string('shard_key');
    if (key !== undefined && key !== '') {
        return `shard_key: ${key}`;
    }
    const partitioning = component.properties.string('partitioning');
    if (partitioning !== undefined && partitioning !== 'none') {
        return `partitioning: ${partitioning}`;
    }
    const shards = component.properties.number('shards') ?? 1;
    return shards > 1 ? `${shards} shards` : undefined;
}

/** What the skewed connections carry: writes, reads, or both. */
function trafficOf(connections: readonly Connection[]): string {
    const accesses = new Set(connections.map((connection) => connection.access ?? 'read_write'));
    const writes = accesses.has('writes') || accesses.has('read_write');
    const reads = accesses.has('reads') || accesses.has('read_write');
    return writes && reads ? 'reads and writes' : writes ? 'writes' : 'reads';
}
