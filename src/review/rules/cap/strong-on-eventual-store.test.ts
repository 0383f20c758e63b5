import { expect } from 'chai';
import { runRule, testRule } from '../../../../test/helpers/rule-tester.js';
import rule from './strong-on-eventual-store.js';

const STRONG_API = 'service Api { replicas: 2, consistency: strong }\n';

testRule(rule, {
    valid: [
        { name: 'regression: a connection stating strong reads of a DynamoDB table (ConsistentRead per request)', design: 'service Api { replicas: 2 }\ndatabase Orders { engine: dynamodb }\nApi -> Orders : reads, writes { consistency: strong }' },
        { name: 'quorum reads and writes that overlap (R + W > N)', design: 'service Api { replicas: 2, consistency: strong }\ndatabase Ledger { engine: cassandra, replicas: 3, read_quorum: 2, write_quorum: 2, replication_factor: 3 }\nApi -> Ledger : writes' },
        { name: 'a strong service on a strongly consistent engine', design: `${STRONG_API}database Db { engine: postgres, replicas: 2 }\nApi -> Db` },
        { name: 'CockroachDB and Spanner are strong by their facts', design: `${STRONG_API}database A { engine: cockroachdb, replicas: 3 }\ndatabase B { engine: spanner }\nApi -> A\nApi -> B` },
        { name: 'Cassandra read and written at QUORUM (consistency: strong in the design)', design: `${STRONG_API}database Ledger { engine: cassandra, replicas: 3, consistency: strong }\nApi -> Ledger` },
        { name: 'nobody needs strong consistency', design: 'service Api { replicas: 2 }\ndatabase Stats { engine: cassandra, replicas: 3 }\nApi -> Stats' },
        { name: 'the connection relaxes the service\'s need', design: `${STRONG_API}database Stats { engine: cassandra, replicas: 3 }\nApi -> Stats { access: writes, consistency: eventual }` },
        { name: 'session and bounded stores are not eventual', design: `${STRONG_API}database Docs { engine: cosmosdb }\ndatabase B { consistency: bounded }\nApi -> Docs\nApi -> B` },
        { name: 'a cache is a copy: the service\'s general need does not apply', design: `requirements { consistency: strong }\n${STRONG_API}database Db { engine: postgres, replicas: 2 }\ncache Hot { engine: redis, replicas: 2 }\nApi -> Hot : reads\nApi -> Db` },
        { name: 'a search index is a copy too', design: `${STRONG_API}search Find { engine: elasticsearch, replicas: 2 }\nApi -> Find : reads` },
        { name: 'regression (round 30): a pub/sub queue announcing what the database holds is not read as the data of record', design: 'requirements { consistency: strong }\nworker Bids { replicas: 2 }\ndatabase Db { engine: postgres, replicas: 2 }\nqueue Updates { engine: redis, replicas: 2 }\nservice Push { replicas: 2 }\nBids -> Db : reads, writes\nBids -> Updates : redis, writes "new max bid"\nPush -> Updates : redis, reads "subscribe"' },
        { name: 'a saga is eventual by its protocol, whatever the requirements say', design: 'requirements { consistency: strong }\nworker W { consistency: eventual }\ndatabase Ledger { engine: cassandra, replicas: 3 }\ndatabase Orders { engine: postgres, replicas: 2 }\nW -> Ledger\nW -> Orders\ntransaction Pay { writes: [Orders, Ledger], protocol: saga }' },
        { name: 'regression (field corpus, round 15): a sharded Redis with no replica reads every key from the leader that took the write', design: 'service Api { replicas: 2 }\ndatabase Books { engine: redis, shards: many }\nApi -> Books { access: reads, consistency: strong }' },
        { name: 'an unsafe lock is left to cap/lock-on-async-replica', design: `${STRONG_API}database Locks { engine: redis }\nApi -> Locks : lock` },
        { name: 'the product need applies to a database only when no closer need is stated', design: 'requirements { consistency: strong }\nworker Batch { consistency: eventual }\ndatabase Stats { engine: cassandra, replicas: 3 }\nBatch -> Stats' }
    ],
    invalid: [
        {
            name: 'a queue is judged against a need stated on the connection itself',
            design: 'service Api { replicas: 2 }\nqueue Events { engine: redis, replicas: 2 }\nApi -> Events { access: reads, consistency: strong }',
            findings: [{ element: 'Events', messageId: 'eventualEngine', severity: 'error', message: 'queue Events is eventually consistent (redis offers no strongly consistent reads), but strong consistency is needed by service Api: reads can miss acknowledged writes. Keep this data in a strongly consistent store.' }]
        },
        {
            name: 'quorums that do not overlap (R + W <= N) under a strong need',
            design: 'service Api { replicas: 2, consistency: strong }\ndatabase Ledger { engine: cassandra, replicas: 3, read_quorum: 1, write_quorum: 2, replication_factor: 3 }\nApi -> Ledger : writes',
            findings: [{ element: 'Ledger', messageId: 'quorumTooSmall', severity: 'error', message: 'database Ledger reads 1 and writes 2 of its 3 copies (R + W = 3, not more than N = 3), so a read can miss the latest acknowledged write, but strong consistency is needed by service Api. Raise the quorums so that R + W > N (e.g. 2 and 2).' }]
        },
        {
            name: 'the payments ledger: a strong service and a strong transaction on Cassandra',
            design: `${STRONG_API}database Orders { engine: postgres, replicas: 2 }\ndatabase Ledger { engine: cassandra, replicas: 3 }\nApi -> Orders\nApi -> Ledger\ntransaction PlaceOrder { writes: [Orders, Ledger], consistency: strong }`,
            findings: [{
                element: 'Ledger',
                messageId: 'eventualStore',
                severity: 'error',
                message: "database Ledger is eventually consistent (cassandra's default), but strong consistency is needed by service Api and transaction PlaceOrder: reads can miss acknowledged writes, and concurrent updates can overwrite each other."
            }]
        },
        {
            name: 'requirements.consistency reaches a database read by a client-facing service',
            design: 'requirements { consistency: strong }\nservice Api { replicas: 2 }\ndatabase Carts { engine: dynamodb }\nApi -> Carts',
            findings: [{ element: 'Carts', message: 'database Carts is eventually consistent (dynamodb\'s default), but strong consistency is needed by service Api: reads can miss acknowledged writes, and concurrent updates can overwrite each other.' }]
        },
        {
            name: 'an eventual consistency written in the design',
            design: `${STRONG_API}database Db { consistency: eventual }\nApi -> Db`,
            findings: [{ element: 'Db', message: 'database Db is eventually consistent, but strong consistency is needed by service Api: reads can miss acknowledged writes, and concurrent updates can overwrite each other.' }]
        },
        {
            name: 'a cache read with an explicit strong need on the connection: Redis cannot be made strong',
            design: 'service Api { replicas: 2 }\ncache Hot { engine: redis, replicas: 2 }\nApi -> Hot { access: reads, consistency: strong }',
            findings: [{ element: 'Hot', messageId: 'eventualEngine', message: 'cache Hot is eventually consistent (redis offers no strongly consistent reads), but strong consistency is needed by service Api: reads can miss acknowledged writes. Keep this data in a strongly consistent store.' }]
        },
        {
            name: 'a lock on a store that keeps it safely still counts as a use',
            design: `${STRONG_API}database Kv { engine: dynamodb }\nApi -> Kv : lock`,
            findings: [{ element: 'Kv', message: 'database Kv is eventually consistent (dynamodb\'s default), but strong consistency is needed by service Api: reads can miss acknowledged writes, and concurrent updates can overwrite each other.' }]
        },
        {
            name: 'each reader is named once',
            design: `${STRONG_API}service Admin { replicas: 2, consistency: strong }\ndatabase Ledger { engine: scylladb, replicas: 3 }\nApi -> Ledger : reads\nApi -> Ledger : writes\nAdmin -> Ledger : reads`,
            findings: [{ element: 'Ledger', message: 'database Ledger is eventually consistent (scylladb\'s default), but strong consistency is needed by service Api and service Admin: reads can miss acknowledged writes, and concurrent updates can overwrite each other.' }]
        }
    ]
});

describe('cap/strong-on-eventual-store quick fix', () => {
    it('sets the store\'s consistency where the engine can be tuned', async () => {
        const [finding] = await runRule(rule, `${STRONG_API}database Ledger { engine: cassandra, replicas: 3 }\nApi -> Ledger`);
        expect(finding.fix).to.include({ kind: 'set-properties' });
        expect(finding.fix && 'properties' in finding.fix ? finding.fix.properties : []).to.deep.equal([{ key: 'consistency', value: 'strong' }]);
        expect(finding.related?.map((related) => related.message)).to.deep.equal(['service Api needs strong consistency here (declared by service Api).']);
    });

    it('offers no fix on an engine that cannot be strong', async () => {
        const [finding] = await runRule(rule, 'service Api { replicas: 2 }\nsearch Find { engine: opensearch, replicas: 2 }\nApi -> Find { access: reads, consistency: strong }');
        expect(finding.messageId).to.equal('eventualEngine');
        expect(finding.fix).to.equal(undefined);
    });
});
