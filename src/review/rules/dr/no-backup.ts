import type { Component } from '../../../model/design.js';
import type { PlainObject } from '../../../model/property-bag.js';
import { defineRule } from '../../rule.js';
import { describe } from '../../../model/component-facts.js';
import { backupOf, backupText, isBackedUp } from '../../helpers/backup.js';

interface Options {
    readonly objectStores: boolean;
}

/** What silently destroys the data of each kind, that replication copies instead of preventing. */
const LOSS: Readonly<Record<string, string>> = {
    database: 'a bad migration, a bug that deletes rows or a compromised account',
    storage: 'a bug or a script that deletes or overwrites objects, or a compromised account'
};

export default defineRule<Options>({
    meta: {
        id: 'dr/no-backup',
        section: 'failure-recovery',
        severity: 'error',
        description: 'A database or storage without backups (or `backup: { mode: none }`).',
        rationale: 'Replication protects against losing a machine, not against losing data: a `DELETE` without a `WHERE`, a bad migration, a bug or an attacker is copied to every replica within seconds. Only a backup taken before the damage (snapshots, or continuous backup with point-in-time recovery) brings the data back. Backups are also what a restore in another region starts from.',
        question: 'How do you restore {element} after a bad migration deletes data?',
        messages: {
            noBackup: '{what} {state}: {loss} destroys its data for good, and replicas copy the damage within seconds.'
        },
        options: {
            schema: {
                type: 'object',
                properties: { objectStores: { type: 'boolean', description: 'Also flag storage on a durable object store (S3, GCS) that has neither `backup` nor `versioning: true`.' } },
                additionalProperties: false
            },
            defaults: { objectStores: false }
        },
        fix: 'Sets `backup: { mode: snapshot, interval: 1d }` (keeping what the block already says).',
        references: ['AWS Well-Architected REL09-BP01 Identify and back up all data that needs to be backed up, or reproduce the data from sources', 'AWS Well-Architected REL09-BP03 Perform data backup automatically', 'Azure Well-Architected RE:09 Disaster recovery'],
        decisions: [
            'Databases and storage are judged, whatever their engine: a managed database (DynamoDB, Spanner, Cosmos DB) still needs its point-in-time recovery turned on.',
            'A `backup` block whose `mode` is not `none` addresses it (a block without a mode still declares backups).',
            'Storage on a durable object store (an engine that is highly available on its own: S3, GCS) is not flagged by default: its durability covers disks, machines and zones, and an error on every bucket would cost more trust than it wins. Durability is not a backup against deletion, though: with the `objectStores` option such storage is flagged unless it has `backup` or `versioning: true`.',
            'Caches, queues and search indexes are not judged: they hold copies that can be rebuilt or replayed.'
        ],
        examples: {
            flagged: 'client U\nservice Api { replicas: 2 }\ndatabase Db { engine: mysql, replicas: 2 }\nU -> Api -> Db',
            fixed: 'client U\nservice Api { replicas: 2 }\ndatabase Db { engine: mysql, replicas: 2, backup: { mode: snapshot, interval: 1d } }\nU -> Api -> Db'
        }
    },
    check({ index, options, report }) {
        for (const store of index.ofKind('database', 'storage')) {
            if (isBackedUp(store) || isProtectedObjectStore(store, options)) {
                continue;
            }
            const current = backupOf(store);
            report({
                on: store,
                messageId: 'noBackup',
                data: { what: describe(store), state: current ? 'has backup mode none' : 'has no backup', loss: LOSS[store.kind] ?? LOSS.database },
                fix: {
                    kind: 'set-properties',
                    title: `Back ${store.name} up daily`,
                    target: store,
                    properties: [{ key: 'backup', value: dailySnapshots(current) }]
                }
            });
        }
    }
});

/** Snapshots, daily unless the block already names an interval; everything else the block says is kept. */
function dailySnapshots(current: PlainObject | undefined): string {
    return backupText(current, current?.interval === undefined ? { mode: 'snapshot', interval: '1d' } : { mode: 'snapshot' });
}

/** A durable object store counts as protected, unless the option asks for a backup or versioning there too. */
function isProtectedObjectStore(store: Component, options: Options): boolean {
    if (store.kind !== 'storage' || store.engine?.ha !== true) {
        return false;
    }
    return !options.objectStores || store.properties.boolean('versioning') === true;
}
