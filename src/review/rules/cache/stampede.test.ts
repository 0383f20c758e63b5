import { testRule } from '../../../../test/helpers/rule-tester.js';
import rule from './stampede.js';

/** A read-heavy design whose API (six instances) reads the cache written in `cache`, named Hot, and the database on a miss. */
function readHeavy(cache: string, api = 'service Api { replicas: 6 }'): string {
    return `requirements { read_ratio: 50 }\n${api}\n${cache}\ndatabase Db { replicas: 2 }\nApi -> Hot : reads\nApi -> Db : reads`;
}

testRule(rule, {
    valid: [
        { name: 'regression (round 33): a released product keys, expires and reloads its own cache entries (Moodle in Valkey)', design: 'requirements { read_ratio: 50 }\nservice Moodle { replicas: 6, product: "Moodle" }\ncache Valkey { engine: redis }\ndatabase Db { replicas: 2 }\nMoodle -> Valkey : reads, writes\nMoodle -> Db : reads, writes' },
        { name: 'regression: a miss served from the reader\'s own in-memory index; the store is only its background download', design: 'service Typeahead { replicas: 20 }\ncache Hot { engine: redis, ttl: 1h }\nstorage Snapshots { engine: s3 }\nTypeahead -> Hot : reads, writes\nTypeahead -> Snapshots : reads "download the new index (hourly)" { phase: background }' },
        { name: 'regression: four web servers missing one key at once is no stampede', design: 'service Web { replicas: 4 }\ncache Objects { engine: memcached }\ndatabase Db\nWeb -> Objects\nWeb -> Db' },
        { name: 'request coalescing', design: readHeavy('cache Hot { engine: redis, ttl: 5m, coalescing: true }') },
        { name: 'early refresh of popular entries', design: readHeavy('cache Hot { engine: redis, ttl: 5m, early_refresh: true }') },
        { name: 'a write-through cache', design: readHeavy('cache Hot { engine: redis, ttl: 5m, strategy: write_through }') },
        // A photo service and a page service, one instance each, share a cache: each reads keys of its own.
        { name: 'regression: two different services with one instance each do not stampede one key', design: 'requirements { read_ratio: 50 }\nservice Gallery\nservice Pages\ncache Hot { engine: redis, ttl: 5m }\nstorage Files\nGallery -> Hot : reads\nPages -> Hot : reads\nGallery -> Files : reads\nPages -> Files : reads' },
        { name: 'one instance cannot stampede itself', design: readHeavy('cache Hot { engine: redis, ttl: 5m }', 'service Api') },
        { name: 'regression: a cache a worker fills ahead of time, with no expiry, is not reloaded by its readers on a miss', design: 'service Web { replicas: 8 }\nworker Ranker\ncache Rankings { engine: memcached }\ndatabase Db\nWeb -> Rankings : reads\nWeb -> Db : reads\nRanker -> Db : reads\nRanker -> Rankings : writes "ranked pages"' },
        { name: 'regression: a memcached on each server (colocated) is missed one server at a time', design: 'service Web { replicas: 20 }\ncache Local { engine: memcached, ttl: 1m, hot_keys: true }\ndatabase Db\nWeb -> Local : tcp { colocated: true }\nWeb -> Db : reads' },
        { name: 'regression: a cache of short codes over a key-value store reloads a key with one get', design: 'requirements { read_ratio: 100 }\nservice App { replicas: many }\ncache Codes { strategy: cache_aside }\ndatabase Kv { model: key_value, replicas: many }\nApp -> Codes : reads\nApp -> Kv : reads' },
        { name: 'no store behind the cache', design: 'requirements { read_ratio: 50 }\nservice Api { replicas: 6 }\ncache Hot { engine: redis, ttl: 5m }\nApi -> Hot : reads' }
    ],
    invalid: [
        {
            name: 'a product\'s cache stated to expire its hot keys is still judged',
            design: 'requirements { read_ratio: 50 }\nservice Moodle { replicas: 6, product: "Moodle" }\ncache Valkey { engine: redis, ttl: 10m, hot_keys: true }\ndatabase Db { replicas: 2 }\nMoodle -> Valkey : reads, writes\nMoodle -> Db : reads, writes',
            findings: [{ element: 'Valkey', severity: 'warning', message: 'cache Valkey expires entries after 10m and a few keys take most reads, with no request coalescing or early refresh: when a popular key expires, the 6 instances of Moodle miss at once and all send the same query to database Db.' }]
        },
        {
            // Stated expiry on stated hot keys: the burst is certain even over point reads.
            name: 'stated hot keys expiring over a key-value store are still reported',
            design: 'service App { replicas: 6 }\ncache Codes { strategy: cache_aside, ttl: 5m, hot_keys: true }\ndatabase Kv { model: key_value, replicas: 2 }\nApp -> Codes : reads\nApp -> Kv : reads',
            findings: [{ element: 'Codes', messageId: 'stampede', severity: 'warning', message: 'cache Codes expires entries after 5m and a few keys take most reads, with no request coalescing or early refresh: when a popular key expires, the 6 instances of App miss at once and all send the same query to database Kv.' }]
        },
        {
            // pgbouncer in front of the database does not hide the miss path.
            name: 'the readers fall through to the database behind a connection pooler',
            design: 'service Web { replicas: 30 }\ncache Objects { engine: memcached }\nloadbalancer Pool { engine: pgbouncer }\ndatabase Db { engine: postgres }\nWeb -> Objects : reads, writes\nWeb -> Pool\nPool -> Db : reads',
            findings: [{ element: 'Objects', messageId: 'stampedeQuestion', message: 'Do popular keys of cache Objects expire? Neither `ttl` nor `hot_keys` is stated. If so, when a popular key expires the 30 instances of Web miss at once and all send the same query to database Db, and nothing states request coalescing or early refresh (`coalescing`, `early_refresh`).' }]
        },
        {
            // A fleet of web servers of unstated size: the message says many, not a count nobody stated.
            name: 'readers stated as many instances are counted as many',
            design: 'service Web { replicas: many }\ncache Hot { engine: redis }\ndatabase Db\nWeb -> Hot\nWeb -> Db',
            findings: [{
                element: 'Hot',
                messageId: 'stampedeQuestion',
                severity: 'info',
                message: 'Do popular keys of cache Hot expire? Neither `ttl` nor `hot_keys` is stated. If so, when a popular key expires the many instances of Web miss at once and all send the same query to database Db, and nothing states request coalescing or early refresh (`coalescing`, `early_refresh`).'
            }]
        },
        {
            name: 'a precomputed cache whose entries are stated to expire is still reloaded on a miss',
            design: 'service Web { replicas: 8 }\nworker Ranker\ncache Rankings { engine: memcached, ttl: 10m, hot_keys: true }\ndatabase Db\nWeb -> Rankings : reads\nWeb -> Db : reads\nRanker -> Db : reads\nRanker -> Rankings : writes',
            findings: [{ element: 'Rankings', severity: 'warning', message: 'cache Rankings expires entries after 10m and a few keys take most reads, with no request coalescing or early refresh: when a popular key expires, the 8 instances of Web miss at once and all send the same query to database Db.' }]
        },
        {
            name: 'popular keys (a read-heavy design) expiring with no coalescing',
            design: readHeavy('cache Hot { engine: redis, eviction: lru, ttl: 5m }'),
            findings: [{
                element: 'Hot',
                messageId: 'stampede',
                severity: 'info',
                message: 'cache Hot expires entries after 5m and the design reads 50× more than it writes, with no request coalescing or early refresh: when a popular key expires, the 6 instances of Api miss at once and all send the same query to database Db.'
            }]
        },
        {
            name: 'hot keys stated',
            design: 'service Api { replicas: 3 }\nworker Feed { replicas: 2 }\ncache Hot { engine: memcached, ttl: 1m, hot_keys: true }\ndatabase Db\nApi -> Hot : reads\nFeed -> Hot : reads\nApi -> Db : reads\nFeed -> Db',
            findings: [{ element: 'Hot', severity: 'warning', message: 'cache Hot expires entries after 1m and a few keys take most reads, with no request coalescing or early refresh: when a popular key expires, the 5 instances of Api and Feed miss at once and all send the same query to database Db.' }]
        },
        {
            name: 'neither the expiry nor the popularity stated: a question',
            design: 'service Api { replicas: 8 }\ncache Hot { engine: redis }\ndatabase Db\nApi -> Hot\nApi -> Db',
            findings: [{
                element: 'Hot',
                messageId: 'stampedeQuestion',
                severity: 'info',
                message: 'Do popular keys of cache Hot expire? Neither `ttl` nor `hot_keys` is stated. If so, when a popular key expires the 8 instances of Api miss at once and all send the same query to database Db, and nothing states request coalescing or early refresh (`coalescing`, `early_refresh`).'
            }]
        },
        {
            name: 'an expiry stated, the popularity not: a question',
            design: 'service Api { replicas: 8 }\ncache Hot { engine: redis, ttl: 10m }\ndatabase Db\nApi -> Hot\nApi -> Db',
            findings: [{ element: 'Hot', severity: 'info', message: 'Are some keys of cache Hot far more popular than others? Entries expire after 10m, and `hot_keys` is not stated. If so, when a popular key expires the 8 instances of Api miss at once and all send the same query to database Db, and nothing states request coalescing or early refresh (`coalescing`, `early_refresh`).' }]
        }
    ]
});
