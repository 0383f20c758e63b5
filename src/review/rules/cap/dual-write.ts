import type { Component, ComponentKind, Connection, Design, Transaction } from '../../../model/design.js';
import type { DesignIndex } from '../../../model/design-index.js';
import type { Assumption } from '../../../model/finding.js';
import type { Report } from '../../rule-context.js';
import { defineRule } from '../../rule.js';
import { describe, runsProduct } from '../../../model/component-facts.js';
import { syncServiceGraphOf } from '../../graph/sync-service-graph.js';
import { joinWords } from '../../helpers/wording.js';
import { mergeCopies } from '../../helpers/copies.js';
import { type StoreWrite, statesWrite, storeWritesOf } from '../../helpers/writes.js';
import { redeliveredConsumers } from '../../helpers/queue-consumers.js';
import { writesBackToOwnQueue } from '../../helpers/acknowledgements.js';
import { isOutOfScope } from '../../../model/out-of-scope.js';
import { looksUp, onFailureOnly, startsRun } from '../../helpers/connection-words.js';
import { isStrong, transactionNeed } from '../../helpers/consistency-needs.js';

const WRITER_KINDS: readonly ComponentKind[] = ['service', 'worker', 'function'];

/** Kinds whose one run handles one job or message: everything it changes belongs to one operation. */
const JOB_KINDS: ReadonlySet<ComponentKind> = new Set(['worker', 'function']);

/** One thing a writer changes: a store it writes, or a service it calls that writes its own stores. */
interface Effect {
    readonly connection: Connection;
    /** The service called, for a write hidden behind a synchronous call. */
    readonly via?: Component;
    readonly stores: readonly Component[];
    /** The connections it rests on that state no access (taken as writes). */
    readonly unstated: readonly Connection[];
    /** A payment taken through the call (it carries `data: [payment]`): money moved, with no store of ours drawn. */
    readonly charge?: boolean;
}

/** Kinds a payment call reaches: a payment service of the design or a provider outside it. */
const CHARGED_KINDS: ReadonlySet<ComponentKind> = new Set(['service', 'function', 'gateway', 'external']);

export default defineRule({
    meta: {
        id: 'cap/dual-write',
        section: 'consistency',
        severity: 'info',
        description: 'A service writes two stores, or a store and a queue, directly or through the services it calls synchronously, with no transaction covering them.',
        rationale: 'Two writes from one request to two systems can fail independently: the process crashes, times out or is redeployed between them, and one store has the change while the other never hears of it (an order saved but its event never published, a file uploaded but its row never written). Retrying does not help if the first write was the one that succeeded. If the writes must agree, declare them as a `transaction`: a transactional outbox (write the event in the same local transaction, publish it afterwards), a saga, or two-phase commit. If they need not agree, this is fine.',
        question: 'If {element} fails between its two writes, how do the stores get back in agreement?',
        messages: {
            hiddenDualWrite: '{what} changes {effects} in one operation, and no transaction covers {uncovered}: if a step fails after an earlier one succeeded, they disagree. If they must agree, declare a saga (with compensations) or an outbox.',
            hiddenDualWriteQuestion: 'Does {what} change {effects} in one operation? {unstated}. If so, a step failing after an earlier one succeeded leaves them disagreeing, and no transaction, saga or outbox covers {uncovered}.',
            dualWriteQuestion: '{does} {what} save to {stores} in one operation? {unstated}, next to a publish. If so, a publish failing after the save succeeded (or the reverse) leaves them disagreeing, and no transaction or outbox covers {uncovered}.',
            dualWriteNoProtocol: '{what} {writes} {stores}, and transaction {name} over them states `protocol: none`: nothing keeps the writes together, so if one succeeds and another fails (a publish sent and forgotten), they disagree. If they must agree, make its protocol an outbox.',
            dualWrite: '{what} {writes} {stores}, and no transaction covers {uncovered}: if one write succeeds and another fails, they disagree. If they must agree, declare a transaction (an outbox for a queue).'
        },
        fix: 'Declares `transaction <Writer>Writes { writes: [A, B], protocol: outbox, consistency: eventual }` next to the writer.',
        references: [
            'microservices.io, "Pattern: Transactional outbox"',
            'Kleppmann, Designing Data-Intensive Applications, ch. 11 "Keeping Systems in Sync" (dual writes)'
        ],
        quality: {
            grouping: 'One finding per writer, or one for several writers that write the same stores directly, or one writer\'s stores among another\'s (one transaction over those stores settles them all), listing each write no transaction covers as a related location, with one fix declaring a transaction over all of them; copies of one writer (same kind and title, e.g. one per deployment stamp) are one finding listing the copies.',
            basis: 'Stated when every write is stated (`access: writes` or `read_write`, or a publish into a queue); a database or storage of unstated access next to a publish (and no other stated store write) is assumed written, and a write hidden behind a call whose `access`, or whose callee\'s store access, is unstated is assumed, and the finding is a question naming those connections.',
            unknowns: 'A store connection with no stated access is not taken as a direct write (two stores drawn beside one service do not make one operation), except a database or storage beside a publish when the stated writes alone make no pair: an event a service publishes announces a change it saved, so the finding asks; only calls orchestrated by a worker, a function or a writer that also writes itself are followed into the services they call (a service that only calls others, with no access stated on any call, is not taken to run one operation across them); an at-least-once consumer\'s own writes, and those of a writer stated idempotent, are left to the rerun that completes them.',
            severity: 'Info: the writes behind calls rest on unstated access on published designs, so the finding asks whether the writes must agree; the stated direct dual writes there were a consumer\'s replay concern, now left to the idempotency rule; on the 55 tuning designs 15 of its 22 findings are concerns a reviewer raises, 6 true but minor (blob-and-row pairs, write paths a transcriber guessed), 1 wrong (a pass-through call the design cannot mark as a separate operation), once derived stores no longer counted as a second truth. On the 67 tuning designs 27 findings: 21 concerns a reviewer raises, 5 true but minor, 1 wrong (a pass-through call the design cannot mark as a separate operation), once a worker acknowledging the stream only it consumes, a service only routing messages to per-channel queues and a publish beside several stores of unstated access were no longer flagged, and a consumer that also serves requests (saving state and publishing) and an out-of-scope writer\'s drawn writes were. On the 79 tuning designs 30 findings, 24 concerns a reviewer raises, 1 false and 5 true but minor, once calls named as lookups (a random record fetched) were no longer taken as writes and a transaction stated `protocol: none` no longer covered its writes.'
        },
        decisions: [
            'Writers are services, workers and functions. A direct write is a connection to a store that says `access: writes` or `read_write`, or any connection into a queue (a publish); a store connection with no stated access is not taken as a write, since two stores beside one service do not make one operation. A `uses: lock` connection is never a write.',
            'A service that publishes into a queue and reaches a database or object storage with no stated access is asked whether it saves and publishes in one operation (an event announces a change the service saved; the language reads an unstated access as reads and writes). Asked only when the stated writes alone make no pair, so a stated finding never turns into a question, and only when one such store stands beside the publish: with several of unstated access (a menu of stores a reference page lists), which one the event announces is a guess, and nothing is asked.',
            'Several writers that write the same stores directly (each service saving to one database and publishing to one broker), or whose stores are all among another writer\'s, are one finding on the first, naming them all: one transaction (an outbox) over those stores covers every writer. Writes behind calls stay one finding per writer.',
            'A write hidden behind a synchronous call counts too: a call (not `access: reads`) to a service that writes its own stores or publishes is one more thing the operation changes. Calls are followed for workers and functions (one job is one operation) and for writers that also write directly; a front end that calls several services for different user actions is not one operation.',
            'A call stated as a write (`access: writes` or `read_write`) to an identity provider (`idp`) that writes its own store counts the same way: creating a user there and saving the account here are two changes one failure can split.',
            'A synchronous call that carries payment data (`data: [payment]` on the call, not `access: reads`) to a service, function, gateway or external provider takes a payment: one more change of the operation, even when the payment service draws no store (a mock, or a provider outside the design). Charging a card and then failing to record or announce the order is the classic split; the call states no access, so the finding asks.',
            'A writer that runs a declared saga (a `transaction` with `protocol: saga` writing stores of two of its changes) is its orchestrator: its other calls, a notification or a dead-letter message on the failure path, are steps of the same saga, whose compensations handle a failure between them. It is not flagged.',
            'A lock (`uses: lock`) or a telemetry stream (`uses: telemetry`: metrics shipped over a bus) is no write.',
            'A write into write-once storage (`immutable: true`: content-addressed blocks) is no change to keep in step: a failure after it leaves at most an unreferenced object, and a retry writes the same content again.',
            'Load balancers and gateways in front of one service, or in front of stores only, are looked through: they do not hide the service or the stores behind them.',
            'Databases, object storage and queues count as stores; caches do not (cache-aside updates are copies, not a second truth), nor does a store stated `derived: true` (a parser cache of rendered pages, a materialized view: rebuilt from the others, so a write to it is a copy too). A search index is such a copy unless it states `derived: false` (the only record of what it holds): reindexing repairs an update it missed, as `dr/no-backup` and `cap/consumer-not-idempotent` already read it (round 27: all seven dual writes that counted a search index on the field corpus were judged wrong or not worth raising).',
            'A store is covered when one `transaction` writes it together with another store the same writer writes, whatever its protocol (the protocol is judged by the other `cap/` rules), except a transaction stated `protocol: none` that needs no strong consistency: the design says nothing keeps its writes together (a save, then a fire-and-forget publish), so the writer is reported naming that transaction, with no quick fix (its protocol is changed by hand). A strong one is `cap/cross-store-transaction`\'s error.',
            'A call that states no `access` and whose words say it looks something up (a label opening with get, fetch, lookup, query, random, or an API such as GetItem, or naming a credential check anywhere: a token check, a JWT validation; round 31: a cart\'s token check against the user service was asked as a write into the users\' database) is no write behind the call, whatever its callee writes for other callers. The finding names the stores that no transaction covers.',
            'A consumer of a queue that delivers at least once, whose writes are all its own (no service called), is not flagged: when it stops between two writes, the message is redelivered and the handler runs again, completing the writes; whether running it again is safe is the idempotency question `cap/consumer-not-idempotent` asks on the same worker. Writes behind calls to other services are still flagged, since a service that rejects a step needs a compensation, not a replay.',
            'A consumer that also serves requests (something other than a queue, store or monitor calls it synchronously) and publishes an event beside its own writes is flagged even though it consumes an at-least-once queue: the operation that saves and publishes is a request, which no redelivery replays.',
            'A call or write whose label says it is taken only on failure (a step invoking the error handler "on failure"; a fallback store written while the primary "cannot be reached" or "is down"; a "failover to" the other site) reports the operation\'s failure or replaces the write that failed, and is no second change (round 27: an ingestion edge\'s disk queue, used only while Pub/Sub is unreachable, and a mesh\'s failover to the second data centre\'s database); a call whose label says it starts a run (a scheduler\'s "trigger", a "job submission", "StartExecution") hands the work over, and the run\'s writes are its own operation, not the caller\'s (round 28: a cron job triggering a price ticker and a price watcher); a durable workflow engine (`durable_workflow` facts: Step Functions, Logic Apps, Temporal) runs each execution\'s steps with their retries and caught failures, like the orchestrator of a saga, and so does a worker that takes its tasks from one (a Temporal worker runs the workflow\'s activities) (round 19: a video pipeline\'s state machines and failure handlers gave seven wrong findings).',
            'A write by a worker or function into a queue that it alone consumes is an acknowledgement (XACK, a deleted message) or a retry it puts back for itself, not a publish: it is no effect of the operation.',
            'A writer whose only changes are publishes into queues (one queue per channel or event type) is not flagged: no saved state is left for a lost publish to contradict.',
            'A writer that runs a released product (`product`: Mastodon, Zulip, Airflow deployed from their images) is not flagged: how it saves, publishes and reconciles is its vendor\'s code, which the deployment can neither see nor declare a transaction over (field corpus, round 32: 17 of 17 such findings on self-hosted product deployments were wrong or not worth raising, among them Airflow\'s scheduler, which reconciles its own task state, and Langfuse\'s claim-check ingestion).',
            'A writer the design does not describe (`out_of_scope: true`) is not reported on, but the writes it is drawn making are: the finding is placed on its first uncovered write.',
            'A writer stated idempotent (`idempotent: true`: a resumable copy job that rewrites the same rows, or a service whose callers may repeat a request, such as one writing immutable cells), whose writes are all its own, is not flagged for the same reason: a run or request that stopped between its writes is completed by running it again, and the statement says repeating it is harmless.',
            'The quick fix declares an outbox transaction (a saga when services are called) over every store involved, eventually consistent, next to the writer; change the protocol if the writes must be atomic.'
        ],
        examples: {
            flagged: 'service Api { replicas: 2 }\ndatabase Orders\nqueue Events { engine: kafka }\nApi -> Orders : writes\nApi -> Events',
            fixed: 'service Api { replicas: 2 }\ndatabase Orders\nqueue Events { engine: kafka }\nApi -> Orders : writes\nApi -> Events\ntransaction PlaceOrder { writes: [Orders, Events], protocol: outbox }'
        }
    },
    check({ design, index, report }) {
        const cases: DualWrite[] = [];
        const redelivered = redeliveredConsumers(index);
        // A released product writes as its vendor wrote it: no deployment can declare its transactions.
        for (const writer of index.ofKind(...WRITER_KINDS).filter((component) => !runsProduct(component))) {
            const direct = directEffects(writer, index);
            const hidden = direct.length > 0 || JOB_KINDS.has(writer.kind) ? hiddenEffects(writer, design, index) : [];
            const effects = [...direct, ...hidden];
            // A redelivered message, or a rerun of an idempotent job, replays a handler that stopped between its own writes and completes them.
            if (effects.length < 2 || (hidden.length === 0 && ((redelivered.has(writer) && !(servesRequests(writer, index) && publishes(direct))) || rerunsSafely(writer)))) {
                continue;
            }
            // Publishes alone route messages (one queue per channel or event type): no saved state for a lost publish to contradict.
            if (hidden.length === 0 && effects.every((effect) => effect.stores.every((store) => store.kind === 'queue'))) {
                continue;
            }
            // The orchestrator of a declared saga runs every step it calls inside that saga, the failure paths included;
            // a durable workflow engine (Step Functions) runs each execution's steps with their retries and caught failures.
            const uncovered = orchestratesSaga(effects, index) || runsDurableSteps(writer, index) ? [] : effects.filter((effect) => !isCoveredWithAnother(effect, effects, index, design));
            if (uncovered.length > 0) {
                cases.push({ writers: [writer], effects, uncovered, hidden: hidden.length > 0, unprotected: unprotectedOver(uncovered, index) });
            }
        }
        mergeCopies(groupSameWrites(cases).map(finding)).forEach(report);
    }
});

/**
 * A durable workflow engine (Step Functions, Temporal) runs each execution's
 * steps with their retries and caught failures; so does a worker that takes
 * its tasks from one (a Temporal worker polling its task queue runs the
 * workflow's activities, each recorded in the workflow's history and retried).
 */
function runsDurableSteps(writer: Component, index: DesignIndex): boolean {
    return writer.engine?.durableWorkflow === true
        || (writer.kind === 'worker' && index.outgoing(writer).some((connection) => connection.target.engine?.durableWorkflow === true));
}

/**
 * A writer stated idempotent (a job, or a service whose callers may repeat a
 * request): running it again after it stopped between its own writes
 * completes them, and a repeated write is harmless by that statement.
 */
function rerunsSafely(writer: Component): boolean {
    return writer.properties.boolean('idempotent') === true;
}

/** Some of the writer's own effects is a publish into a queue. */
function publishes(effects: readonly Effect[]): boolean {
    return effects.some((effect) => effect.stores.some((store) => store.kind === 'queue'));
}

/** Kinds whose connection to a writer delivers messages, changes or probes, not requests. */
const PASSIVE_SOURCES: ReadonlySet<ComponentKind> = new Set(['queue', 'database', 'storage', 'monitoring']);

/**
 * Something calls the writer synchronously (a client, a gateway, another
 * service): its operations start from requests, not only from the messages
 * it consumes, so a redelivery does not replay them.
 */
function servesRequests(writer: Component, index: DesignIndex): boolean {
    return index.incoming(writer).some((connection) => connection.mode === 'sync' && !PASSIVE_SOURCES.has(connection.source.kind)
        && connection.properties.string('uses') !== 'telemetry');
}

/**
 * Write-once storage (`immutable: true`: content-addressed blocks, a
 * write-once archive) holds nothing a failure must undo: an object written
 * before the operation failed is at most unreferenced, and a retry writes the
 * same content again, so it is no second change to keep in step.
 */
function isWriteOnce(store: Component): boolean {
    return store.kind === 'storage' && store.properties.boolean('immutable') === true;
}

/**
 * A store stated `derived: true` (a parser cache of rendered pages, a
 * materialized view) holds only what is rebuilt from other stores: like a
 * cache, a write to it is a copy, not a second truth a failure could leave
 * disagreeing. A search index is such a copy unless it says `derived: false`
 * (the only record of what it holds): reindexing repairs a missed update,
 * as the other rules already read it (no backup asked, no duplicate feared).
 */
function isDerived(store: Component): boolean {
    return store.properties.boolean('derived') ?? store.kind === 'search';
}

/** The stores whose writes an operation must keep in step: neither write-once nor derived. */
function holdsRecords(write: StoreWrite): boolean {
    return !isWriteOnce(write.store) && !isDerived(write.store);
}

/** Stores whose unstated access is taken as a write next to a publish: databases and object storage hold the state an event announces. */
const STATE_KINDS: ReadonlySet<ComponentKind> = new Set(['database', 'storage']);

/**
 * The stores the writer writes itself: those stated as writes, and, when the
 * writer publishes into a queue, the databases it reaches with no stated
 * access (an event published by a service announces a change it saved; an
 * unstated access is the language's reads-and-writes).
 */
function directEffects(writer: Component, index: DesignIndex): Effect[] {
    // A store written only when another cannot be reached (a disk queue
    // while the broker is down) takes the write instead of it, not besides.
    const writes = storeWritesOf(writer, index).filter((write) => holdsRecords(write) && !writesBackToOwnQueue(writer, write.store, index) && !onFailureOnly(write.connection));
    const stated = writes.filter((write) => write.stated).map((write): Effect => ({ connection: write.connection, stores: [write.store], unstated: [] }));
    // The stated writes already make a dual write: an assumed one would only turn the finding into a question.
    const publishes = writes.some((write) => write.store.kind === 'queue');
    if (stated.length >= 2 || !publishes) {
        return stated;
    }
    // The event announces a change saved in the one store beside it; with several, which one is saved is anyone's guess.
    const assumed = writes.filter((write) => !write.stated && STATE_KINDS.has(write.store.kind) && write.connection.access === undefined);
    if (assumed.length > 1) {
        return stated;
    }
    return writes
        .filter((write) => write.stated || assumed.includes(write))
        .map((write): Effect => ({ connection: write.connection, stores: [write.store], unstated: write.stated ? [] : [write.connection] }));
}

/** The services the writer calls synchronously (not to read) that write their own stores, each once. */
function hiddenEffects(writer: Component, design: Design, index: DesignIndex): Effect[] {
    const graph = syncServiceGraphOf(design);
    const node = graph.node(writer);
    if (node === undefined) {
        return [];
    }
    const seen = new Set<Component>([writer]);
    const effects: Effect[] = [];
    for (const call of graph.calls[node]) {
        const callee = graph.services[call.to];
        // A call that starts a run (a scheduler's trigger, a job submitted) hands the work over: the run's writes are its own operation.
        if (call.connection.access === 'reads' || onFailureOnly(call.connection) || startsRun(call.connection) || seen.has(callee)) {
            continue;
        }
        seen.add(callee);
        const effect = effectBehind(call.connection, callee, index) ?? chargeOf(call.connection);
        if (effect) {
            effects.push(effect);
        }
    }
    // A call that carries payment data to a payment service or provider takes the payment: a change no retry undoes.
    for (const connection of index.outgoing(writer).filter((candidate) => !seen.has(candidate.target))) {
        const charge = chargeOf(connection);
        if (charge) {
            seen.add(connection.target);
            effects.push(charge);
        }
    }
    // An identity provider asked to create or change a user (a call stated as a write) writes its user store.
    for (const connection of index.outgoing(writer).filter((candidate) => candidate.target.kind === 'idp' && statesWrite(candidate) && !seen.has(candidate.target))) {
        seen.add(connection.target);
        const effect = effectBehind(connection, connection.target, index);
        if (effect) {
            effects.push(effect);
        }
    }
    return effects;
}

/** The payment a call takes, when it is a charge (see isCharge). */
function chargeOf(connection: Connection): Effect | undefined {
    return isCharge(connection) ? { connection, via: connection.target, stores: [], unstated: [connection], charge: true } : undefined;
}

/** A synchronous call, not stated as a read, that carries payment data (`data: [payment]` on the call) to a service, function, gateway or external provider. */
function isCharge(connection: Connection): boolean {
    return connection.mode === 'sync' && connection.access !== 'reads' && CHARGED_KINDS.has(connection.target.kind)
        && (connection.properties.words('data') ?? []).includes('payment');
}

/**
 * The writer orchestrates a declared saga: one `saga` transaction writes
 * stores of two of its effects. Its other calls (a notification, a
 * dead-letter message on the failure path) are further steps of the same
 * orchestration, whose failures the saga handles with its compensations.
 */
function orchestratesSaga(effects: readonly Effect[], index: DesignIndex): boolean {
    const sagas = new Set(effects.flatMap((effect) => effect.stores.flatMap((store) => index.transactionsWriting(store))));
    return [...sagas].some((transaction) => transaction.properties.string('protocol') === 'saga'
        && effects.filter((effect) => effect.stores.some((store) => transaction.writes.includes(store))).length >= 2);
}

/** What a call changes through the stores its callee writes; undefined when the callee writes none. */
function effectBehind(call: Connection, callee: Component, index: DesignIndex): Effect | undefined {
    // A call with no stated access whose words say it looks something up (a random record, a schema) reads an answer: no write behind it.
    if (looksUp(call)) {
        return undefined;
    }
    const writes = storeWritesOf(callee, index).filter(holdsRecords);
    if (writes.length === 0) {
        return undefined;
    }
    const unstated = [...(statesWrite(call) ? [] : [call]), ...writes.filter((write) => !write.stated).map((write) => write.connection)];
    return { connection: call, via: callee, stores: writes.map((write) => write.store), unstated };
}

/** Writers that write the same stores outside any transaction: one transaction over those stores settles them all. */
interface DualWrite {
    readonly writers: readonly Component[];
    readonly effects: readonly Effect[];
    readonly uncovered: readonly Effect[];
    /** A transaction over the writes that states `protocol: none`. */
    readonly unprotected?: Transaction;
    readonly hidden: boolean;
}

/**
 * Direct dual writes of the same stores by several writers (each service
 * saving to one database and publishing to one broker) are one decision: a
 * transaction (outbox) over those stores covers every writer, and so does one
 * over a wider set that includes them (a writer whose stores are all among
 * another's). Writes behind calls stay per writer, since each orchestration
 * needs its own saga.
 */
function groupSameWrites(cases: readonly DualWrite[]): DualWrite[] {
    const grouped: DualWrite[] = [];
    for (const current of cases) {
        const at = current.hidden ? -1 : grouped.findIndex((kept) => !kept.hidden && nested(storesOf(kept), storesOf(current)));
        if (at < 0) {
            grouped.push(current);
            continue;
        }
        const kept = grouped[at];
        grouped[at] = { ...kept, writers: [...kept.writers, ...current.writers], effects: [...kept.effects, ...current.effects], uncovered: [...kept.uncovered, ...current.uncovered] };
    }
    return grouped;
}

function storesOf(dualWrite: DualWrite): Set<Component> {
    return new Set(dualWrite.effects.flatMap((effect) => effect.stores));
}

/** One set holds the other. */
function nested(left: ReadonlySet<Component>, right: ReadonlySet<Component>): boolean {
    const within = (inner: ReadonlySet<Component>, outer: ReadonlySet<Component>): boolean => [...inner].every((item) => outer.has(item));
    return within(left, right) || within(right, left);
}

function finding({ writers, effects, uncovered, hidden, unprotected }: DualWrite): Report {
    const writer = writers[0];
    const unstated = [...new Set(effects.flatMap((effect) => effect.unstated))];
    const stores = [...new Set(effects.flatMap((effect) => effect.stores))];
    const data = {
        what: joinWords(writers.map(describe)),
        does: writers.length > 1 ? 'Do' : 'Does',
        writes: writers.length > 1 ? 'between them write' : 'writes',
        effects: joinWords([...new Set(effects.map(effectText))]),
        stores: joinWords(stores.map(describe)),
        uncovered: uncovered.length === effects.length ? 'them' : `${joinWords([...new Set(uncovered.map(effectText))])} with the others`,
        unstated: unstated.length === 1 ? `${unstated[0].id} states no \`access\`, so it is taken as a write` : `${joinWords(unstated.map((connection) => connection.id))} state no \`access\`, so they are taken as writes`
    };
    return {
        // A writer the design does not describe is not reported on; the writes it is drawn making are, on the first of them.
        on: isOutOfScope(writer) ? uncovered[0].connection : writer,
        messageId: unprotected !== undefined && !hidden && unstated.length === 0 ? 'dualWriteNoProtocol' : messageIdOf(hidden, unstated.length > 0),
        data: { ...data, name: unprotected?.name ?? '' },
        basis: unstated.length > 0 ? 'assumed' : 'stated',
        assumptions: unstated.map((connection): Assumption => ({ element: connection.id, text: `${connection.id} writes (no access stated)`, settle: 'access' })),
        related: uncovered.map((effect) => ({ on: effect.connection, message: relatedText(effect) })),
        // A declared transaction with no protocol is changed by hand (its protocol), not doubled by a second declaration.
        fix: unprotected !== undefined ? undefined : {
            kind: 'add-transaction',
            title: `Declare ${hidden ? 'a saga' : 'an outbox transaction'} over the writes of ${writer.name}`,
            name: `${writer.name}Writes`,
            near: writer,
            writes: stores,
            properties: [{ key: 'protocol', value: hidden ? 'saga' : 'outbox' }, { key: 'consistency', value: 'eventual' }]
        }
    };
}

function relatedText(effect: Effect): string {
    if (effect.charge === true) {
        return `${effect.connection.id}: takes a payment outside any transaction.`;
    }
    return effect.via ? `${effect.connection.id}: ${describe(effect.via)} writes ${joinWords(effect.stores.map(describe))} outside any transaction.` : `${effect.connection.id} writes outside any transaction.`;
}

function messageIdOf(hidden: boolean, assumed: boolean): string {
    if (hidden) {
        return assumed ? 'hiddenDualWriteQuestion' : 'hiddenDualWrite';
    }
    return assumed ? 'dualWriteQuestion' : 'dualWrite';
}

/** `database Orders`, or `service Shipping (queue ShippingQueue)` for a write behind a call, or `service Payment (a payment)`. */
function effectText(effect: Effect): string {
    if (effect.charge === true) {
        return `${describe(effect.via ?? effect.connection.target)} (a payment)`;
    }
    const stores = joinWords(effect.stores.map(describe));
    return effect.via ? `${describe(effect.via)} (${stores})` : stores;
}

/** Some transaction writes one of the effect's stores together with a store of another effect. */
function isCoveredWithAnother(effect: Effect, effects: readonly Effect[], index: DesignIndex, design: Design): boolean {
    const others = new Set(effects.filter((other) => other !== effect).flatMap((other) => other.stores));
    return effect.stores.some((store) => index.transactionsWriting(store).some((transaction) => !coordinatesNothing(transaction, design)
        && transaction.writes.some((other) => other !== store && others.has(other))));
}

/**
 * A transaction stated `protocol: none` that needs no strong consistency:
 * the design says nothing keeps its writes together (a save, then a
 * fire-and-forget publish), so it covers nothing. A strong one is
 * `cap/cross-store-transaction`'s error and stays covered here.
 */
function coordinatesNothing(transaction: Transaction, design: Design): boolean {
    return transaction.properties.string('protocol') === 'none' && !isStrong(transactionNeed(transaction, design));
}

/** The `protocol: none` transaction over the uncovered writes, when there is one. */
function unprotectedOver(uncovered: readonly Effect[], index: DesignIndex): Transaction | undefined {
    return uncovered.flatMap((effect) => effect.stores.flatMap((store) => index.transactionsWriting(store)))
        .find((transaction) => transaction.properties.string('protocol') === 'none');
}
