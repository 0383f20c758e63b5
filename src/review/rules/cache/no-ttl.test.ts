import { expect } from 'chai';
import { runRule, testRule } from '../../../../test/helpers/rule-tester.js';
import rule from './no-ttl.js';

const READER = 'service Api\ndatabase Store { engine: postgres }\nApi -> Hot : reads\nApi -> Store : reads\n';

testRule(rule, {
    valid: [
        { name: 'round 35: a cache only released products use expires keys as their vendor wrote', design: 'service Web { product: "Sentry" }\nservice Relay { product: "Relay" }\ndatabase Db { engine: postgres }\ncache Kv { engine: redis }\nWeb -> Kv : reads, writes\nRelay -> Kv : reads, writes\nWeb -> Db : reads' },
        // Round 24: a chat server that invalidates its memcached entries as values change was asked whether they expire.
        { name: 'regression: the one writer of the store also writes the cache (it updates or invalidates entries as it writes)', design: 'service Chat { replicas: 2 }\ncache Memcached { engine: memcached, coalescing: true }\ndatabase Db { engine: postgres }\nChat -> Memcached : reads, writes\nChat -> Db : reads, writes' },
        // The regional copy is fed by Redis replication from the primary, whose keys carry a 1 h ttl.
        { name: 'regression: a read replica of another cache expires with its primary', design: 'service Feed { replicas: 2 }\ncache Primary { engine: redis, eviction: lru, ttl: 1h, coalescing: true }\ncache Regional { engine: redis, eviction: lru }\ndatabase Db { engine: postgres }\nFeed -> Primary : reads\nFeed -> Regional : reads\nFeed -> Db : reads\nPrimary -> Regional "replication"' },
        // A ranking job rewrites each list when a score changes; the web tier reads and fills it too.
        { name: 'regression: a cache a job rewrites on every change is not left to go stale', design: 'service Web\nworker Ranker\ncache Lists { engine: memcached }\ndatabase Db\nWeb -> Lists\nWeb -> Db : reads\nRanker -> Db : reads\nRanker -> Lists : writes' },
        { name: 'regression: a cache whose store\'s change log is tailed by a worker deleting its keys is kept fresh by invalidation', design: 'service Api { replicas: 2 }\ncache Hot { engine: memcached, eviction: lru, coalescing: true }\ndatabase Db { engine: mysql }\nworker Invalidator\nApi -> Hot : reads\nApi -> Db : reads\nDb -> Invalidator\nInvalidator -> Hot : writes "delete changed keys"' },
        { name: 'the invalidation may pass through a proxy', design: 'service Api { replicas: 2 }\ncache Hot { engine: memcached, eviction: lru, coalescing: true }\ndatabase Db { engine: mysql }\nworker Invalidator\nservice Proxy { replicas: 2 }\nApi -> Hot : reads\nApi -> Db : reads\nDb -> Invalidator\nInvalidator -> Proxy\nProxy -> Hot : writes' },
        { name: 'a cache-aside cache with a ttl', design: `${READER}cache Hot { engine: redis, eviction: lru, strategy: cache_aside, ttl: 5m }` },
        { name: 'a ttl without a strategy', design: `${READER}cache Hot { engine: memcached, ttl: 1h }` },
        { name: 'eviction by expiry (ttl_only)', design: `${READER}cache Hot { engine: redis, eviction: ttl_only, strategy: read_through }` },
        { name: 'write-through is updated on every write', design: `${READER}cache Hot { engine: redis, eviction: lru, strategy: write_through }` },
        { name: 'write-behind is updated on every write', design: `${READER}cache Hot { engine: redis, eviction: lru, strategy: write_behind, replicas: 2 }` },
        { name: 'a cache that only holds locks', design: 'service Api\ncache Locks { engine: redis }\nApi -> Locks : redis, lock' },
        { name: 'regression: a sorted set that is the only copy of its data (no store behind it): an expiry would destroy it', design: 'function Rank\nfunction Top\ncache Board { engine: redis }\nRank -> Board : redis, writes\nTop -> Board : redis, reads' },
        { name: 'regression: a monitor scraping the cache is not a store behind it', design: 'service Basket\ncache Baskets { engine: valkey }\nmonitoring Scraper\ndatabase Metrics\nBasket -> Baskets : redis\nScraper -> Baskets : redis { uses: telemetry }\nScraper -> Metrics' },
        { name: 'a cache a worker fills from a stream, read by a service that reaches no store: kept current by its writer', design: 'queue Changes { engine: kafka }\nworker Filler\nservice Api\ncache Feed { engine: redis }\nChanges -> Filler\nFiller -> Feed : writes\nApi -> Feed : reads' },
        { name: 'regression: cache/stampede already asks whether its keys expire (several readers fall through to a store)', design: 'service Web { replicas: 3 }\ncache Pages { engine: memcached }\ndatabase Posts\nWeb -> Pages : reads\nWeb -> Posts : reads' }
    ],
    invalid: [
        {
            name: 'round 35: one user that is the team\'s own code is asked',
            design: 'service Web\nservice Relay { product: "Relay" }\ndatabase Db { engine: postgres }\ncache Kv { engine: redis }\nWeb -> Kv : reads, writes\nRelay -> Kv : reads, writes\nWeb -> Db : reads',
            findings: [{ element: 'Kv', severity: 'info', message: 'Do entries of cache Kv (cache-aside, as no strategy is declared) expire? No `ttl` is stated: without one, an entry lives until evicted, and reads keep returning values the store has since changed.' }]
        },
        {
            name: 'regression: two layers read by the same service in front of the same store (a per-worker cache and a node-local Redis) are one question',
            design: 'service Renderer { -> Memory : reads\n -> NodeRedis : reads, writes\n -> Db : reads }\ncache Memory { eviction: lru }\ncache NodeRedis { engine: redis, eviction: lru }\ndatabase Db',
            findings: [{ element: 'Memory', message: 'Do entries of cache Memory (cache-aside, as no strategy is declared) expire? No `ttl` is stated: without one, an entry lives until evicted, and reads keep returning values the store has since changed.' }]
        },
        {
            name: 'regression: one cache drawn in each region is one question',
            design: 'network East { region: us_east\n service ApiEast "API" { -> CacheEast : reads\n -> DbEast : reads }\n cache CacheEast "Session cache" { engine: redis }\n database DbEast }\nnetwork West { region: us_west\n service ApiWest "API" { -> CacheWest : reads\n -> DbWest : reads }\n cache CacheWest "Session cache" { engine: redis }\n database DbWest }',
            findings: [{ element: 'CacheEast', message: 'Do entries of cache CacheEast (cache-aside, as no strategy is declared) expire? No `ttl` is stated: without one, an entry lives until evicted, and reads keep returning values the store has since changed.' }]
        },
        {
            name: 'a writer of the store that does not write the cache leaves it stale until expiry',
            design: 'service Api { replicas: 2 }\nworker Importer\ncache Hot { engine: redis, coalescing: true }\ndatabase Db { engine: postgres }\nApi -> Hot : reads, writes\nApi -> Db : reads, writes\nImporter -> Db : writes',
            findings: [{ element: 'Hot', message: 'Do entries of cache Hot (cache-aside, as no strategy is declared) expire? No `ttl` is stated: without one, an entry lives until evicted, and reads keep returning values the store has since changed.' }]
        },
        {
            name: 'cache-aside without a ttl',
            design: `${READER}cache Hot { engine: redis, eviction: lru, strategy: cache_aside }`,
            findings: [{ element: 'Hot', messageId: 'noTtl', severity: 'info', message: 'Do entries of cache Hot (cache-aside) expire? No `ttl` is stated: without one, an entry lives until evicted, and reads keep returning values the store has since changed.' }]
        },
        {
            name: 'read-through without a ttl',
            design: `${READER}cache Hot { engine: memcached, strategy: read_through }`,
            findings: [{ element: 'Hot', message: 'Do entries of cache Hot (read-through) expire? No `ttl` is stated: without one, an entry lives until evicted, and reads keep returning values the store has since changed.' }]
        },
        {
            name: 'no strategy is taken as cache-aside',
            design: `${READER}cache Hot { engine: memcached }`,
            findings: [{ element: 'Hot', message: 'Do entries of cache Hot (cache-aside, as no strategy is declared) expire? No `ttl` is stated: without one, an entry lives until evicted, and reads keep returning values the store has since changed.' }]
        },
        {
            name: 'readers that fall through to a store but coalesce misses: no stampede question, so the expiry is asked here',
            design: 'service Web { replicas: 3 }\ncache Pages { engine: memcached, coalescing: true }\ndatabase Posts\nWeb -> Pages : reads\nWeb -> Posts : reads',
            findings: [{ element: 'Pages', message: 'Do entries of cache Pages (cache-aside, as no strategy is declared) expire? No `ttl` is stated: without one, an entry lives until evicted, and reads keep returning values the store has since changed.' }]
        },
        {
            // The filler reads the cache as well (it checks before filling), so it is no job that rewrites every entry on change.
            name: 'a component that fills the cache from a database puts a store behind it',
            design: 'worker Filler\nservice Api\ncache Feed { engine: redis }\ndatabase Posts { engine: postgres }\nFiller -> Posts : reads\nFiller -> Feed\nApi -> Feed : reads',
            findings: [{ element: 'Feed', message: 'Do entries of cache Feed (cache-aside, as no strategy is declared) expire? No `ttl` is stated: without one, an entry lives until evicted, and reads keep returning values the store has since changed.' }]
        },
        {
            name: 'an LFU policy does not bound staleness',
            design: `${READER}cache Hot { eviction: lfu, strategy: cache_aside }`,
            findings: [{ element: 'Hot', message: 'Do entries of cache Hot (cache-aside) expire? No `ttl` is stated: without one, an entry lives until evicted, and reads keep returning values the store has since changed.' }]
        }
    ]
});

describe('cache/no-ttl quick fix', () => {
    it('sets ttl: 5m', async () => {
        const [finding] = await runRule(rule, `${READER}cache Hot { engine: redis }`);
        expect(finding.fix).to.deep.include({ kind: 'set-properties', properties: [{ key: 'ttl', value: '5m' }] });
    });
});
