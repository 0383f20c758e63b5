import { defineRule } from '../../rule.js';
import type { Component } from '../../../model/design.js';
import { describe } from '../../../model/component-facts.js';
import { decisionScope, reportDecision } from '../../helpers/one-decision.js';
import { namesOf } from '../../helpers/wording.js';

export default defineRule({
    meta: {
        id: 'scale/shard-key-missing',
        section: 'scaling',
        severity: 'warning',
        description: 'A database split into several shards does not say which key picks a row\'s shard.',
        rationale: 'Sharding only scales when the shard key spreads the load: a key with few values or a rising one (a date, an auto-increment id) sends most writes to one hot shard, and queries that do not filter on the key must ask every shard. The shard key is the first question a reviewer asks about a sharded database, and the hardest thing to change later.',
        question: 'Which key picks the shard of a row in {element}, and does it spread writes evenly?',
        messages: {
            missing: '{what} is split into {shards} shards but declares no shard_key: the key decides whether load spreads evenly or piles onto one hot shard, and whether a query reads one shard or all of them.',
            missingEverywhere: '{count} sharded databases ({names}) declare no shard_key: the key decides whether load spreads evenly or piles onto one hot shard, and whether a query reads one shard or all of them. Say which key splits the rows of each.'
        },
        fix: 'Adds `shard_key: id` as a placeholder to replace with the key the main queries look up by.',
        references: ['Designing Data-Intensive Applications, ch. 6 Partitioning'],
        decisions: [
            'Only databases are checked: the property vocabulary gives `shard_key` to databases only; caches and search indexes hash their keys themselves.',
            '`shards: 1` (or none) is not sharded and not flagged.',
            'A database split by table (`partitioning: vertical`: each shard a database holding whole tables, a group of related tables each) has no shard key: no row is split by one, so it is not flagged.',
            'Rows split by a hash (`partitioning: hash`) with no `shard_key` are hashed on their own key, the language meaning of `hash` ("by a hash of the key"): hashing spreads even a rising key, so no hot shard is implied, and it is not flagged.',
            'When every sharded database of the design lacks a key, that is one omission in how the design describes its sharding: one finding listing the databases, with one fix. When some state a key, each one without is its own gap.',
            'The quick fix cannot know the key; it writes `id` for the author to replace.'
        ],
        quality: {
            grouping: 'One finding for the design when every sharded database lacks a key (related: the databases); per database when its peers state theirs.',
            basis: 'Stated: `shards` and `shard_key` as written; no figure is used.',
            unknowns: 'An unsharded database is not asked, nor one split vertically (`partitioning: vertical`, tables grouped into databases, where no key exists), nor one hashed on its own key (`partitioning: hash`); the key is asked only where the design says the rows are split and not how.',
            severity: 'Warning: a shard split with no key and no partitioning is a gap a reviewer raises; on the tuning corpus (37 designs) its one finding is raised, once databases split by table group or hashed on their own key were no longer asked.'
        },
        examples: {
            flagged: 'database Urls { engine: postgres, shards: 4 }',
            fixed: 'database Urls { engine: postgres, shards: 4, shard_key: short_code }'
        }
    },
    check({ design, index, report }) {
        const sharded = index.ofKind('database').filter((database) => !database.foreign && (database.properties.number('shards') ?? 1) > 1 && !splitByTable(database));
        const keyless = sharded.filter((database) => !hashedOnOwnKey(database) && (database.properties.string('shard_key') ?? '') === '');
        reportDecision(report, {
            affected: keyless.map((database) => ({ on: database, note: `${describe(database)}: ${database.properties.number('shards') ?? 'many'} shards, no shard_key` })),
            peers: sharded.length,
            once: {
                on: decisionScope(design, keyless),
                messageId: 'missingEverywhere',
                data: { count: keyless.length, names: namesOf(keyless) },
                fix: { kind: 'set-properties-each', title: `Declare the shard keys of ${keyless.length} databases`, targets: keyless, properties: [{ key: 'shard_key', value: 'id' }] }
            },
            each: ({ on }) => {
                const database = on as Component;
                return {
                    on: database,
                    messageId: 'missing',
                    data: { what: describe(database), shards: database.properties.number('shards') ?? 'many' },
                    fix: { kind: 'set-properties', title: `Declare the shard key of ${database.name}`, target: database, properties: [{ key: 'shard_key', value: 'id' }] }
                };
            }
        });
    }
});

/** `partitioning: hash` with no key named: the rows are hashed on their own key, which spreads writes evenly. */
function hashedOnOwnKey(database: Component): boolean {
    return database.properties.string('partitioning') === 'hash';
}

/** Vertical partitioning: each shard holds whole tables, so no key splits the rows. */
function splitByTable(database: Component): boolean {
    return database.properties.string('partitioning') === 'vertical';
}
