import { expect } from 'chai';
import { runRule, testRule } from '../../../../test/helpers/rule-tester.js';
import rule from './no-backup.js';

/** A service writing to the store written in `store`, named Db. */
function written(store: string): string {
    return `client U\nservice Api { replicas: 2 }\n${store}\nU -> Api -> Db`;
}

testRule(rule, {
    valid: [
        { name: 'regression (round 32): a data lake written only by a nightly export of backed-up databases holds a copy', design: 'client U\nservice Api { replicas: 2 }\ndatabase Orders { engine: postgres, backup: { mode: snapshot } }\nworker Export { schedule: "nightly" }\nstorage Lake { engine: hdfs }\nU -> Api -> Orders : sql\nExport -> Orders : reads\nExport -> Lake : writes' },
        { name: 'regression (field corpus, round 28): Redshift takes automated snapshots unless they are turned off', design: 'worker Loader\ndatabase Warehouse { engine: redshift }\nLoader -> Warehouse : sql, writes "hourly COPY from S3"' },
        { name: 'regression: immutable block storage kept in three zones is itself the durable copy', design: 'client U\nservice Api { replicas: 2 }\nstorage Blocks { replicas: 3, zones: 3, immutable: true }\nU -> Api -> Blocks' },
        { name: 'immutable storage in a design deployed to several regions', design: 'client U\nservice Api { replicas: 2 }\nstorage Blocks { replicas: 3, immutable: true }\nU -> Api -> Blocks\ndeployment { regions: [eu_west, eu_north] }' },
        { name: 'regression: a store that keeps items only until they are delivered is judged as a queue is', design: 'service Relay\nstorage Outbox { transient: true }\nRelay -> Outbox : writes' },
        { name: 'regression (round 23): a store that keeps its data an hour expires it before a backup could be restored', design: 'service Ingest\ndatabase Hot { model: time_series, retention: 1h }\nIngest -> Hot : writes' },
        { name: 'point-in-time recovery', design: written('database Db { engine: postgres, backup: { mode: pitr, retention: 7d } }') },
        { name: 'regression (round 30): a container registry holds images the pipeline rebuilds from source (the engine\'s derived default)', design: 'client U\nservice Api { replicas: 2 }\nstorage Images { engine: ecr }\nstorage Acr { engine: azure_container_registry }\nU -> Api\nApi -> Images : reads { phase: startup }\nApi -> Acr : reads { phase: startup }' },
        { name: 'a derived store is rebuilt from the stores it is computed from', design: 'client U\nservice Api { replicas: 2 }\ndatabase Orders { engine: postgres, backup: { mode: pitr } }\ndatabase Db { engine: redis, derived: true }\nworker Projector\nU -> Api -> Orders\nProjector -> Orders : reads\nProjector -> Db : writes\nApi -> Db : reads' },
        { name: 'a backup block without a mode still declares backups', design: written('database Db { backup: { interval: 1h, offsite: true } }') },
        { name: 'a durable object store (engine fact), by default', design: written('storage Db { engine: s3 }') },
        { name: 'a versioned object store, when object stores are judged', design: written('storage Db { engine: gcs, versioning: true }'), options: { objectStores: true } },
        { name: 'a backed-up object store, when object stores are judged', design: written('storage Db { engine: s3, backup: { mode: continuous } }'), options: { objectStores: true } },
        { name: 'an engine that takes backups by default (engine fact)', design: written('database Db { engine: cosmosdb }') },
        { name: 'a managed product whose automated backups are on by default (Aurora, RDS, Azure Database)', design: 'client U\nservice Api { replicas: 2 }\ndatabase Orders { engine: aurora }\ndatabase Users { engine: rds }\ndatabase Carts { engine: azure_database_postgresql }\nU -> Api\nApi -> Orders\nApi -> Users\nApi -> Carts' },
        { name: 'regression: a MongoDB-compatible managed service that backs up by default (Azure DocumentDB)', design: written('database Db { engine: azure_documentdb }') },
        { name: 'a managed store on a generic engine whose backup is stated', design: written('database Db { engine: postgres, managed: true, backup: { mode: pitr, retention: 7d } }') },
        { name: 'a store of public data only', design: written('storage Db { replicas: 2, data: [public] }') },
        { name: 'caches, queues and search indexes hold copies', design: 'client U\nservice Api { replicas: 2 }\ncache C { engine: redis }\nqueue Q { engine: sqs }\nsearch S { engine: elasticsearch }\nU -> Api\nApi -> C\nApi -> Q\nApi -> S' }
    ],
    invalid: [
        {
            name: 'a job that something calls is not a copy job: what it writes may be new',
            design: 'client U\nservice Api { replicas: 2 }\ndatabase Orders { engine: postgres, backup: { mode: snapshot } }\nworker Export { schedule: "nightly" }\nstorage Lake { engine: hdfs }\nU -> Api -> Orders : sql\nApi -> Export : http "start"\nExport -> Orders : reads\nExport -> Lake : writes',
            findings: [{ element: 'Lake', severity: 'warning', message: 'storage Lake has no backup: a bug or a script that deletes or overwrites objects, or a compromised account destroys its data for good, and replicas copy the damage within seconds.' }]
        },
        {
            name: 'HDFS keeps three copies of each block, which copy a deletion too: its engine facts are no backup',
            design: 'client U\nservice Jobs { replicas: 2 }\nstorage Lake { engine: hdfs }\nU -> Jobs\nJobs -> Lake : reads, writes',
            findings: [{ element: 'Lake', severity: 'warning', message: 'storage Lake has no backup: a bug or a script that deletes or overwrites objects, or a compromised account destroys its data for good, and replicas copy the damage within seconds.' }]
        },
        { name: 'immutable storage in one zone: losing the zone loses it', design: 'client U\nservice Api { replicas: 2 }\nstorage Blocks { replicas: 3, immutable: true }\nU -> Api -> Blocks', findings: [{ element: 'Blocks', message: 'storage Blocks has no backup: a bug or a script that deletes or overwrites objects, or a compromised account destroys its data for good, and replicas copy the damage within seconds.' }] },
        {
            name: 'a registry the design states is not rebuilt (`derived: false`) is judged',
            design: 'client U\nservice Api { replicas: 2 }\nstorage Images { engine: ecr, derived: false }\nU -> Api\nApi -> Images : reads { phase: startup }',
            findings: [{ element: 'Images', message: 'storage Images has no backup: a bug or a script that deletes or overwrites objects, or a compromised account destroys its data for good, and replicas copy the damage within seconds.' }]
        },
        {
            name: 'a derived store does not excuse the store it is computed from',
            design: 'client U\nservice Api { replicas: 2 }\ndatabase Orders { engine: postgres }\ndatabase View { engine: redis, derived: true }\nU -> Api -> Orders\nApi -> View : reads',
            findings: [{ element: 'Orders', message: 'database Orders has no backup: a bad migration, a bug that deletes rows or a compromised account destroys its data for good, and replicas copy the damage within seconds.' }]
        },
        {
            name: 'one backup policy for every database: one design-wide finding listing them',
            design: 'client U\nservice Api { replicas: 2 }\ndatabase Orders { engine: postgres }\ndatabase Users { engine: postgres }\ndatabase Ledger { engine: mysql, backup: { mode: none } }\nU -> Api\nApi -> Orders\nApi -> Users\nApi -> Ledger',
            findings: [{ messageId: 'noBackupPolicy', message: 'None of the 3 databases states a backup (Orders, Users and Ledger): a bad migration, a bug that deletes rows or a compromised account destroys their data for good, and replicas copy the damage within seconds. One backup policy settles them all.' }]
        },
        {
            // Round 22: a Compose deployment's uploads reported apart from its database were one concern reported twice.
            name: 'regression: no store of either kind states a backup: one finding lists the databases and the storage',
            design: 'client U\nservice Api { replicas: 2 }\ndatabase Db { engine: postgres }\nstorage Media { replicas: 1 }\nU -> Api\nApi -> Db\nApi -> Media',
            findings: [{ messageId: 'noBackupPolicy', element: undefined, message: 'None of the 2 stores states a backup (Db and Media): a bad migration, a bug or a script that deletes rows or objects, or a compromised account destroys their data for good, and replicas copy the damage within seconds. One backup policy settles them all.' }]
        },
        {
            name: 'storage without a backup beside a backed-up database is reported on its own',
            design: 'client U\nservice Api { replicas: 2 }\ndatabase Db { engine: postgres, backup: { mode: pitr } }\nstorage Media { replicas: 1 }\nU -> Api\nApi -> Db\nApi -> Media',
            findings: [{ element: 'Media', messageId: 'noBackup', message: 'storage Media has no backup: a bug or a script that deletes or overwrites objects, or a compromised account destroys its data for good, and replicas copy the damage within seconds.' }]
        },
        {
            name: 'only the database that differs from its backed-up peers',
            design: 'client U\nservice Api { replicas: 2 }\ndatabase Orders { engine: postgres, backup: { mode: pitr } }\ndatabase Users { engine: postgres }\nstorage Files { replicas: 2, backup: { mode: snapshot } }\nU -> Api\nApi -> Orders\nApi -> Users\nApi -> Files',
            findings: [{ element: 'Users', message: 'database Users has no backup: a bad migration, a bug that deletes rows or a compromised account destroys its data for good, and replicas copy the damage within seconds.' }]
        },
        {
            name: 'a store that keeps its data a week is still asked',
            design: written('database Db { engine: mysql, retention: 7d }'),
            findings: [{ element: 'Db', severity: 'warning', messageId: 'noBackup', message: 'database Db has no backup: a bad migration, a bug that deletes rows or a compromised account destroys its data for good, and replicas copy the damage within seconds.' }]
        },
        {
            name: 'a database without backups (the first draft)',
            design: written('database Db { engine: mysql }'),
            findings: [{ element: 'Db', severity: 'warning', messageId: 'noBackup', message: 'database Db has no backup: a bad migration, a bug that deletes rows or a compromised account destroys its data for good, and replicas copy the damage within seconds.' }]
        },
        {
            name: 'backups switched off',
            design: written('database Db { engine: postgres, replicas: 3, backup: { mode: none, retention: 7d } }'),
            findings: [{ element: 'Db', message: 'database Db has backup mode none: a bad migration, a bug that deletes rows or a compromised account destroys its data for good, and replicas copy the damage within seconds.' }]
        },
        {
            name: 'a managed, highly available database still needs its backups turned on',
            design: written('database Db { engine: dynamodb }'),
            findings: [{ element: 'Db', message: 'database Db has no backup: a bad migration, a bug that deletes rows or a compromised account destroys its data for good, and replicas copy the damage within seconds.' }]
        },
        {
            name: 'regression: a managed postgres whose provider is not named is a question, not a warning',
            design: written('database Db { engine: postgres, managed: true }'),
            findings: [{ element: 'Db', severity: 'info', messageId: 'providerDefault', message: 'Does the provider back up Db? It is managed, but the design names neither a backup nor the product: some managed services take automated backups by default (Amazon RDS, Aurora, Azure Database), others only when asked (Cloud SQL created through its API, ElastiCache). State `backup` on it, or name the managed engine.' }]
        },
        {
            name: 'several managed stores on generic engines: one question listing them',
            design: 'client U\nservice Api { replicas: 2 }\ndatabase Orders { engine: mysql, managed: true }\ndatabase Sessions { engine: redis, managed: true }\nU -> Api\nApi -> Orders\nApi -> Sessions',
            findings: [{ severity: 'info', messageId: 'providerDefault', message: 'Does the provider back up Orders and Sessions? They are managed, but the design names neither a backup nor the product: some managed services take automated backups by default (Amazon RDS, Aurora, Azure Database), others only when asked (Cloud SQL created through its API, ElastiCache). State `backup` on each, or name the managed engine.' }]
        },
        {
            name: 'a managed product whose backups are opt-in is still flagged (Azure Managed Redis: persistence is not a backup)',
            design: written('database Db { engine: azure_managed_redis }'),
            findings: [{ element: 'Db', severity: 'warning', message: 'database Db has no backup: a bad migration, a bug that deletes rows or a compromised account destroys its data for good, and replicas copy the damage within seconds.' }]
        },
        {
            name: 'self-hosted storage',
            design: written('storage Db { replicas: 3 }'),
            findings: [{ element: 'Db', message: 'storage Db has no backup: a bug or a script that deletes or overwrites objects, or a compromised account destroys its data for good, and replicas copy the damage within seconds.' }]
        },
        {
            name: 'an object store without versioning, when object stores are judged',
            design: written('storage Db { engine: s3 }'),
            options: { objectStores: true },
            findings: [{ element: 'Db', message: 'storage Db has no backup: a bug or a script that deletes or overwrites objects, or a compromised account destroys its data for good, and replicas copy the damage within seconds.' }]
        }
    ]
});

describe('dr/no-backup on a managed store whose provider is not named', () => {
    it('rests on an assumption, names the property that settles it, and fixes each store', async () => {
        const [finding] = await runRule(rule, 'client U\nservice Api { replicas: 2 }\ndatabase Orders { engine: mysql, managed: true }\ndatabase Carts { engine: mongodb, managed: true }\nU -> Api\nApi -> Orders\nApi -> Carts');
        expect(finding.basis).to.equal('assumed');
        expect(finding.assumptions?.map((assumption) => [assumption.element, assumption.settle])).to.deep.equal([['Orders', 'backup'], ['Carts', 'backup']]);
        expect(finding.fix?.kind).to.equal('set-properties-each');
    });
});
