import type { Component } from '../../../model/design.js';
import { defineRule } from '../../rule.js';
import { describe, readRatio, replicaCount } from '../../../model/component-facts.js';
import { cacheCoverageOf } from '../../helpers/caching.js';

interface Options {
    readonly readRatio: number;
}

export default defineRule<Options>({
    meta: {
        id: 'scale/no-read-scaling',
        section: 'scaling',
        severity: 'info',
        description: 'A read-heavy design reads a single-replica database on the request path with no cache in front.',
        rationale: 'When reads outnumber writes ten to one or more, one database node serves every read and becomes the bottleneck long before writes do. Read replicas spread reads over several nodes; a cache removes most of them. Either is the standard first step of scaling reads.',
        question: 'What happens when reads of {element} outgrow one node: read replicas, a cache, or shards?',
        messages: {
            noReadScaling: 'The design reads {ratio}× more than it writes, and {what} serves every read from one node with no cache in front: what takes the reads when they outgrow that node (read replicas, a cache)?'
        },
        options: {
            schema: { type: 'object', properties: { readRatio: { type: 'number', minimum: 1, description: 'Reads per write from which a design counts as read-heavy.' } }, additionalProperties: false },
            defaults: { readRatio: 10 }
        },
        fix: 'Sets `replicas: 3` on the database (add `read_from: replica` to reads that tolerate lag).',
        references: ['AWS Well-Architected PERF03-BP05 Implement data access patterns that utilize caching'],
        decisions: [
            'Read-heavy means `requirements.read_ratio` at or above the `readRatio` option (10).',
            'A database counts as served by a cache when every component reading it also reads a cache, when every client path to its readers passes a CDN, or when its engine is a cache engine.',
            'Managed engines that are highly available on their own (DynamoDB, Spanner, Cosmos DB, BigQuery) scale reads themselves and are not flagged.',
            'A database split over shards (`shards` above 1, or `many`) serves each key\'s reads from its shard\'s node, so its reads are not served by one node; an embedded store (`embedded: true`, or SQLite) is a copy in each instance of its process (field corpus, round 36: a metadata store sharded by a hash of bucket and object name, and a per-node SQLite index, were said to serve every read from one node).'
        ],
        quality: {
            grouping: 'Per database: each store scales its reads on its own (replicas, a cache or shards).',
            basis: 'Stated: the read ratio from the requirements and the database\'s replicas; no figure is assumed.',
            unknowns: 'A database served by a cache, a CDN, an engine that scales reads itself, or off the request path is not asked.',
            severity: 'Information: a question about how reads scale; on the corpus its two findings were outside what the source describes (0% precision), so it asks rather than warns.'
        },
        examples: {
            flagged: 'requirements { read_ratio: 100 }\nclient U\nservice Api { replicas: 2 }\ndatabase Db\nU -> Api -> Db : reads',
            fixed: 'requirements { read_ratio: 100 }\nclient U\nservice Api { replicas: 2 }\ndatabase Db { replicas: 3 }\nU -> Api -> Db : reads'
        }
    },
    check({ design, index, traffic, options, report }) {
        const ratio = readRatio(design);
        if (ratio === undefined || ratio < options.readRatio) {
            return;
        }
        for (const database of index.ofKind('database')) {
            if (!traffic.onRequestPath(database) || replicaCount(database) > 1 || cacheCoverageOf(design).isServed(database) || scalesReadsItself(database)) {
                continue;
            }
            report({
                on: database,
                messageId: 'noReadScaling',
                data: { ratio, what: describe(database) },
                fix: { kind: 'set-properties', title: `Add read replicas to ${database.name}`, target: database, properties: [{ key: 'replicas', value: '3' }] }
            });
        }
    }
});

/**
 * Reads are not served by one node: a managed engine that scales reads on
 * its own (an ha engine such as DynamoDB or Spanner), a store split over
 * shards (each shard's node serves its part of the reads), or an embedded
 * store (one copy in each instance of the process that holds it, so reads
 * grow with that process's instances).
 */
function scalesReadsItself(database: Component): boolean {
    const shards = database.properties.get('shards');
    return database.engine?.ha === true || shards === 'many' || (typeof shards === 'number' && shards > 1)
        || database.properties.boolean('embedded') === true;
}
