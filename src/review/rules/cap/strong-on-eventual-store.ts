import type { Component, ComponentKind, Connection, Design, Transaction } from '../../../model/design.js';
import type { DesignIndex } from '../../../model/design-index.js';
import type { Fix } from '../../fix.js';
import { defineRule } from '../../rule.js';
import type { RelatedReport } from '../../rule-context.js';
import { describe, isDataStore, minInstances } from '../../../model/component-facts.js';
import { isStated } from '../../../model/property-bag.js';
import { connectionNeed, isStrong, transactionNeed, type ConsistencyNeed } from '../../helpers/consistency-needs.js';
import { lockRisk } from '../../helpers/locks.js';
import { isLock } from '../../helpers/writes.js';
import { joinWords, unique } from '../../helpers/wording.js';

/**
 * Engines that offer no strongly consistent reads at all, so the quick fix
 * (declaring the store strong) would be a false statement. Every other
 * eventual engine can be tuned: Cassandra and ScyllaDB with QUORUM reads and
 * writes, DynamoDB with ConsistentRead, Cosmos DB with the strong level.
 */
const NEVER_STRONG_ENGINES: ReadonlySet<string> = new Set(['redis', 'valkey', 'elasticache', 'memcached', 'elasticsearch', 'opensearch']);

/**
 * Engines whose reads are eventual by default but strongly consistent per
 * request when the caller asks (DynamoDB's ConsistentRead): every write goes
 * to a partition's leader, and a consistent read is served by it. A strong
 * need stated on the connection itself says that connection asks for it.
 */
const PER_REQUEST_STRONG_ENGINES: ReadonlySet<string> = new Set(['dynamodb']);

/**
 * Caches and search indexes are copies a design adds on purpose to trade
 * freshness for speed, and a queue carries messages to consumers rather than
 * serving reads of the data of record (a pub/sub channel that announces a new
 * highest bid kept in the database); a service's or the product's general
 * need does not apply to them, only a need stated on the connection or
 * transaction itself.
 */
const DIRECT_NEED_KINDS: ReadonlySet<ComponentKind> = new Set(['cache', 'search', 'queue']);

/** A reader or transaction that needs strong consistency from a store. */
interface StrongUser {
    readonly name: string;
    readonly on: Connection | Transaction;
    readonly need: ConsistencyNeed;
}

export default defineRule({
    meta: {
        id: 'cap/strong-on-eventual-store',
        section: 'consistency',
        severity: 'error',
        description: 'A reader or transaction that needs strong consistency uses a store that is eventually consistent.',
        rationale: 'An eventually consistent store acknowledges a write before every replica has it, and answers reads from whichever replica it reaches. A reader that needs strong consistency (a balance, a stock count, a uniqueness check) can read a value that was already overwritten, and two concurrent updates can both succeed with one silently lost. Either make the store strongly consistent where the engine allows it (QUORUM reads and writes in Cassandra, ConsistentRead in DynamoDB, the strong level in Cosmos DB), or keep that data in a strongly consistent store.',
        question: 'What does a reader of {element} see right after a write, and is that good enough for it?',
        messages: {
            eventualStore: '{what} is eventually consistent{factNote}, but strong consistency is needed by {users}: reads can miss acknowledged writes, and concurrent updates can overwrite each other.',
            quorumTooSmall: '{what} reads {read} and writes {write} of its {copies} copies (R + W = {sum}, not more than N = {copies}), so a read can miss the latest acknowledged write, but strong consistency is needed by {users}. Raise the quorums so that R + W > N (e.g. {majority} and {majority}).',
            eventualEngine: '{what} is eventually consistent ({engine} offers no strongly consistent reads), but strong consistency is needed by {users}: reads can miss acknowledged writes. Keep this data in a strongly consistent store.'
        },
        fix: 'Sets `consistency: strong` on the store (e.g. QUORUM reads and writes in Cassandra), where its engine can offer it.',
        references: [
            'Kleppmann, Designing Data-Intensive Applications, ch. 9 "Linearizability"',
            'Apache Cassandra documentation, "Tunable consistency"',
            'Amazon DynamoDB Developer Guide, "Read consistency"'
        ],
        quality: {
            grouping: 'One finding per store, naming every reader and transaction that needs strong consistency as related locations, with one fix on the store.',
            basis: 'Stated or engine: the needs, the store\'s `consistency` (an engine fact such as Cassandra\'s eventual default) and, for leaderless stores, the stated quorums R, W and N.',
            unknowns: 'Only a stated or engine-fact `eventual`, or stated quorums with R + W <= N, count; `session` and `bounded` stores and unknown consistency are not flagged.',
            severity: 'Error: a stated strong need on a store whose facts give stale reads fails a stated requirement. On the 67 tuning designs its one finding was wrong (a DynamoDB table read by primary key with strongly consistent reads, which the engine serves per request) and no longer appears.'
        },
        decisions: [
            'A need is read from the connection\'s `consistency`, else the calling service\'s, worker\'s or function\'s `consistency`, else `requirements.consistency`; a transaction\'s from its own `consistency`, else its protocol (a saga or outbox is eventual), else `requirements.consistency`.',
            'Only `consistency: eventual` (stated or an engine fact) counts as eventual; `session` and `bounded` stores are not flagged.',
            'A single-leader engine that is eventual only through asynchronous replicas (Redis) is not eventual on a store with no replica and no `consistency` stated on it: every read goes to the one copy that took the write (field corpus, round 15: unreplicated Redis order books were flagged at error).',
            'Quorums settle it for a leaderless store: with `read_quorum` (R), `write_quorum` (W) and `replication_factor` (N) stated, R + W > N means every read overlaps the latest write, so strong readers are satisfied; R + W <= N with a strong need is the finding, whatever the store\'s `consistency` says.',
            'DynamoDB is eventual by default but serves a strongly consistent read per request (ConsistentRead): a strong need stated on the connection itself, to a table that does not state `consistency: eventual`, says that caller asks for it, and is satisfied. A need inherited from the calling service or the requirements still counts: nothing says its reads ask for consistency.',
            'Caches and search indexes are judged only against a need stated on the connection or transaction itself: they are copies added on purpose to trade freshness for speed.',
            'Queues too are judged only against a need stated on the connection or transaction itself: a queue carries messages to its consumers, it does not serve reads of the data of record, so a design-wide or service-wide strong need is not about it (field corpus, round 30: a Redis pub/sub channel announcing each new highest bid, kept with optimistic locking in the database, was flagged at error under the design\'s strong consistency for bids).',
            'A lock taken on a store that can lose it (one instance, asynchronous replication) is reported by `cap/lock-on-async-replica` alone, so the lock connection does not count here.',
            'The finding is on the store (its fix sets the store\'s consistency) and names every reader and transaction that needs strong consistency; each is a related location.',
            'Redis, Valkey, ElastiCache, Memcached, Elasticsearch and OpenSearch offer no strong reads, so the finding asks to move the data instead of offering a fix.'
        ],
        examples: {
            flagged: 'service Api { replicas: 2, consistency: strong }\ndatabase Ledger { engine: cassandra, replicas: 3 }\nApi -> Ledger : writes',
            fixed: 'service Api { replicas: 2, consistency: strong }\ndatabase Ledger { engine: cassandra, replicas: 3, consistency: strong }\nApi -> Ledger : writes'
        }
    },
    check({ design, index, report }) {
        for (const store of design.components) {
            const quorum = isDataStore(store) ? quorumOf(store) : undefined;
            const overlaps = quorum !== undefined && quorum.read + quorum.write > quorum.copies;
            if (!isDataStore(store) || overlaps || (quorum === undefined && store.properties.string('consistency') !== 'eventual') || readsOnlyItsLeader(store)) {
                continue;
            }
            const users = strongUsersOf(store, design, index);
            if (users.length === 0) {
                continue;
            }
            const names = joinWords(unique(users.map((user) => user.name)));
            const related = users.map((user): RelatedReport => ({ on: user.on, message: `${user.name} needs strong consistency here (${user.need.origin}).` }));
            const engine = store.engine?.id.toLowerCase();
            if (quorum !== undefined) {
                const majority = String(Math.floor(quorum.copies / 2) + 1);
                report({
                    on: store,
                    messageId: 'quorumTooSmall',
                    data: { what: describe(store), read: quorum.read, write: quorum.write, copies: quorum.copies, sum: quorum.read + quorum.write, users: names, majority },
                    basis: 'stated',
                    related,
                    fix: { kind: 'set-properties', title: `Use majority quorums on ${store.name}`, target: store, properties: [{ key: 'read_quorum', value: majority }, { key: 'write_quorum', value: majority }] }
                });
            } else if (engine !== undefined && NEVER_STRONG_ENGINES.has(engine)) {
                report({ on: store, messageId: 'eventualEngine', data: { what: describe(store), engine, users: names }, related });
            } else {
                report({ on: store, messageId: 'eventualStore', data: { what: describe(store), factNote: factNote(store), users: names }, related, fix: makeStrong(store) });
            }
        }
    }
});

/**
 * A single-leader engine (Redis) is eventually consistent only where reads
 * go to an asynchronous replica: a store with no replica, and no consistency
 * stated on it, reads every key from the one copy that took the write.
 */
function readsOnlyItsLeader(store: Component): boolean {
    return !isStated(store.properties.entry('consistency')) && store.properties.string('topology') === 'single_leader' && minInstances(store) <= 1;
}

/** Stated read and write quorums over a stated number of copies (R, W, N); undefined unless all three are stated. */
function quorumOf(store: Component): { readonly read: number; readonly write: number; readonly copies: number } | undefined {
    const read = store.properties.number('read_quorum');
    const write = store.properties.number('write_quorum');
    const copies = store.properties.number('replication_factor');
    return read === undefined || write === undefined || copies === undefined ? undefined : { read, write, copies };
}

function strongUsersOf(store: Component, design: Design, index: DesignIndex): StrongUser[] {
    const users: StrongUser[] = [];
    for (const connection of index.incoming(store)) {
        const need = connectionNeed(connection, design);
        if (isStrong(need) && appliesTo(store, need) && !isLeftToLockRule(connection) && !readsStronglyPerRequest(store, need)) {
            users.push({ name: describe(connection.source), on: connection, need });
        }
    }
    for (const transaction of index.transactionsWriting(store)) {
        const need = transactionNeed(transaction, design);
        if (isStrong(need) && appliesTo(store, need)) {
            users.push({ name: `transaction ${transaction.name}`, on: transaction, need });
        }
    }
    return users;
}

function appliesTo(store: Component, need: ConsistencyNeed): boolean {
    return !DIRECT_NEED_KINDS.has(store.kind) || need.source === 'connection' || need.source === 'transaction';
}

/**
 * The store is eventual only by its engine's default, the engine serves
 * strongly consistent reads per request, and the connection itself states
 * the strong need: the design says this caller's reads ask for it.
 */
function readsStronglyPerRequest(store: Component, need: ConsistencyNeed): boolean {
    const engine = store.engine?.id.toLowerCase();
    return need.source === 'connection' && store.properties.entry('consistency')?.source === 'engine'
        && engine !== undefined && PER_REQUEST_STRONG_ENGINES.has(engine);
}

function isLeftToLockRule(connection: Connection): boolean {
    return isLock(connection) && lockRisk(connection.target) !== undefined;
}

/** ` (cassandra's default)` when the engine, not the design, makes the store eventual. */
function factNote(store: Component): string {
    const fromEngine = store.properties.entry('consistency')?.source === 'engine';
    return fromEngine && store.engine ? ` (${store.engine.id}'s default)` : '';
}

function makeStrong(store: Component): Fix {
    return { kind: 'set-properties', title: `Make ${store.name} strongly consistent`, target: store, properties: [{ key: 'consistency', value: 'strong' }] };
}
