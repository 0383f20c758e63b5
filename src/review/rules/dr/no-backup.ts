import type { Component, Design } from '../../../model/design.js';
import type { PlainObject } from '../../../model/property-bag.js';
import { defineRule } from '../../rule.js';
import { describe } from '../../../model/component-facts.js';
import { backupOf, backupText, isBackedUp } from '../../helpers/backup.js';
import { decisionScope, reportDecision } from '../../helpers/one-decision.js';
import { namesOf } from '../../helpers/wording.js';
import { hasUnnamedProvider, providerDefaultReport } from '../../helpers/provider-defaults.js';
import type { Report } from '../../rule-context.js';
import { inScope } from '../../../model/out-of-scope.js';
import { isMultiRegion } from '../../../model/regions.js';
import { isCopiedFromStores } from '../../helpers/copy-jobs.js';

interface Options {
    readonly objectStores: boolean;
}

/** What silently destroys the data of each kind, that replication copies instead of preventing. */
const LOSS: Readonly<Record<string, string>> = {
    database: 'a bad migration, a bug that deletes rows or a compromised account',
    storage: 'a bug or a script that deletes or overwrites objects, or a compromised account',
    mixed: 'a bad migration, a bug or a script that deletes rows or objects, or a compromised account'
};

/** How the one design-wide finding names the stores of each kind. */
const PLURAL: Readonly<Record<string, string>> = { database: 'databases', storage: 'storage stores', mixed: 'stores' };

/** The judged kinds, each one backup decision. */
const KINDS = ['database', 'storage'] as const;

/** Seconds in a day: data kept no longer expires before a daily backup could be restored. */
const ONE_DAY = 86_400;

export default defineRule<Options>({
    meta: {
        id: 'dr/no-backup',
        section: 'failure-recovery',
        practice: true,
        severity: 'warning',
        description: 'A database or storage without backups (or `backup: { mode: none }`).',
        rationale: 'Replication protects against losing a machine, not against losing data: a `DELETE` without a `WHERE`, a bad migration, a bug or an attacker is copied to every replica within seconds. Only a backup taken before the damage (snapshots, or continuous backup with point-in-time recovery) brings the data back. Backups are also what a restore in another region starts from.',
        question: 'How do you restore {element} after a bad migration deletes data?',
        messages: {
            noBackup: '{what} {state}: {loss} destroys its data for good, and replicas copy the damage within seconds.',
            noBackupPolicy: 'None of the {count} {kinds} states a backup ({stores}): {loss} destroys their data for good, and replicas copy the damage within seconds. One backup policy settles them all.',
            providerDefault: 'Does the provider back up {stores}? {verb} managed, but the design names neither a backup nor the product: some managed services take automated backups by default (Amazon RDS, Aurora, Azure Database), others only when asked (Cloud SQL created through its API, ElastiCache). State `backup` on {each}, or name the managed engine.'
        },
        options: {
            schema: {
                type: 'object',
                properties: { objectStores: { type: 'boolean', description: 'Also flag storage on a durable object store (S3, GCS) that has neither `backup` nor `versioning: true`.' } },
                additionalProperties: false
            },
            defaults: { objectStores: false }
        },
        fix: 'Sets `backup: { mode: snapshot, interval: 1d }` (keeping what the block already says); on the grouped finding, on every store it lists.',
        references: ['AWS Well-Architected REL09-BP01 Identify and back up all data that needs to be backed up, or reproduce the data from sources', 'AWS Well-Architected REL09-BP03 Perform data backup automatically', 'Azure Well-Architected RE:09 Disaster recovery'],
        quality: {
            grouping: 'When no judged store states a backup (databases and storage alike), that is one decision, the deployment\'s backup policy: one finding where it belongs (the innermost group holding them, or the design) lists them all with one fix (round 22: a Compose deployment\'s uploads folder reported apart from its database was judged a copy of the same concern twice). Otherwise a backup policy is one decision per kind of store: when no database (or no storage store) states a backup while the other kind does, one finding lists that kind\'s stores; a store is reported on its own only when its peers of the same kind have backups and it has none.',
            basis: 'Stated: the store\'s `backup` block; engine: the backups a managed product takes by default (engine facts with vendor sources: Aurora, Amazon RDS, Azure SQL Database, Azure Database for PostgreSQL and MySQL, Azure DocumentDB, Cosmos DB), while products whose backups are opt-in (DynamoDB point-in-time recovery, Azure Managed Redis) are judged; assumed: a store stated `managed: true` on a generic engine (postgres, mongodb, redis) whose provider is not named, whose default differs by provider.',
            unknowns: 'A managed store whose provider is not named is one info question (basis assumed, settled by `backup` or by naming the product), never a warning. Immutable storage (`immutable: true`) kept in two or more zones or regions is not judged. Stores whose data is only `public`, that are `derived: true` or `transient: true` (items kept only until delivered), durable object stores (unless the `objectStores` option asks) and caches, queues and search indexes (copies that can be rebuilt) are not judged. Components the design draws but does not describe (`out_of_scope: true`) are not judged, counted or listed.',
            severity: 'Warning: a store without backups loses data to the first bad migration, yet sources often accept a store\'s loss (working data, generated data): on the 43-design tuning corpus 18 of 28 findings are concerns a reviewer raises and 10 are noise, none wrong (media kept only until delivered is `transient: true`; immutable block storage kept across zones is no longer asked); the question about an unnamed provider is info.'
        },
        decisions: [
            'Databases and storage are judged, whatever their engine: a managed database (DynamoDB, Spanner) still needs its point-in-time recovery turned on, unless its engine takes backups by default (Cosmos DB, Aurora, Amazon RDS, Amazon Redshift, Azure SQL Database, Azure Database for PostgreSQL or MySQL, Azure DocumentDB: engine fact `backup`), which counts as its backup.',
            'A store stated `managed: true` on an engine that is not itself a managed product (`engine: postgres, managed: true`) is run by a provider the design does not name: Amazon RDS backs it up by default, Cloud SQL created through its API does not. Whether it is backed up is an assumption, so such stores are one info question (basis assumed) naming the `backup` property that settles it, never a warning.',
            'A `backup` block whose `mode` is not `none` addresses it (a block without a mode still declares backups).',
            'Storage on a durable object store (an engine that is highly available on its own: S3, GCS) is not flagged by default: its durability covers disks, machines and zones, and an error on every bucket would cost more trust than it wins. Durability is not a backup against deletion, though: with the `objectStores` option such storage is flagged unless it has `backup` or `versioning: true`.',
            'A store whose `data` is only `public` holds nothing that must survive a loss: it is not judged.',
            'Storage stated `immutable: true` (objects written once, never changed in place: content-addressed blocks, a write-once archive) and kept in two or more zones (`zones`) or regions (`deployment.regions`) is itself the durable copy: an overwrite cannot spread a bad copy to the replicas, and a lost copy is restored from another zone. It is not judged; mutable stores keep the rule, since their replicas copy a bad write within seconds.',
            'Caches, queues and search indexes are not judged: they hold copies that can be rebuilt or replayed; nor is a store stated `derived: true` (a materialized view, precomputed timelines), which is rebuilt from the stores it is computed from, or derived by its engine (a container registry: ECR, Azure Container Registry, Artifact Registry hold images the pipeline rebuilds from source; field corpus, round 30: two registries were asked for backups), nor one stated `transient: true` (items kept only until delivered, as in a queue: a backup restored later would hand out stale items again), nor one whose stated `retention` is a day or less (the last hour of events, the counters of a rate-limit window: its data expires before a backup could be restored; field corpus, round 23: a one-hour hot store of files kept in S3 was asked for a backup).',
            'A store whose every write comes from copy jobs (a worker or function nothing calls or feeds, which only reads other databases, object stores or search indexes: a nightly export into a data lake, billing totals recomputed from it) holds a copy the next run writes again: the sources\' backups protect it, so it is not judged (field corpus, round 32: a data lake filled by exports and a billing table recomputed from an archive were asked for backups, and a job\'s checkpoint store joined a right finding on the databases that hold the messages).',
            'Two or more stores of one kind without backups, none of their peers having one, are one decision: one finding on the innermost group that holds them (or the design) lists them.',
            'When no judged store of either kind states a backup, the databases and the storage are one decision together: one finding lists them all (one backup procedure covers the database dump and the uploaded files, and they must be restored consistently).'
        ],
        examples: {
            flagged: 'client U\nservice Api { replicas: 2 }\ndatabase Db { engine: mysql, replicas: 2 }\nU -> Api -> Db',
            fixed: 'client U\nservice Api { replicas: 2 }\ndatabase Db { engine: mysql, replicas: 2, backup: { mode: snapshot, interval: 1d } }\nU -> Api -> Db'
        }
    },
    check({ design, index, options, report }) {
        const byKind = KINDS.map((kind) => {
            const judged = inScope(index.ofKind(kind)).filter((store) => !isProtectedObjectStore(store, options) && !isImmutableAcrossZones(store, design) && !holdsOnlyPublicData(store) && !isDerived(store) && !isCopiedFromStores(store, index) && !isTransient(store) && !expiresWithinADay(store));
            reportProviderDefaults(report, design, judged.filter((store) => !isBackedUp(store) && hasUnnamedProvider(store)));
            return { kind, judged, unbacked: judged.filter((store) => !isBackedUp(store) && !hasUnnamedProvider(store)) };
        });
        const unbacked = byKind.flatMap((group) => group.unbacked);
        // No store of any kind states a backup: one backup policy for the deployment, not one per kind.
        if (byKind.filter((group) => group.unbacked.length > 0).length > 1 && unbacked.length === byKind.reduce((sum, group) => sum + group.judged.length, 0)) {
            reportPolicy(report, design, unbacked, unbacked.length, 'mixed');
            return;
        }
        for (const group of byKind) {
            reportPolicy(report, design, group.unbacked, group.judged.length, group.kind);
        }
    }
});

/** One finding for the stores when every peer lacks a backup, else one per store. */
function reportPolicy(report: (report: Report) => void, design: Design, unbacked: readonly Component[], peers: number, kind: keyof typeof PLURAL): void {
    const blockless = unbacked.every((store) => backupOf(store) === undefined);
    reportDecision(report, {
        affected: unbacked.map((store) => ({ on: store, note: `${describe(store)} ${stateOf(store)}` })),
        peers,
        once: {
            on: decisionScope(design, unbacked),
            messageId: 'noBackupPolicy',
            data: { count: unbacked.length, kinds: PLURAL[kind], stores: namesOf(unbacked), loss: LOSS[kind] },
            fix: blockless ? { kind: 'set-properties-each', title: `Back the ${unbacked.length} ${PLURAL[kind]} up daily`, targets: unbacked, properties: [{ key: 'backup', value: dailySnapshots(undefined) }] } : undefined
        },
        each: ({ on }) => storeFinding(on as Component)
    });
}

/**
 * Stores a provider runs without the design naming it (`engine: postgres,
 * managed: true`): whether backups are on by default depends on the
 * provider, so the finding rests on that assumption and asks (one question
 * for all of them).
 */
function reportProviderDefaults(report: (report: Report) => void, design: Design, stores: readonly Component[]): void {
    if (stores.length === 0) {
        return;
    }
    report(providerDefaultReport(design, stores, {
        what: 'backups',
        settle: 'backup',
        note: (store) => `${describe(store)}: managed, no backup stated`,
        fix: stores.length === 1 ? storeFinding(stores[0]).fix : { kind: 'set-properties-each', title: `Back the ${stores.length} stores up daily`, targets: stores, properties: [{ key: 'backup', value: dailySnapshots(undefined) }] }
    }));
}

function storeFinding(store: Component) {
    return {
        on: store,
        messageId: 'noBackup',
        data: { what: describe(store), state: stateOf(store), loss: LOSS[store.kind] ?? LOSS.database },
        fix: {
            kind: 'set-properties' as const,
            title: `Back ${store.name} up daily`,
            target: store,
            properties: [{ key: 'backup' as const, value: dailySnapshots(backupOf(store)) }]
        }
    };
}

function stateOf(store: Component): string {
    return backupOf(store) ? 'has backup mode none' : 'has no backup';
}

/** Snapshots, daily unless the block already names an interval; everything else the block says is kept. */
function dailySnapshots(current: PlainObject | undefined): string {
    return backupText(current, current?.interval === undefined ? { mode: 'snapshot', interval: '1d' } : { mode: 'snapshot' });
}

/** Computed from other stores and rebuilt from them (`derived: true`): a backup of it protects nothing the sources' backups do not. */
function isDerived(store: Component): boolean {
    return store.properties.boolean('derived') === true;
}

/**
 * Holds items only until they are delivered or consumed (`transient: true`),
 * as a queue does: a backup restored later would hand out stale items again,
 * so it is judged as queues are (not here).
 */
function isTransient(store: Component): boolean {
    return store.properties.boolean('transient') === true;
}

/**
 * Keeps what is written to it for a day or less (`retention: 1h`: the last
 * hour of events, counters of the current window): its data expires before
 * a daily backup could be restored, so a restored copy holds nothing still
 * live; what it needs is its source, not a backup.
 */
function expiresWithinADay(store: Component): boolean {
    const retention = store.properties.number('retention');
    return retention !== undefined && retention <= ONE_DAY;
}

/** Data the design classifies as public only: losing it loses nothing that must be restored. */
function holdsOnlyPublicData(store: Component): boolean {
    const classes = store.properties.words('data') ?? [];
    return classes.length > 0 && classes.every((item) => item === 'public');
}

/**
 * Storage stated `immutable: true` (written once, never changed in place)
 * whose copies live in two or more zones (`zones`) or regions (the design's
 * deployment): an overwrite cannot spread a bad copy, and a copy lost with
 * its zone is restored from another, so the store is itself the durable copy
 * a backup would be. Mutable data keeps the rule: replication copies its
 * damage.
 */
function isImmutableAcrossZones(store: Component, design: Design): boolean {
    return store.kind === 'storage' && store.properties.boolean('immutable') === true && ((store.properties.number('zones') ?? 1) >= 2 || isMultiRegion(design));
}

/** A durable object store counts as protected, unless the option asks for a backup or versioning there too. */
function isProtectedObjectStore(store: Component, options: Options): boolean {
    if (store.kind !== 'storage' || store.engine?.ha !== true) {
        return false;
    }
    return !options.objectStores || store.properties.boolean('versioning') === true;
}
