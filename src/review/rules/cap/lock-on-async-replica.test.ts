import { testRule } from '../../../../test/helpers/rule-tester.js';
import rule from './lock-on-async-replica.js';

const API = 'service Api { replicas: 2 }\n';

testRule(rule, {
    valid: [
        { name: 'a ZooKeeper ensemble', design: `${API}coordinator Zk { engine: zookeeper, replicas: 3, fencing: true }\nApi -> Zk : lock` },
        { name: 'a lone etcd node is a single point of failure, not an unsafe lock', design: `${API}coordinator Etcd { engine: etcd }\nApi -> Etcd : lock` },
        { name: 'DynamoDB conditional writes (HA, replicated synchronously)', design: `${API}database Locks { engine: dynamodb }\nApi -> Locks : lock` },
        { name: 'CockroachDB replicates through consensus', design: `${API}database Locks { engine: cockroachdb, replicas: 3 }\nApi -> Locks : lock` },
        { name: 'a replicated store declared synchronous', design: `${API}database Locks { engine: postgres, replicas: 2, replication: sync }\nApi -> Locks : lock` },
        { name: 'a single Redis that is not used for locks', design: `${API}cache Hot { engine: redis }\nApi -> Hot : reads` },
        { name: 'replicated, replication unknown', design: `${API}database Locks { replicas: 3 }\nApi -> Locks : lock` }
    ],
    invalid: [
        {
            name: 'regression: a Redis lock store whose count is not written (a "Redis Cluster"): the asynchronous failover without fencing, a warning, not "runs one instance"',
            design: `${API}queue Jobs "Redis Cluster" { engine: redis }\nApi -> Jobs : redis, lock`,
            findings: [{
                element: 'Api->Jobs',
                messageId: 'unstatedCount',
                severity: 'warning',
                message: 'Api->Jobs takes locks on queue Jobs, with no fencing token: Redis replicates asynchronously, so a failover can promote a replica that never saw a lock (and a lone instance forgets every lock when it restarts; its count is not written); a second client then acquires a lock the first still holds. Use a coordinator (etcd, ZooKeeper) with fencing tokens.'
            }]
        },
        {
            name: 'the payments lock: one Redis instance, its count written',
            design: `${API}cache Locks { engine: redis, replicas: 1, eviction: lru, ttl: 30s }\nApi -> Locks { protocol: redis, tls: true, uses: lock }`,
            findings: [{
                element: 'Api->Locks',
                messageId: 'singleInstance',
                severity: 'error',
                message: 'Api->Locks takes locks on cache Locks, which runs one instance: when it restarts or fails, every held lock is forgotten and a second client can acquire a lock that is still held. Use a coordinator (etcd, ZooKeeper) with fencing tokens.'
            }]
        },
        {
            name: 'replicated Redis: asynchronous replication',
            design: `${API}cache Locks { engine: redis, replicas: 3 }\nApi -> Locks : redis, tls, lock`,
            findings: [{
                element: 'Api->Locks',
                messageId: 'asyncReplica',
                severity: 'warning',
                message: 'Api->Locks takes locks on cache Locks, which replicates asynchronously: a failover can promote a replica that never saw a lock, and a second client acquires it while the first still holds it. Use a coordinator (etcd, ZooKeeper) with fencing tokens.'
            }]
        },
        {
            name: 'semi-synchronous MySQL',
            design: `${API}database Locks { engine: mysql, replicas: 2, replication: semi_sync }\nApi -> Locks : lock`,
            findings: [{ element: 'Api->Locks', severity: 'warning', message: 'Api->Locks takes locks on database Locks, which replicates semi-synchronously: a failover can promote a replica that never saw a lock, and a second client acquires it while the first still holds it. Use a coordinator (etcd, ZooKeeper) with fencing tokens.' }]
        },
        {
            name: 'a coordinator that declares itself eventual, its count not written: a warning',
            design: `${API}coordinator C { consistency: eventual }\nApi -> C : lock`,
            findings: [{ element: 'Api->C', severity: 'warning', message: 'Api->C takes locks on coordinator C, which runs one instance: when it restarts or fails, every held lock is forgotten and a second client can acquire a lock that is still held. Use a coordinator (etcd, ZooKeeper) with fencing tokens.' }]
        }
    ]
});
