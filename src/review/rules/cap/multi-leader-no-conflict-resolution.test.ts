import { expect } from 'chai';
import { runRule, testRule } from '../../../../test/helpers/rule-tester.js';
import rule from './multi-leader-no-conflict-resolution.js';

const API = 'service Api { replicas: 2 }\n';

testRule(rule, {
    valid: [
        // Each user's rows are written on one master of the pair and ids come from a separate ticket service.
        { name: 'a multi-leader pair that states conflict avoidance', design: 'service Api { replicas: 2 }\ndatabase Users { topology: multi_leader, replicas: 2, conflict_resolution: avoid }\nApi -> Users : writes' },
        { name: 'geo-partitioned: no two regions write the same record', design: 'service Api { replicas: 2 }\ndatabase Carts { topology: multi_leader, replicas: 2, partitioning: geo }\nApi -> Carts' },
        { name: 'Cassandra resolves by last write wins (an engine fact)', design: `${API}database Stats { engine: cassandra, replicas: 3 }\nApi -> Stats` },
        { name: 'ScyllaDB too', design: `${API}database Stats { engine: scylladb, replicas: 3 }\nApi -> Stats` },
        { name: 'a multi-leader store with CRDTs', design: `${API}database Carts { topology: multi_leader, conflict_resolution: crdt }\nApi -> Carts` },
        { name: 'a single leader', design: `${API}database Orders { engine: postgres, replicas: 2 }\nApi -> Orders` },
        { name: 'consensus', design: `${API}database Orders { engine: cockroachdb, replicas: 3 }\nApi -> Orders` },
        { name: 'unknown topology', design: `${API}database Orders\nApi -> Orders` },
        { name: 'a pair that fails over by hand: only one side is ever promoted', design: `${API}database Orders { engine: postgres, replicas: 2, replication: async, failover: manual }\nApi -> Orders` },
        { name: 'a pair refereed by a coordinator (Patroni on etcd)', design: `${API}coordinator Etcd { engine: etcd, replicas: 3 }\ndatabase Orders { engine: postgres, replicas: 2, replication: async, failover: auto }\nApi -> Orders\nOrders -> Etcd` },
        { name: 'a PostgreSQL pair failing over by itself, replication left to the engine: its tool usually brings a witness', design: `${API}database Orders { engine: postgres, replicas: 2, failover: auto }\nApi -> Orders` },
        { name: 'three nodes can hold a majority', design: `${API}database Orders { engine: postgres, replicas: 3, replication: async, failover: auto }\nApi -> Orders` },
        { name: 'a managed pair: the provider keeps the witness', design: `${API}database Orders { engine: postgres, managed: true, replicas: 2, replication: async, failover: auto }\nApi -> Orders` },
        { name: 'a pair that states how diverged writes merge', design: `${API}database Orders { engine: postgres, replicas: 2, replication: async, failover: auto, conflict_resolution: app }\nApi -> Orders` }
    ],
    invalid: [
        {
            name: 'a self-run pair that fails over by itself with nothing to break a tie',
            design: `${API}database Accounts { replicas: 2, replication: async, failover: auto }\nApi -> Accounts`,
            findings: [{ element: 'Accounts', severity: 'info', messageId: 'splitBrain', message: 'database Accounts runs as a pair that fails over by itself (failover: auto, 2 instances) with nothing to break a tie (no quorum, witness or coordinator): when the link between the two breaks, each takes the other for dead and both accept writes, and it declares no conflict_resolution for what they wrote apart. What decides which one leads in a partition, and how are diverged writes merged?' }]
        },
        {
            name: 'a multi-leader store',
            design: `${API}database Carts { engine: postgres, topology: multi_leader, replicas: 2 }\nApi -> Carts`,
            findings: [{
                element: 'Carts',
                messageId: 'noResolution',
                severity: 'warning',
                message: 'database Carts is multi-leader: several leaders accept writes, but it declares no conflict_resolution: when two replicas accept concurrent updates to the same record, which one survives is undefined.'
            }]
        },
        {
            name: 'a leaderless store without an engine',
            design: `${API}database Events { topology: leaderless, replicas: 3 }\nApi -> Events`,
            findings: [{ element: 'Events', message: 'database Events is leaderless: any replica accepts a write, but it declares no conflict_resolution: when two replicas accept concurrent updates to the same record, which one survives is undefined.' }]
        }
    ]
});

describe('cap/multi-leader-no-conflict-resolution quick fix', () => {
    it('proposes last write wins for a leaderless store', async () => {
        const [finding] = await runRule(rule, `${API}database Events { topology: leaderless, replicas: 3 }\nApi -> Events`);
        expect(finding.fix && 'properties' in finding.fix ? finding.fix.properties : []).to.deep.equal([{ key: 'conflict_resolution', value: 'lww' }]);
    });
});
