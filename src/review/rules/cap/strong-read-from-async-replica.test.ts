import { testRule } from '../../../../test/helpers/rule-tester.js';
import rule from './strong-read-from-async-replica.js';

const STRONG_API = 'service Api { replicas: 2, consistency: strong }\n';

testRule(rule, {
    valid: [
        { name: 'reads from the leader', design: `${STRONG_API}database Db { engine: postgres, replicas: 2 }\nApi -> Db { access: reads, read_from: leader }` },
        { name: 'no read_from: reads go to the leader', design: `${STRONG_API}database Db { engine: postgres, replicas: 2 }\nApi -> Db : reads` },
        { name: 'the connection tolerates lag (its need wins over the service\'s)', design: `${STRONG_API}database Db { engine: postgres, replicas: 2 }\nApi -> Db { access: reads, read_from: replica, consistency: eventual }` },
        { name: 'nobody states a need', design: 'service Api { replicas: 2 }\ndatabase Db { engine: postgres, replicas: 2 }\nApi -> Db { access: reads, read_from: replica }' },
        { name: 'bounded staleness is acceptable from a replica', design: `${STRONG_API}database Db { engine: postgres, replicas: 2 }\nApi -> Db { access: reads, read_from: replica, consistency: bounded }` },
        { name: 'synchronous replication stated in the design', design: `${STRONG_API}database Db { engine: postgres, replicas: 2, replication: sync }\nApi -> Db { access: reads, read_from: replica }` },
        { name: 'a consensus engine (CockroachDB) replicates synchronously', design: `${STRONG_API}database Db { engine: cockroachdb, replicas: 3 }\nApi -> Db { access: reads, read_from: any }` },
        { name: 'a connection that only writes', design: `${STRONG_API}database Db { engine: postgres, replicas: 2 }\nApi -> Db { access: writes, read_from: replica }` },
        { name: 'a strong reader of an eventual store is strong-on-eventual-store\'s finding', design: `${STRONG_API}database Kv { engine: redis, replicas: 2 }\nApi -> Kv { access: reads, read_from: replica }` },
        { name: 'a leaderless store has no leader to read from', design: `${STRONG_API}database Ledger { engine: cassandra, replicas: 3, consistency: strong }\nApi -> Ledger { access: reads, read_from: any }` }
    ],
    invalid: [
        {
            name: 'a strong service reads PostgreSQL replicas',
            design: `${STRONG_API}database Db { engine: postgres, replicas: 2 }\nApi -> Db { access: reads, read_from: replica }`,
            findings: [{
                element: 'Api->Db',
                messageId: 'staleRead',
                severity: 'error',
                message: 'Api->Db needs strong consistency (declared by service Api) but reads from the replicas of database Db, which replicate asynchronously: a read right after a write can miss it.'
            }]
        },
        {
            name: 'the design requires strong consistency and reads go to any replica',
            design: 'requirements { consistency: strong }\nservice Api { replicas: 2 }\ndatabase Db { engine: mongodb, replicas: 3 }\nApi -> Db { read_from: any }',
            findings: [{ element: 'Api->Db', message: 'Api->Db needs strong consistency (from requirements.consistency) but reads from any replica of database Db, which replicate asynchronously: a read right after a write can miss it.' }]
        },
        {
            name: 'read-your-writes on the connection over semi-synchronous MySQL',
            design: 'service Api { replicas: 2 }\ndatabase Db { engine: mysql, replicas: 2, replication: semi_sync }\nApi -> Db { read_from: replica, consistency: read_your_writes }',
            findings: [{ element: 'Api->Db', message: 'Api->Db needs read-your-writes consistency (declared on the connection) but reads from the replicas of database Db, which replicate semi-synchronously: a read right after a write can miss it.' }]
        },
        {
            name: 'session consistency includes reading one\'s own writes, even on an eventual store',
            design: 'worker Sync { consistency: session }\ndatabase Kv { engine: redis, replicas: 2 }\nSync -> Kv { read_from: replica }',
            findings: [{ element: 'Sync->Kv', message: 'Sync->Kv needs session consistency (declared by worker Sync) but reads from the replicas of database Kv, which replicate asynchronously: a read right after a write can miss it.' }]
        },
        {
            name: 'the connection\'s own need wins over a relaxed service',
            design: 'service Api { replicas: 2, consistency: eventual }\ndatabase Db { engine: aurora }\nApi -> Db { read_from: replica, consistency: strong }\nApi -> Db { access: writes }',
            findings: [{ element: 'Api->Db', message: 'Api->Db needs strong consistency (declared on the connection) but reads from the replicas of database Db, which replicate asynchronously: a read right after a write can miss it.' }]
        }
    ]
});
