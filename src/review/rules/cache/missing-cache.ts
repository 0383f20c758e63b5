import type { Component } from '../../../model/design.js';
import type { Fix } from '../../fix.js';
import { defineRule } from '../../rule.js';
import { describe, readRatio } from '../../../model/component-facts.js';
import { listOf, namesOf } from '../../helpers/wording.js';
import { decisionScope, reportDecision } from '../../helpers/one-decision.js';
import { cacheCoverageOf } from '../../helpers/caching.js';
import { inScope } from '../../../model/out-of-scope.js';

interface Options {
    readonly readRatio: number;
}

export default defineRule<Options>({
    meta: {
        id: 'cache/missing-cache',
        section: 'caching',
        severity: 'info',
        description: 'A read-heavy design reads a database on the request path with no cache serving those reads.',
        rationale: 'When reads outnumber writes ten to one or more, most reads ask for data that has not changed since the last time. A cache in memory (Redis, Memcached) answers them in about a millisecond and takes that load off the database, which then serves mostly writes and misses. Without one, the database carries the whole read load, every read pays its latency, and the database is the first thing to saturate as traffic grows.',
        question: 'Which reads of {element} could a cache serve, and what hit ratio do you expect?',
        messages: {
            missingMany: 'The design reads {ratio}× more than it writes, and reads of {count} databases ({databases}) reach them with no cache in between: the databases carry the whole read load and every read pays their latency. One cache tier on the read path settles them.',
            missing: 'The design reads {ratio}× more than it writes, and reads of {what} by {readers} reach it with no cache in between: the database carries the whole read load and every read pays its latency.'
        },
        options: {
            schema: { type: 'object', properties: { readRatio: { type: 'number', minimum: 1, description: 'Reads per write from which a design counts as read-heavy.' } }, additionalProperties: false },
            defaults: { readRatio: 10 }
        },
        fix: 'Adds a cache next to the database (`engine: redis, eviction: lru, ttl: 5m`, two instances in two zones) and connects each uncached reader to it with `reads`.',
        references: ['AWS Well-Architected PERF03-BP05 Implement data access patterns that utilize caching', 'AWS Whitepaper: Database Caching Strategies Using Redis'],
        decisions: [
            'Read-heavy means `requirements.read_ratio` at or above the `readRatio` option (10), the threshold of `scale/no-read-scaling`; without a stated read ratio the rule does not fire.',
            'A reader is a component with a synchronous connection to the database that does not only write; only readers a client reaches over synchronous connections (the request path) count.',
            'Reads are served by a cache, as `scale/no-read-scaling` decides (caching.ts): the reader also reads a cache, every client path to the reader passes a CDN, or the database\'s engine is a cache engine (Redis).',
            'A reader stated `consistency: strong` (a payment service whose reads must see the latest write) is not asked to read through a cache: a cache would serve it stale reads, and the design chose freshness over read load (round 22: the one uncached reader of a food delivery design was its strongly consistent payment service).',
            'Read replicas do not count: they spread the load but every read still pays the database\'s latency (`scale/no-read-scaling` accepts them).',
            'Managed engines that scale reads themselves (DynamoDB) are still asked: the load leaves the database but the latency does not.',
            'A cache tier on the read path is one decision: two or more uncached databases give one finding listing them (the quick fix adds a cache per database, so it stays on the per-database findings).'
        ],
        quality: {
            grouping: 'One finding for every uncached database read on the request path (one cache-tier decision), each database a related location; a single one is reported on itself with a fix that adds its cache.',
            basis: 'Stated: `requirements.read_ratio`, the connections that read each database and the caches and CDNs in front of them.',
            unknowns: 'Without a stated read ratio the rule does not fire; databases on a cache engine and readers behind a CDN count as served; a reader stated `consistency: strong` is not asked. Components the design draws but does not describe (`out_of_scope: true`) are not judged, counted or listed.',
            severity: 'Info: on published designs its findings were stores whose caching the source leaves out of scope, so it asks rather than warns.'
        },
        examples: {
            flagged: 'requirements { read_ratio: 100 }\nclient U\nservice Api { replicas: 2 }\ndatabase Db { replicas: 2 }\nU -> Api -> Db : sql',
            fixed: 'requirements { read_ratio: 100 }\nclient U\nservice Api { replicas: 2 }\ndatabase Db { replicas: 2 }\ncache Hot { engine: redis, eviction: lru, ttl: 5m }\nU -> Api -> Db : sql\nApi -> Hot : redis, tls, reads'
        }
    },
    check({ design, index, options, report }) {
        const ratio = readRatio(design);
        const databases = inScope(index.ofKind('database'));
        if (ratio === undefined || ratio < options.readRatio || databases.length === 0) {
            return;
        }
        const coverage = cacheCoverageOf(design);
        // A reader stated `consistency: strong` needs every read fresh: a cache in between would serve stale ones.
        const uncached = databases
            .map((database) => ({ database, readers: database.foreign ? [] : coverage.unservedReaders(database).filter((reader) => reader.properties.string('consistency') !== 'strong') }))
            .filter((item) => item.readers.length > 0);
        // A cache tier in front of the read path is one decision: every uncached database counts as a peer.
        reportDecision(report, {
            affected: uncached.map(({ database, readers }) => ({ on: database, note: `${describe(database)} read by ${listOf(readers)} with no cache` })),
            peers: uncached.length,
            once: {
                on: decisionScope(design, uncached.map((item) => item.database)),
                messageId: 'missingMany',
                data: { ratio, count: uncached.length, databases: namesOf(uncached.map((item) => item.database)) }
            },
            each: ({ on }) => {
                const item = uncached.find((candidate) => candidate.database === on) ?? uncached[0];
                return { on: item.database, messageId: 'missing', data: { ratio, what: describe(item.database), readers: listOf(item.readers) }, fix: addCacheFor(item.database, item.readers) };
            }
        });
    }
});

/** A cache that passes the other caching and availability rules as added. */
function addCacheFor(database: Component, readers: readonly Component[]): Fix {
    return {
        kind: 'add-component',
        title: `Add a cache for the reads of ${database.name}`,
        component: {
            kind: 'cache',
            name: `${database.name}Cache`,
            properties: [
                { key: 'engine', value: 'redis' },
                { key: 'eviction', value: 'lru' },
                { key: 'ttl', value: '5m' },
                { key: 'replicas', value: '2' },
                { key: 'zones', value: '2' }
            ]
        },
        near: database,
        from: readers.map((source) => ({ source, shorthand: 'reads' }))
    };
}
