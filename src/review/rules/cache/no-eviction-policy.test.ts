import { expect } from 'chai';
import { runRule, testRule } from '../../../../test/helpers/rule-tester.js';
import rule from './no-eviction-policy.js';

const READER = 'service Api\ndatabase Store { engine: postgres, storage: 2TB }\nApi -> Hot : reads\nApi -> Store : reads\n';

testRule(rule, {
    valid: [
        { name: 'regression: a read replica of another cache applies its primary\'s evictions', design: 'service Feed { replicas: 2 }\ncache Primary { engine: redis, eviction: lru, ttl: 1h }\ncache Regional { engine: redis }\ndatabase Db { engine: postgres }\nFeed -> Primary : reads\nFeed -> Regional : reads\nFeed -> Db : reads\nPrimary -> Regional "replication"' },
        { name: 'regression: Azure Managed Redis evicts volatile-lru by default', design: 'service Web { replicas: 2 }\ncache Redis { engine: azure_managed_redis }\ndatabase Db\nWeb -> Redis : reads\nWeb -> Db : reads' },
        { name: 'an explicit LRU policy', design: `${READER}cache Hot { engine: redis, eviction: lru }` },
        { name: 'Memcached evicts LRU by default (engine fact)', design: `${READER}cache Hot { engine: memcached }` },
        { name: 'ElastiCache evicts LRU by default (engine fact)', design: `${READER}cache Hot { engine: elasticache }` },
        { name: 'ttl_only is a policy', design: `${READER}cache Hot { engine: redis, eviction: ttl_only, ttl: 1h }` },
        { name: 'LFU', design: `${READER}cache Hot { eviction: lfu }` },
        { name: 'a cache that only holds locks', design: 'service Api\ncache Locks { engine: redis, ttl: 30s }\nApi -> Locks : redis, lock' },
        { name: 'regression: a cache that is the only home of its data (no store behind it): evicting would lose it', design: 'service Basket\ncache Baskets { engine: redis }\nmonitoring Scraper\ndatabase Metrics\nBasket -> Baskets : redis\nScraper -> Baskets : redis { uses: telemetry }\nScraper -> Metrics' },
        { name: 'regression: a write-behind cache holds entries not yet written', design: `${READER}cache Hot { engine: redis, strategy: write_behind, replicas: 2 }` },
        // Sign-in lookups kept five minutes each: they expire long before memory could fill.
        { name: 'regression: Redis left at its default whose entries all expire (ttl stated)', design: `${READER}cache Hot { engine: redis, ttl: 300s }` },
        { name: 'regression: a cache in front of data of unstated size (ten profiles, a preferences cache) is not asked what it evicts', design: 'service Api\ncache Hot { engine: redis }\ndatabase Store { engine: mysql }\nApi -> Hot : reads\nApi -> Store : reads' },
        { name: 'regression: a cache whose stated memory holds all the data behind it', design: 'service Api\ncache Hot { engine: redis, max_memory: 256GB }\ndatabase Store { engine: mssql, storage: 200GB }\nApi -> Hot : reads\nApi -> Store : reads' },
        { name: 'regression: the stated size of an in-memory store the cache\'s user also reads (sorted sets in Redis) is not data behind the cache', design: 'service Rank\ndatabase Scores { engine: redis, storage: 650MB }\ncache Profiles { engine: redis }\ndatabase Users { engine: mysql }\nRank -> Scores : redis, reads, writes\nRank -> Profiles : redis, reads\nRank -> Users : sql, reads' },
        { name: 'Redis as a database is a store of record', design: 'service Api\ndatabase Store { engine: redis }\nApi -> Store' }
    ],
    invalid: [
        {
            name: 'regression: one cache drawn in each region is one finding',
            design: 'network East { region: us_east\n service ApiEast "API" { -> CacheEast : reads\n -> DbEast : reads }\n cache CacheEast "Session cache" { engine: redis }\n database DbEast { storage: 2TB } }\nnetwork West { region: us_west\n service ApiWest "API" { -> CacheWest : reads\n -> DbWest : reads }\n cache CacheWest "Session cache" { engine: redis }\n database DbWest { storage: 2TB } }',
            findings: [{ element: 'CacheEast', message: 'cache CacheEast keeps the Redis default, eviction: none, and the data behind it comes to 2 TB (the stated storage of DbEast): when its memory fills, writes fail instead of old entries making room.' }]
        },
        {
            name: 'Redis keeps its default, noeviction (engine fact)',
            design: `${READER}cache Hot { engine: redis }`,
            findings: [{ element: 'Hot', messageId: 'engineDefault', severity: 'info', message: 'cache Hot keeps the Redis default, eviction: none, and the data behind it comes to 2 TB (the stated storage of Store): when its memory fills, writes fail instead of old entries making room.' }]
        },
        {
            name: 'an explicit eviction: none',
            design: `${READER}cache Hot { engine: memcached, eviction: none }`,
            findings: [{ element: 'Hot', messageId: 'none', message: 'cache Hot has eviction: none: when its memory fills, writes fail instead of old entries making room.' }]
        },
        {
            name: 'no engine and no policy',
            design: `${READER}cache Hot { ttl: 5m }`,
            findings: [{ element: 'Hot', messageId: 'undeclared', message: 'cache Hot declares no eviction policy, and the data behind it comes to 2 TB (the stated storage of Store): when its memory fills, nothing says whether old entries make room or new writes fail.' }]
        },
        {
            name: 'an unknown engine says nothing about eviction',
            design: `${READER}cache Hot { engine: hazelcast }`,
            findings: [{ element: 'Hot', messageId: 'undeclared', message: 'cache Hot declares no eviction policy, and the data behind it comes to 2 TB (the stated storage of Store): when its memory fills, nothing says whether old entries make room or new writes fail.' }]
        },
        {
            name: 'a cache smaller than the data behind it, with no policy: one question naming both sizes',
            design: 'service Api\ncache Hot { max_memory: 64GB }\ndatabase Store { storage: 3TB }\nApi -> Hot : reads\nApi -> Store : reads',
            findings: [{ element: 'Hot', messageId: 'undeclared', severity: 'info', message: 'cache Hot declares no eviction policy, and the data behind it comes to 3 TB (the stated storage of Store), more than its 64 GB: when its memory fills, nothing says whether old entries make room or new writes fail.' }]
        },
        {
            name: 'growth with no retention: a year is assumed, and named',
            design: 'requirements { storage_growth: 1GB }\nservice Api\ncache Hot\ndatabase Store\nApi -> Hot : reads\nApi -> Store : reads',
            findings: [{ element: 'Hot', severity: 'info', message: 'cache Hot declares no eviction policy, and the data behind it comes to 365 GB (1 GB a day over a year): when its memory fills, nothing says whether old entries make room or new writes fail.' }]
        },
        {
            name: 'a cache used for locks and for data',
            design: 'requirements { storage_growth: 10GB, retention: 90d }\nservice Api\ncache Shared { engine: redis }\ndatabase Db\nApi -> Shared : redis, lock\nApi -> Shared : redis, reads\nApi -> Db',
            findings: [{ element: 'Shared', message: 'cache Shared keeps the Redis default, eviction: none, and the data behind it comes to 900 GB (10 GB a day over 90d): when its memory fills, writes fail instead of old entries making room.' }]
        }
    ]
});

describe('cache/no-eviction-policy quick fix', () => {
    it('sets eviction: lru', async () => {
        const [finding] = await runRule(rule, `${READER}cache Hot { engine: redis }`);
        expect(finding.fix).to.deep.include({ kind: 'set-properties', properties: [{ key: 'eviction', value: 'lru' }] });
    });
});
