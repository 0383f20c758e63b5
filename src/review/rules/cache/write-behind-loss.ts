import { defineRule } from '../../rule.js';
import { describe, isRedundant } from '../../../model/component-facts.js';

export default defineRule({
    meta: {
        id: 'cache/write-behind-loss',
        section: 'caching',
        severity: 'warning',
        description: 'A write-behind cache runs a single instance.',
        rationale: 'A write-behind cache acknowledges a write as soon as it is in memory and writes it to the store later, in batches. Until then the cache holds the only copy: when a single instance crashes, restarts or is replaced, every write not yet flushed is lost, although users were told it succeeded. A replica (with automatic failover) keeps a second copy; write-through keeps the store the copy of record.',
        question: 'What happens to writes buffered in {element} if it fails before flushing them?',
        messages: {
            singleCopy: '{what} acknowledges writes before they reach the store (strategy: write_behind) and runs one instance: when it fails, every write not yet flushed is lost.'
        },
        fix: 'Sets `replicas: 2` (or change `strategy` to `write_through`).',
        references: ['AWS Whitepaper: Database Caching Strategies Using Redis', 'Designing Data-Intensive Applications, ch. 5 Replication'],
        quality: {
            grouping: 'One finding per write-behind cache.',
            basis: 'Stated: `strategy: write_behind` and the instances (`replicas`, autoscale minimum, or an HA engine fact).',
            unknowns: 'Only a stated write-behind strategy is judged; persistence to the instance\'s own disk does not count as a second copy.',
            severity: 'Warning: acknowledged writes held in one instance are lost with it; no corpus design states write-behind yet.'
        },
        decisions: [
            'One instance means no replicas, no autoscale minimum of two or more, and no engine that is highly available on its own, as `avail/single-point-of-failure` counts instances.',
            'Persistence to the instance\'s own disk (`persistence: aof`) does not count: the disk goes with the instance.',
            'Writes still in flight to an asynchronous replica are not judged here: the catalog asks for a second copy, not for synchronous replication.'
        ],
        examples: {
            flagged: 'service Api\ncache Buffer { engine: redis, eviction: lru, ttl: 1h, strategy: write_behind }\nApi -> Buffer : writes',
            fixed: 'service Api\ncache Buffer { engine: redis, eviction: lru, ttl: 1h, strategy: write_behind, replicas: 2 }\nApi -> Buffer : writes'
        }
    },
    check({ index, report }) {
        for (const cache of index.ofKind('cache')) {
            if (cache.foreign || cache.properties.string('strategy') !== 'write_behind' || isRedundant(cache)) {
                continue;
            }
            report({
                on: cache,
                messageId: 'singleCopy',
                data: { what: describe(cache) },
                fix: { kind: 'set-properties', title: `Run a replica of ${cache.name}`, target: cache, properties: [{ key: 'replicas', value: '2' }] }
            });
        }
    }
});
