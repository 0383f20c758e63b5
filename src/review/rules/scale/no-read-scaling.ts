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
        severity: 'warning',
        description: 'A read-heavy design reads a single-replica database on the request path with no cache in front.',
        rationale: 'When reads outnumber writes ten to one or more, one database node serves every read and becomes the bottleneck long before writes do. Read replicas spread reads over several nodes; a cache removes most of them. Either is the standard first step of scaling reads.',
        question: 'What happens when reads of {element} outgrow one node: read replicas, a cache, or shards?',
        messages: {
            noReadScaling: 'The design reads {ratio}× more than it writes, and {what} serves every read from one node with no cache in front: reads will saturate it first.'
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
