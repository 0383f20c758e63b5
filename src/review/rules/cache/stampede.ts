import type { Component } from '../../../model/design.js';
import type { Assumption } from '../../../model/finding.js';
import { defineRule } from '../../rule.js';
import { describe, instanceCountStated, maxInstances, readRatio, runsProduct } from '../../../model/component-facts.js';
import { seconds } from '../../../estimates/figure.js';
import { stampedeExposure } from '../../helpers/cache-stampede.js';
import { joinWords, namesOf } from '../../helpers/wording.js';

/** Reads per write from which a design's keys count as popular (the threshold of cache/missing-cache). */
const READ_HEAVY = 10;

/**
 * Fewer reader instances than this, all counted: a key expiring sends at
 * most a handful of identical queries (two to four web servers), which is
 * what the store takes on any miss; the burst a reviewer calls a stampede
 * is tens or hundreds of instances missing at once.
 */
const SMALL_FLEET = 5;

export default defineRule({
    meta: {
        id: 'cache/stampede',
        section: 'caching',
        severity: 'info',
        description: 'Popular keys expire from a cache filled on a miss, with no request coalescing or early refresh, while many instances read through it.',
        rationale: 'When a popular key expires, every instance that reads it misses at the same moment and sends the same query to the store behind the cache; the store, sized for the miss rate, takes a burst of identical expensive queries at once and slows down, which keeps the key missing longer (a cache stampede, or thundering herd). Request coalescing (one load per key while the others wait for it, "single flight") or refreshing popular entries before they expire (probabilistic early expiration, a refresher) removes the burst.',
        question: 'When a popular key of {element} expires, how many requests reach the store to reload it?',
        messages: {
            stampede: '{what} expires entries after {ttl} and {popular}, with no request coalescing or early refresh: when a popular key expires, the {instances} instances of {readers} miss at once and all send the same query to {stores}.',
            stampedeQuestion: '{question} {assumed}. If so, when a popular key expires the {instances} instances of {readers} miss at once and all send the same query to {stores}, and nothing states request coalescing or early refresh (`coalescing`, `early_refresh`).'
        },
        fix: 'Sets `coalescing: true` (concurrent misses on one key wait for a single load).',
        references: ['Vattani, Chierichetti, Lowenstein, "Optimal Probabilistic Cache Stampede Prevention" (VLDB 2015)', 'Facebook, "Scaling Memcache at Facebook" (NSDI 2013), leases'],
        quality: {
            grouping: 'One finding per cache, listing its readers and the stores its misses reach.',
            basis: 'Stated when the cache states a `ttl` (or `eviction: ttl_only`) and its keys are popular (`hot_keys: true`, or a stated `read_ratio` of 10 or more); a cache filled on a miss that states neither is a question, with the expiry and the popularity as the assumptions (settled by `ttl` and `hot_keys`).',
            unknowns: 'Caches updated on writes (`write_through`, `write_behind`), caches a writer fills ahead of time with no `ttl` stated (a component that only writes into them, such as a worker precomputing listings), lock-only caches, caches read by one instance only, and per-instance caches (reached over `colocated: true`, one copy on each reader\'s host) are not judged; `coalescing: true` or `early_refresh: true` settles it.',
            severity: 'Warning when the expiry and `hot_keys: true` are stated (the burst is certain); info when popularity comes from the read ratio only (many keys are cheap to reload) and as a question when the expiry or the popularity is unstated; on the 55 tuning designs 6 of its 7 findings are concerns a reviewer raises, the seventh true but minor, once precomputed and per-server caches, and caches shared by single-instance services, were no longer asked. On the 67 tuning designs 9 findings, 7 concerns a reviewer raises and 2 true but minor (a low-traffic cache of templates, a cache of keys that never change), once fleets of two to four stated instances were no longer asked and a connection pooler in front of the database no longer hid the miss path. On the 73 tuning designs 8 findings, 7 concerns a reviewer raises and 1 true but minor (a low-traffic cache of templates), once a cache over a key-value store, whose reloads are point reads, was no longer asked. On the 79 tuning designs 8 findings, 7 concerns a reviewer raises and 1 true but minor, once a background read (an hourly download of a prebuilt index into memory) was no longer taken as the path a miss falls through to.'
        },
        decisions: [
            'A reader\'s read stated `phase: background` (an hourly download of a prebuilt index it then serves from memory) is not where a miss falls through: only the reads on the request path count as the stores behind the cache.',
            'A cache counts when it is filled on a miss (`cache_aside`, `read_through`, or no strategy stated), its readers also read a database or storage (the miss path), and one of those readers runs two or more instances (one instance cannot stampede itself, and two different services with one instance each read keys of their own: the burst on one key is the instances of one reader running the same code).',
            'A fleet of fewer than 5 reader instances, all stated (two to four web servers), is not asked: a key expiring sends at most a handful of identical queries, which the store takes on any miss; `replicas: many` is not a small fleet.',
            'The miss path is a database or storage the reader reads directly or through a connection pooler or load balancer that forwards only to stores (pgbouncer, HAProxy in front of a database): the proxy does not hide the store.',
            'A reader stating `replicas: many` is counted as several instances without a number: the message says "many" rather than a count the design does not state.',
            'Popular keys: `hot_keys: true` on the cache, or `requirements.read_ratio` of 10 or more.',
            '`coalescing: true` or `early_refresh: true` addresses it.',
            'A cache some component only writes into (precomputed entries) and that states no `ttl` is refreshed by that writer rather than expiring, so its readers do not reload it on a miss: not judged. A `ttl` stated on it still makes entries expire.',
            'A cache whose misses all fall through to key-value stores (`model: key_value`, stated or the engine\'s) reloads a key with one get by that key, the operation such a store is built for, not an expensive query: it is not asked when the expiry or the popularity is unstated; a stated `ttl` on stated `hot_keys` is still reported.',
            'A reader reaching the cache over a `colocated: true` connection has its own copy on each instance (a local memcached per server): its instances miss one at a time, so they do not count towards the burst.',
            'A cache whose readers all run a released product (`product`: Moodle\'s application cache in Valkey) holds the keys its vendor\'s code chooses, expires them and reloads them as that code does: with the expiry or the popularity unstated it is not asked (field corpus, round 33: a Moodle deployment pointing its cache at Valkey was asked about stampedes).',
            'When the expiry is unstated, this question is also the cache\'s expiry question (it names `ttl`): `cache/no-ttl` does not ask it a second time.'
        ],
        examples: {
            flagged: 'requirements { read_ratio: 50 }\nservice Api { replicas: 6 }\ncache Hot { engine: redis, eviction: lru, ttl: 5m }\ndatabase Db { replicas: 2 }\nApi -> Hot : reads\nApi -> Db : reads',
            fixed: 'requirements { read_ratio: 50 }\nservice Api { replicas: 6 }\ncache Hot { engine: redis, eviction: lru, ttl: 5m, coalescing: true }\ndatabase Db { replicas: 2 }\nApi -> Hot : reads\nApi -> Db : reads'
        }
    },
    check({ design, index, report }) {
        const ratio = readRatio(design);
        for (const cache of index.ofKind('cache')) {
            const exposure = stampedeExposure(cache, index);
            if (exposure === undefined) {
                continue;
            }
            const { readers, instances, stores } = exposure;
            if (readers.every(instanceCountStated) && instances < SMALL_FLEET) {
                continue;
            }
            const ttl = expiry(cache);
            const popular = popularity(cache, ratio);
            // An unstated expiry or popularity over point reads of a key-value store: a reload is one cheap get, asked about nowhere.
            // Readers that all run a released product key, expire and reload its entries as their vendor wrote them.
            if ((ttl === undefined || popular === undefined) && (reloadsArePointReads(stores) || readers.every(runsProduct))) {
                continue;
            }
            const assumptions: Assumption[] = [
                ...(ttl === undefined ? [{ element: cache.name, text: `entries of ${cache.name} expire (no ttl stated)`, settle: 'ttl' }] : []),
                ...(popular === undefined ? [{ element: cache.name, text: `some keys of ${cache.name} are far more popular than others`, settle: 'hot_keys' }] : [])
            ];
            const data = { what: describe(cache), ttl: ttl ?? '', popular: popular ?? '', instances: readers.every(instanceCountStated) ? String(instances) : 'many', readers: namesOf(readers), stores: joinWords(stores.map(describe)), assumed: unstatedText(ttl, popular), question: ttl === undefined ? `Do popular keys of ${describe(cache)} expire?` : `Are some keys of ${describe(cache)} far more popular than others?` };
            report({
                on: cache,
                messageId: assumptions.length === 0 ? 'stampede' : 'stampedeQuestion',
                // Stated hot keys make the burst certain; a read ratio only makes popular keys likely.
                severity: assumptions.length === 0 && cache.properties.boolean('hot_keys') === true ? 'warning' : undefined,
                data,
                basis: assumptions.length === 0 ? 'stated' : 'assumed',
                assumptions,
                related: readers.map((reader) => ({ on: reader, message: `${describe(reader)}: ${instancesText(reader)} reload on a miss` })),
                fix: { kind: 'set-properties', title: `Coalesce concurrent misses on ${cache.name}`, target: cache, properties: [{ key: 'coalescing', value: 'true' }] }
            });
        }
    }
});

/**
 * Every store a miss falls through to is a key-value store (`model:
 * key_value`, stated or the engine's): reloading a key is one get by that key,
 * the operation the store is built to serve, not the expensive query whose
 * repeats make a stampede. Only a stated expiry on stated hot keys is still
 * reported over it.
 */
function reloadsArePointReads(stores: readonly Component[]): boolean {
    return stores.length > 0 && stores.every((store) => store.properties.string('model') === 'key_value');
}

/** `3 instances`, or `several instances` when the design says `replicas: many` without a count. */
function instancesText(reader: Component): string {
    if (!instanceCountStated(reader)) {
        return 'several instances';
    }
    const count = maxInstances(reader);
    return `${count} instance${count === 1 ? '' : 's'}`;
}

/** `5m`, or undefined when entries are not stated to expire. */
function expiry(cache: Component): string | undefined {
    const ttl = cache.properties.number('ttl');
    if (ttl !== undefined) {
        return seconds(ttl);
    }
    return cache.properties.string('eviction') === 'ttl_only' ? 'the ttl of each key' : undefined;
}

function popularity(cache: Component, ratio: number | undefined): string | undefined {
    if (cache.properties.boolean('hot_keys') === true) {
        return 'a few keys take most reads';
    }
    return ratio !== undefined && ratio >= READ_HEAVY ? `the design reads ${ratio}× more than it writes` : undefined;
}

/** What the question rests on, in the words of the properties that would settle it. */
function unstatedText(ttl: string | undefined, popular: string | undefined): string {
    if (ttl === undefined && popular === undefined) {
        return 'Neither `ttl` nor `hot_keys` is stated';
    }
    return ttl === undefined ? `No \`ttl\` is stated, though ${popular}` : `Entries expire after ${ttl}, and \`hot_keys\` is not stated`;
}
