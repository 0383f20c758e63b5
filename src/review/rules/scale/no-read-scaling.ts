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
            'Managed engines that are highly available on their own (DynamoDB, Spanner, Cosmos DB, BigQuery) scale reads themselves and are not flagged.'
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

/** Managed engines that scale reads on their own (an ha engine such as DynamoDB or Spanner). */
function scalesReadsItself(database: Component): boolean {
    return database.engine?.ha === true;
}
