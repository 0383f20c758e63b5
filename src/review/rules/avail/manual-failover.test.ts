import { testRule } from '../../../../test/helpers/rule-tester.js';
import rule from './manual-failover.js';

const PATH = 'client U\nservice Api { replicas: 2 }\nU -> Api -> Db\n';
const TWO_REGIONS = 'deployment { regions: [west, east], mode: active_passive }\nclient U\nservice Api { replicas: 2 }\nU -> Api -> Files\n';

testRule(rule, {
    valid: [
        { name: 'regression: master-master pairs already take writes on each side (stated topology)', design: 'client U\nservice Api { replicas: 2 }\ndatabase Users { engine: mysql, replicas: 2, topology: multi_leader }\nU -> Api -> Users' },
        { name: 'regression: a database its own words call master-master', design: 'client U\nservice Api { replicas: 2 }\ndatabase Lookup { engine: mysql, replicas: 2, description: "a master-master pair" }\nU -> Api -> Lookup' },
        { name: 'regression: a demo that puts high availability out of scope is not asked who promotes a replica', design: `requirements { out_of_scope: [high_availability] }\n${PATH}database Db { engine: redis, replicas: 2 }` },
        { name: 'automatic failover', design: `requirements { availability: 99.99% }\n${PATH}database Db { engine: postgres, replicas: 2, failover: auto }` },
        { name: 'an engine that fails over automatically (engine fact)', design: `requirements { availability: 99.99% }\n${PATH}database Db { engine: aurora, replicas: 2 }` },
        { name: 'a target below 99.95%, failover: manual written (a stated decision)', design: `requirements { availability: 99.9% }\n${PATH}database Db { engine: postgres, replicas: 2, failover: manual }` },
        { name: 'no availability target, failover: manual written', design: `${PATH}database Db { engine: postgres, replicas: 2, failover: manual }` },
        { name: 'no availability target, an engine that fails over by itself', design: `${PATH}database Db { engine: mongodb, replicas: 3 }` },
        { name: 'no target: a derived store is rebuilt from its source, not promoted', design: `${PATH}database Db { engine: redis, replicas: 3, derived: true }` },
        { name: 'no target: a managed PostgreSQL service promotes its standby itself', design: `${PATH}database Db { engine: postgres, managed: true, replicas: 3 }` },
        { name: 'no target: a single instance is left to avail/single-point-of-failure', design: `${PATH}database Db { engine: postgres }` },
        { name: 'a single instance has nothing to fail over to', design: `requirements { availability: 99.99% }\n${PATH}database Db { engine: postgres }` },
        {
            name: 'a database behind a queue does not fail requests',
            design: 'requirements { availability: 99.99% }\nclient U\nservice Api { replicas: 2 }\nqueue Events { engine: sqs }\nworker Loader { replicas: 2 }\ndatabase Warehouse { engine: postgres, replicas: 2 }\nU -> Api -> Events\nEvents -> Loader -> Warehouse'
        },
        { name: 'two regions: a geo-copied bucket that fails over by itself', design: `${TWO_REGIONS}storage Files { engine: s3, failover: auto }\nstorage FilesCopy { engine: s3 }\nFiles -> FilesCopy { crosses_region: true }` },
        { name: 'one region: a bucket copied elsewhere is a backup, not a region failover', design: 'client U\nservice Api { replicas: 2 }\nU -> Api -> Files\nstorage Files { engine: s3, failover: manual }\nstorage FilesCopy { engine: s3 }\nFiles -> FilesCopy { crosses_region: true }' },
        { name: 'two regions: a manual store with no copy in another region is not asked here', design: `${TWO_REGIONS}storage Files { engine: s3, failover: manual }` },
        { name: 'regression (round 23): read replicas drawn apart from their primary are not asked who promotes them; the primary is', design: `requirements { availability: 99.99% }\n${PATH}database Db { engine: postgres, failover: auto }\ndatabase Replicas { engine: postgres, replicas: many }\nDb -> Replicas "replication"\nApi -> Replicas : reads` },
        { name: 'a raised threshold', design: `requirements { availability: 99.95% }\n${PATH}database Db { engine: postgres, replicas: 2, failover: manual }`, options: { availability: 0.9999 } }
    ],
    invalid: [
        {
            name: 'two regions: a geo-copied store that fails over by hand gets one question',
            design: `${TWO_REGIONS}storage Files { engine: s3, failover: manual }\nstorage FilesCopy { engine: s3 }\nFiles -> FilesCopy { crosses_region: true }`,
            findings: [{ element: 'Files', severity: 'info', messageId: 'regionFailoverManual', message: 'storage Files is copied to another region but fails over to it by hand (failover: manual): when its region is lost, whatever fails over by itself in front of it (the entry, the apps) reaches a copy that stays read-only or empty until someone promotes it. Who triggers its failover, in what order with the rest, how long does it take, and what is lost?' }]
        },
        {
            name: 'two regions: several geo-copied stores failing over by hand are one question',
            design: `${TWO_REGIONS}storage Files { engine: s3, failover: manual }\nstorage FilesCopy { engine: s3 }\nqueue Jobs { engine: sqs, failover: manual }\nqueue JobsCopy { engine: sqs }\nApi -> Jobs\nFiles -> FilesCopy { crosses_region: true }\nJobs -> JobsCopy { crosses_region: true }`,
            findings: [{ element: undefined, severity: 'info', messageId: 'regionFailoverManualEach', message: 'The 2 stores copied to another region fail over to it by hand (storage Files and queue Jobs): when a region is lost, whatever fails over by itself in front of them (the entry, the apps) reaches copies that stay read-only or empty until someone promotes each one. Who triggers each failover, in what order, how long does it take, and what is lost?' }]
        },
        {
            name: 'no target: a replicated PostgreSQL that states no failover gets one question',
            design: `${PATH}database Db { engine: postgres, replicas: 2 }`,
            findings: [{ element: 'Db', severity: 'info', messageId: 'failoverUnstated', message: 'database Db is replicated, but the design states no failover and PostgreSQL promotes a replica only by hand: who promotes it when the leader fails, how long do writes stop, and are writes not yet replicated lost? State `failover` (auto with a tool or a managed engine, or manual with its procedure).' }]
        },
        {
            name: 'a replica in another region is a disaster-recovery target whose promotion is still asked',
            design: `${PATH}database Db { engine: postgres, failover: auto }\ndatabase DrDb { engine: postgres, replicas: 2 }\nDb -> DrDb { crosses_region: true }\nApi -> DrDb : reads`,
            findings: [{ element: 'DrDb', severity: 'info', messageId: 'failoverUnstated', message: 'database DrDb is replicated, but the design states no failover and PostgreSQL promotes a replica only by hand: who promotes it when the leader fails, how long do writes stop, and are writes not yet replicated lost? State `failover` (auto with a tool or a managed engine, or manual with its procedure).' }]
        },
        {
            name: 'a target below 99.95% and no failover stated: still the question, not a warning',
            design: `requirements { availability: 99.9% }\n${PATH}database Db { engine: mysql, replicas: 2, shards: 8 }`,
            findings: [{ element: 'Db', severity: 'info', messageId: 'failoverUnstated', message: 'database Db is replicated, but the design states no failover and MySQL promotes a replica only by hand: who promotes it when the leader fails, how long do writes stop, and are writes not yet replicated lost? State `failover` (auto with a tool or a managed engine, or manual with its procedure).' }]
        },
        {
            name: 'no target: sharded leaders with async replicas and a replicated Redis, no failover stated: one question',
            design: 'client U\nservice Api { replicas: 2 }\ndatabase Posts { engine: postgres, shards: 4, replicas: 2, replication: async }\ndatabase Feeds { engine: redis, replicas: 2 }\nU -> Api -> Posts\nApi -> Feeds',
            findings: [{ severity: 'info', messageId: 'failoverUnstatedEach', message: 'The 2 replicated databases state no failover and their engines promote a replica only by hand (database Posts and database Feeds): who promotes one when a leader fails, how long do writes stop, and are writes not yet replicated lost? How they fail over is one decision: state `failover`.' }]
        },
        {
            name: 'PostgreSQL fails over by hand unless told otherwise',
            design: `requirements { availability: 99.99% }\n${PATH}database Db { engine: postgres, replicas: 2 }`,
            findings: [{ element: 'Db', severity: 'warning', messageId: 'manualFailover', message: 'database Db is replicated but fails over by hand (the postgres default): paging an operator and promoting a replica can use up the 4.3 minutes of downtime a month that the 99.99% target allows.' }]
        },
        {
            name: 'failover: manual written, at exactly 99.95%',
            design: `requirements { availability: 99.95% }\n${PATH}database Db { engine: cockroachdb, replicas: 3, failover: manual }`,
            findings: [{ element: 'Db', message: 'database Db is replicated but fails over by hand (failover: manual): paging an operator and promoting a replica can use up the 21.6 minutes of downtime a month that the 99.95% target allows.' }]
        },
        {
            name: 'a lowered threshold',
            design: `requirements { availability: 99.9% }\n${PATH}database Db { engine: mysql, replicas: 2 }`,
            options: { availability: 0.999 },
            findings: [{ element: 'Db', message: 'database Db is replicated but fails over by hand (the mysql default): paging an operator and promoting a replica can use up the 43.2 minutes of downtime a month that the 99.9% target allows.' }]
        },
        {
            name: 'every replicated database fails over by hand: one decision',
            design: 'requirements { availability: 99.99% }\nclient U\nservice Api { replicas: 2 }\ndatabase Orders { engine: postgres, replicas: 2 }\ndatabase Users { engine: mysql, replicas: 2 }\nU -> Api -> Orders\nApi -> Users',
            findings: [{ messageId: 'manualFailoverEach', message: 'None of the 2 replicated databases fails over by itself (database Orders and database Users): paging an operator and promoting a replica can use up the 4.3 minutes of downtime a month that the 99.99% target allows.' }]
        }
    ]
});
