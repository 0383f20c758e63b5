import { expect } from 'chai';
import { runRule, testRule } from '../../../../test/helpers/rule-tester.js';
import rule from './shard-key-missing.js';

const READER = 'service Api\nApi -> Urls : sql\n';

testRule(rule, {
    valid: [
        { name: 'shards with a shard key', design: `${READER}database Urls { engine: postgres, shards: 4, shard_key: short_code }` },
        { name: 'not sharded', design: `${READER}database Urls { engine: postgres }` },
        { name: 'one shard (the boundary)', design: `${READER}database Urls { shards: 1 }` },
        { name: 'regression: databases split by table group (vertical partitioning) have no shard key', design: `${READER}database Urls { engine: postgres, shards: 8, partitioning: vertical }` },
        { name: 'regression: rows hashed over shards with no key named are hashed on their own key', design: `${READER}database Urls { engine: postgres, shards: 8, partitioning: hash }` },
        { name: 'regression: several stores hashed on their own keys', design: `${READER}Api -> Sessions : sql\ndatabase Urls { shards: 64, partitioning: hash }\ndatabase Sessions { shards: 16, partitioning: hash }` },
        { name: 'a sharded cache hashes its keys itself', design: 'service Api\ncache Hot { engine: redis, shards: 6 }\nApi -> Hot : reads' }
    ],
    invalid: [
        {
            name: 'shards without a key',
            design: `${READER}database Urls { engine: postgres, shards: 4 }`,
            findings: [{ element: 'Urls', messageId: 'missing', severity: 'warning', message: 'database Urls is split into 4 shards but declares no shard_key: the key decides whether load spreads evenly or piles onto one hot shard, and whether a query reads one shard or all of them.' }]
        },
        {
            name: 'two shards (the boundary)',
            design: `${READER}database Urls { engine: cassandra, shards: 2 }`,
            findings: [{ element: 'Urls', message: 'database Urls is split into 2 shards but declares no shard_key: the key decides whether load spreads evenly or piles onto one hot shard, and whether a query reads one shard or all of them.' }]
        },
        {
            name: 'an empty shard key',
            design: `${READER}database Urls { shards: 8, shard_key: "" }`,
            findings: [{ element: 'Urls', message: 'database Urls is split into 8 shards but declares no shard_key: the key decides whether load spreads evenly or piles onto one hot shard, and whether a query reads one shard or all of them.' }]
        },
        {
            name: 'one finding when no sharded database names its key',
            design: `${READER}Api -> Clicks : sql\ndatabase Urls { engine: postgres, shards: 4 }\ndatabase Clicks { engine: postgres, shards: 8 }`,
            findings: [{ messageId: 'missingEverywhere', message: '2 sharded databases (Urls and Clicks) declare no shard_key: the key decides whether load spreads evenly or piles onto one hot shard, and whether a query reads one shard or all of them. Say which key splits the rows of each.' }]
        },
        {
            name: 'only the database that differs from its peers when one names its key',
            design: `${READER}Api -> Clicks : sql\ndatabase Urls { engine: postgres, shards: 4, shard_key: code }\ndatabase Clicks { engine: postgres, shards: 8 }`,
            findings: [{ element: 'Clicks', messageId: 'missing', message: 'database Clicks is split into 8 shards but declares no shard_key: the key decides whether load spreads evenly or piles onto one hot shard, and whether a query reads one shard or all of them.' }]
        }
    ]
});

describe('scale/shard-key-missing quick fix', () => {
    it('adds a placeholder shard key', async () => {
        const [finding] = await runRule(rule, `${READER}database Urls { shards: 4 }`);
        expect(finding.fix).to.deep.include({ kind: 'set-properties', properties: [{ key: 'shard_key', value: 'id' }] });
    });
});
