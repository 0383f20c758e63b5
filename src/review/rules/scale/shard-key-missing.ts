import { defineRule } from '../../rule.js';
import type { Component } from '../../../model/design.js';
import { describe } from '../../../model/component-facts.js';

export default defineRule({
    meta: {
        id: 'scale/shard-key-missing',
        section: 'scaling',
        severity: 'warning',
        description: 'A database split into several shards does not say which key picks a row\'s shard.',
        rationale: 'Sharding only scales when the shard key spreads the load: a key with few values or a rising one (a date, an auto-increment id) sends most writes to one hot shard, and queries that do not filter on the key must ask every shard. The shard key is the first question a reviewer asks about a sharded database, and the hardest thing to change later.',
        question: 'Which key picks the shard of a row in {element}, and does it spread writes evenly?',
        messages: {
            missing: '{what} is split into {shards} shards but declares no shard_key: the key decides whether load spreads evenly or piles onto one hot shard, and whether a query reads one shard or all of them.'
        },
        fix: 'Adds `shard_key: id` as a placeholder to replace with the key the main queries look up by.',
        references: ['Designing Data-Intensive Applications, ch. 6 Partitioning'],
        decisions: [
            'Only databases are checked: the property vocabulary gives `shard_key` to databases only; caches and search indexes hash their keys themselves.',
            '`shards: 1` (or none) is not sharded and not flagged.',
            'A database split by table (`partitioning: vertical`: each shard a database holding whole tables, a group of related tables each) has no shard key: no row is split by one, so it is not flagged.',
            'The quick fix cannot know the key; it writes `id` for the author to replace.'
        ],
        quality: {
            grouping: 'Per database: each sharded store has its own key.',
            basis: 'Stated: `shards` and `shard_key` as written; no figure is used.',
            unknowns: 'An unsharded database is not asked, nor one split vertically (`partitioning: vertical`, tables grouped into databases, where no key exists); the key is asked only where the design says the rows are split.',
            severity: 'Warning: a shard split with no key is a gap a reviewer raises; on the tuning corpus (31 designs) its one finding is raised, once databases split by table group were no longer asked.'
        },
        examples: {
            flagged: 'database Urls { engine: postgres, shards: 4 }',
            fixed: 'database Urls { engine: postgres, shards: 4, shard_key: short_code }'
        }
    },
    check({ index, report }) {
        for (const database of index.ofKind('database')) {
            const shards = database.properties.number('shards') ?? 1;
            if (database.foreign || shards <= 1 || splitByTable(database) || (database.properties.string('shard_key') ?? '') !== '') {
                continue;
            }
            report({
                on: database,
                messageId: 'missing',
                data: { what: describe(database), shards },
                fix: { kind: 'set-properties', title: `Declare the shard key of ${database.name}`, target: database, properties: [{ key: 'shard_key', value: 'id' }] }
            });
        }
    }
});

/** Vertical partitioning: each shard holds whole tables, so no key splits the rows. */
function splitByTable(database: Component): boolean {
    return database.properties.string('partitioning') === 'vertical';
}
