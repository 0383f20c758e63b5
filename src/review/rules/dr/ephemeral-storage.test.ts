import { testRule } from '../../../../test/helpers/rule-tester.js';
import rule from './ephemeral-storage.js';

/** A service writing to the store written in `store`, named Db. */
function writing(store: string): string {
    return `client U\nservice Api { replicas: 2 }\n${store}\nU -> Api -> Db`;
}

testRule(rule, {
    valid: [
        { name: 'a store on a persistent volume', design: writing('database Db { engine: postgres, volume: persistent }') },
        { name: 'a store that does not say where its data lives (the platform\'s ordinary disk)', design: writing('database Db { engine: postgres }') },
        { name: 'a cache holds copies by design', design: writing('cache Db { engine: redis, volume: ephemeral }') },
        { name: 'a store the design draws but does not describe', design: writing('database Db { volume: ephemeral, out_of_scope: true }') },
        { name: 'regression: seed data every caller only reads is reloaded on the next start (a demo\'s MySQL on an emptyDir was an error)', design: 'client U\nservice Api\nservice Quotes\ndatabase Db { engine: mysql, volume: ephemeral }\nU -> Api\nApi -> Db : sql, reads\nQuotes -> Db : sql, reads' }
    ],
    invalid: [
        {
            name: 'round 35: two copies of each shard (replication_factor: 2) are two instances, a warning',
            design: 'service Geo { replicas: 3 }\ndatabase Index { embedded: true, volume: ephemeral, shards: many, replication_factor: 2 }\nGeo -> Index : reads, writes',
            findings: [{ element: 'Index', severity: 'warning', message: 'database Index keeps its data on ephemeral volumes in each of its 2 instances: a lost instance is rebuilt from the others, but restarting them together (an upgrade, a cluster move) wipes every record.' }]
        },
        {
            name: 'round 35: without a replication factor the same store is one instance, an error',
            design: 'service Geo { replicas: 3 }\ndatabase Index { embedded: true, volume: ephemeral, shards: many }\nGeo -> Index : reads, writes',
            findings: [{ element: 'Index', severity: 'error', message: 'database Index keeps its data on an ephemeral volume and runs one instance: a restart on another node, a drained or lost node wipes every record it holds.' }]
        },
        {
            name: 'one instance on an ephemeral volume loses its data on a reschedule',
            design: writing('database Db { engine: postgres, volume: ephemeral }'),
            findings: [{ element: 'Db', severity: 'error', messageId: 'ephemeral', message: 'database Db keeps its data on an ephemeral volume and runs one instance: a restart on another node, a drained or lost node wipes every record it holds.' }]
        },
        {
            name: 'replicas survive one loss, not a restart of all',
            design: writing('database Db { engine: cassandra, replicas: 3, volume: ephemeral }'),
            findings: [{ element: 'Db', severity: 'warning', messageId: 'ephemeralReplicated', message: 'database Db keeps its data on ephemeral volumes in each of its 3 instances: a lost instance is rebuilt from the others, but restarting them together (an upgrade, a cluster move) wipes every record.' }]
        },
        {
            name: 'one ephemeral store among persistent peers is its own finding',
            design: 'client U\nservice Api { replicas: 2 }\ndatabase Db { volume: ephemeral }\ndatabase Orders { volume: persistent }\nU -> Api -> Db\nApi -> Orders',
            findings: [{ element: 'Db', severity: 'error', message: 'database Db keeps its data on an ephemeral volume and runs one instance: a restart on another node, a drained or lost node wipes every record it holds.' }]
        },
        {
            name: 'every store on an ephemeral volume: one storage decision',
            design: 'client U\nnetwork Cluster {\n  service Api { replicas: 2 }\n  database Db { volume: ephemeral }\n  queue Jobs { volume: ephemeral, replicas: 2 }\n}\nU -> Api -> Db\nApi -> Jobs',
            findings: [{ element: 'Cluster', severity: 'error', messageId: 'ephemeralEach', message: 'The 2 stores keep their data on ephemeral volumes (Db and Jobs): a restart on another node, a drained or lost node wipes what each holds. One storage decision, a persistent volume for each, settles them all.' }]
        },
        {
            name: 'regression: stores that state no volume do not split one ephemeral decision into a finding per store',
            design: 'client U\nnetwork Cluster {\n  service Api { replicas: 2 }\n  database Orders { volume: ephemeral }\n  database Users { volume: ephemeral }\n  queue Events { engine: rabbitmq }\n}\nU -> Api -> Orders\nApi -> Users\nApi -> Events',
            findings: [{ element: 'Cluster', severity: 'error', messageId: 'ephemeralEach', message: 'The 2 stores keep their data on ephemeral volumes (Orders and Users): a restart on another node, a drained or lost node wipes what each holds. One storage decision, a persistent volume for each, settles them all.' }]
        }
    ]
});
