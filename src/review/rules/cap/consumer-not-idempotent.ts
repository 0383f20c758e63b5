import type { Component } from '../../../model/design.js';
import type { DesignIndex } from '../../../model/design-index.js';
import type { Report } from '../../rule-context.js';
import { describedAs } from '../../helpers/stated-in-words.js';
import { defineRule } from '../../rule.js';
import { describe, runsProduct } from '../../../model/component-facts.js';
import { reportDecision } from '../../helpers/one-decision.js';
import { type Consumer, changeRetry, changeStreamConsumers, consumersOf } from '../../helpers/queue-consumers.js';
import { mergeCopies } from '../../helpers/copies.js';
import { joinWords, namesOf } from '../../helpers/wording.js';
import { writesBackToOwnQueue } from '../../helpers/acknowledgements.js';
import { looksUp, overwritesByKey } from '../../helpers/connection-words.js';

export default defineRule({
    meta: {
        id: 'cap/consumer-not-idempotent',
        section: 'consistency',
        severity: 'info',
        description: 'A consumer of an at-least-once queue, or of a store\'s change stream, that changes something and is not stated idempotent.',
        rationale: 'A queue that delivers at least once redelivers a message whenever its acknowledgement is lost: the consumer crashed after doing the work, a rebalance moved the partition, a timeout expired. Each redelivery runs the handler again, so a payment is taken twice, an email sent twice, a counter bumped twice, unless the handler is idempotent (it records the message ids it has handled, or its writes are keyed so a repeat changes nothing). Kafka, RabbitMQ with acknowledgements, SQS and Azure Service Bus all deliver at least once by default.',
        question: 'What happens when {element} receives the same message twice?',
        messages: {
            notIdempotent: '{what} consumes {queue}, which delivers at least once{source}, and is not stated idempotent: a redelivered message runs its handler again and repeats what it changes ({effects}). De-duplicate by message id (an inbox table) or make the writes idempotent, then say `idempotent: true`.',
            changesNotIdempotent: '{what} consumes the change stream of {store}, which delivers each change at least once ({retry}), and is not stated idempotent: a retry repeats what it changes ({effects}). Make the writes idempotent (or record the last sequence number applied), then say `idempotent: true`.',
            changesNotIdempotentMany: '{count} consumers of the change stream of {store}, which delivers each change at least once ({retry}), are not stated idempotent ({consumers}): a retry runs a handler again and repeats what it changes. Make each handler\'s writes idempotent (or record the last sequence number applied), then say `idempotent: true`.',
            notIdempotentMany: '{count} consumers of {queue}, which delivers at least once{source}, are not stated idempotent ({consumers}): a redelivered message runs a handler again and repeats what it changes. One de-duplication policy (an inbox keyed by message id) settles them all; then say `idempotent: true`.'
        },
        fix: 'Sets `idempotent: true` on the consumer (once its handler de-duplicates).',
        references: ['microservices.io, "Pattern: Idempotent Consumer"', 'Kleppmann, Designing Data-Intensive Applications, ch. 11 "Idempotence"'],
        quality: {
            grouping: 'De-duplicating the consumers of one queue is one decision (an inbox policy for its handlers): two or more consumers not stated idempotent give one finding on the queue listing them, with one fix; likewise two or more consumers of one store\'s change stream give one finding on the store; a single one is reported on itself, and copies of one consumer (same kind and title, one per deployment stamp) are one finding listing the copies.',
            basis: 'The delivery guarantee is the queue\'s `delivery`, else its engine\'s fact (Kafka, RabbitMQ, SQS, Pub/Sub, Kinesis, Azure Service Bus deliver at least once); a change stream delivers each change at least once by what the design states (`uses: changes`, or a connection from a database or bucket to a handler, which is a trigger: DynamoDB Streams, a Cosmos DB change-feed trigger, S3 event notifications); idempotency is `idempotent: true` on the consumer or on the connection it receives over.',
            unknowns: 'A queue whose delivery is unknown is not judged unless a consumer of an at-least-once queue writes into it (its duplicates are relayed); one stated at most once or exactly once is not judged; a consumer that changes nothing (only reads, logs, fills a cache or updates a search index, purges a CDN, writes a derived store), that only relays messages into queues, or that reads a partitioned log on a schedule is not judged.',
            severity: 'Info: a question, since an unstated `idempotent` is unknown rather than absent (many handlers are idempotent by nature: upserts, deletes); on the 55 tuning designs 11 of its 13 findings are concerns a reviewer raises, the other 2 true but minor, once a store\'s http call to a service (an object store asking a scaler to render a thumbnail) was no longer read as a change stream; a consumer of a queue stated at most once (offsets committed on receipt) is not asked, its risk being loss (cap/lossy-delivery). On the 67 tuning designs 17 findings, 16 concerns a reviewer raises and 1 true but minor (a replayed window of averages), once CDN purges, derived stores, pipeline stages that only republish and scheduled batch jobs were no longer asked. On the 79 tuning designs 20 findings, 17 concerns a reviewer raises, 1 false and 2 true but minor, once lookups named by their words (a sentiment detected, schemas read) and keyed puts (PutObject, PutItem) were no longer counted as repeated effects. On 85 designs 22 findings, 19 raised; the job workers behind a relay that moves jobs from Kafka into Redis (a queue whose own delivery is unknown) are now asked too, the miss the labellers listed (23 findings, 20 raised).'
        },
        decisions: [
            'A schedule drawn as a queue (nothing publishes to it, and its name, title or description says schedule, cron, timer or periodic: an EventBridge rule on a timer) is not judged: its ticks carry no message whose effects a redelivery repeats, and whether the job it starts may run twice is that job\'s own question (field corpus, round 36: two EventBridge schedules starting an ETL submitter and a partition job were asked for an inbox).',
            'Consumers are services, workers and functions the queue connects to, or that connect to it to read (`access: reads` or `read_write`).',
            'A consumer is judged only when its handler changes something: it has a connection that does not only read, to anything but monitoring, logging, caches, search indexes, DNS, identity providers and coordinators.',
            '`idempotent: true` on the consumer, or on the connection from the queue, addresses it.',
            'A consumer that runs a released product (`product`: Zulip\'s or Plane\'s workers deployed from their images) is not asked: how its handler treats a message that comes twice is its vendor\'s code, which a deployment can neither see nor change (field corpus, round 32: both such findings on self-hosted product deployments were wrong or not worth raising).',
            'A queue whose own delivery is unknown delivers at least once when a service, worker or function that consumes an at-least-once queue writes into it (a relay moving jobs from Kafka into a Redis list): a relay that fails between its write and its acknowledgement is handed the message again and writes it twice, so the duplicates reach the next queue\'s consumers, which are asked; the message names the relay and the queue it relays from. A queue stated `at_most_once` or `exactly_once` is left to its statement.',
            'A service, worker or function that consumes a store\'s change stream (`uses: changes`: DynamoDB Streams, a Cosmos DB change feed, change data capture) is judged like a queue consumer: a failed batch is retried whole, so its changes are applied again (a running total counted twice). `idempotent: true` on the consumer or on that connection addresses it.',
            'A connection from a database or storage bucket to a service, worker or function is a trigger with the store\'s changes (a store makes no calls of its own): it is judged like `uses: changes`. Two or more such consumers of one store are one finding on the store.',
            'A connection from a store to a service or worker over a request/response protocol (`http`, `https`, `grpc`, `grpcs`) is a call, not a trigger: the store (through its middleware or proxy) asks a server for something and waits for the answer, such as an object store asking an image scaler to render a missing thumbnail; nothing is redelivered. A function is invoked by its platform whatever transport is named, so a store\'s connection to a function stays a trigger.',
            'A write to a cache or a search index fills a copy keyed by its source\'s ids (the same entry or document written again) and is no repeated effect, unless the cache or index is stated `derived: false`: then it is the only record of what it holds (a leaderboard kept by increments), and a repeated increment counts twice.',
            'A CDN purge is no repeated effect (invalidating a path again changes nothing), nor is a write to a store stated `derived: true` (rebuilt from its sources, like a cache), nor a worker\'s or function\'s write back into a queue only it consumes (an acknowledgement such as XACK, or a retry put back for itself).',
            'A handler whose only remaining effects are publishes into queues is a pipeline stage: a redelivery passes a duplicate message on, and the consumers that change state are asked on their own, so it is not asked. A job stated with a `schedule` that reads a partitioned log (a daily batch reading a Kafka topic by offsets) is no per-message handler and is not asked either; a scheduled job draining an unordered queue is.',
            'A connection that states no `access` and whose words say it looks something up (a label opening with get, fetch, lookup, query, detect, random, or an API such as DetectSentiment or GetObject, or naming schemas read from a registry) is a read, not a change; a write whose words name a put of one item by its key (PutObject, PutItem, an upsert, an overwrite) leaves the same item when repeated. A handler whose effects are only these is not asked.',
            'A write the handler makes over a connection stated `idempotent: true` (an upsert of one document by key) is no repeated effect: a consumer whose every write is stated so is not asked, and the others name only the writes that would repeat.'
        ],
        examples: {
            flagged: 'queue Payments { engine: sqs, dlq: true }\nworker Charger { replicas: 2 }\nexternal Psp\nPayments -> Charger\nCharger -> Psp : https',
            fixed: 'queue Payments { engine: sqs, dlq: true }\nworker Charger { replicas: 2, idempotent: true }\nexternal Psp\nPayments -> Charger\nCharger -> Psp : https'
        }
    },
    check({ index, report }) {
        const repeats = (consumer: Consumer): Consumer => ({ ...consumer, effects: repeatedEffects(consumer, index) });
        const findings: Report[] = [];
        const collect = (finding: Report): void => {
            findings.push(finding);
        };
        for (const queue of index.ofKind('queue')) {
            const guarantee = atLeastOnce(queue, index);
            if (guarantee === undefined || isTimer(queue, index)) {
                continue;
            }
            const { source, basis } = guarantee;
            const consumers = consumersOf(queue, index).map(repeats).filter((consumer) => consumer.effects.length > 0);
            const notIdempotent = consumers.filter((consumer) => !isIdempotent(consumer));
            reportDecision(collect, {
                affected: notIdempotent.map((consumer) => ({ on: consumer.component, note: `${describe(consumer.component)} changes ${namesOf(consumer.effects)}` })),
                // One inbox policy for the queue's handlers: grouped even when another consumer already de-duplicates.
                peers: notIdempotent.length,
                once: {
                    on: queue,
                    messageId: 'notIdempotentMany',
                    data: { count: notIdempotent.length, queue: describe(queue), source, consumers: namesOf(notIdempotent.map((consumer) => consumer.component)) },
                    basis,
                    fix: { kind: 'set-properties-each', title: 'Mark the consumers idempotent', targets: notIdempotent.map((consumer) => consumer.component), properties: [{ key: 'idempotent', value: 'true' }] }
                },
                each: ({ on }) => consumerFinding(notIdempotent.find((consumer) => consumer.component === on) ?? notIdempotent[0], queue, guarantee)
            });
        }
        for (const [store, consumers] of changeStreamsByStore(index)) {
            reportDecision(collect, {
                affected: consumers.map((consumer) => ({ on: consumer.component, note: `${describe(consumer.component)} changes ${namesOf(consumer.effects)}` })),
                peers: consumers.length,
                once: {
                    on: store,
                    messageId: 'changesNotIdempotentMany',
                    data: { count: consumers.length, store: describe(store), retry: changeRetry(store), consumers: namesOf(consumers.map((consumer) => consumer.component)) },
                    basis: 'stated',
                    fix: { kind: 'set-properties-each', title: 'Mark the consumers idempotent', targets: consumers.map((consumer) => consumer.component), properties: [{ key: 'idempotent', value: 'true' }] }
                },
                each: ({ on }) => changeStreamFinding(consumers.find((consumer) => consumer.component === on) ?? consumers[0], store)
            });
        }
        mergeCopies(findings).forEach(report);
    }
});

/**
 * What a second run of the handler would repeat: its effects less a CDN
 * purge (invalidating a path again changes nothing), a worker's write back
 * into the queue only it consumes (an acknowledgement or a retry, part of
 * consuming), and a store stated `derived: true` (rebuilt from its sources,
 * like a cache). A handler that then only publishes into queues passes a
 * duplicate message on, which the consumers that change state must handle
 * and are asked about on their own; and a scheduled
 * batch job reading a partitioned log is no per-message handler: neither
 * repeats anything of its own.
 */
function repeatedEffects(consumer: Consumer, index: DesignIndex): Component[] {
    if (readsLogInBatches(consumer)) {
        return [];
    }
    const effects = consumer.effects.filter((effect) => effect.kind !== 'cdn' && effect.properties.boolean('derived') !== true
        && !writesBackToOwnQueue(consumer.component, effect, index) && !onlyLooksUpOrOverwrites(consumer.component, effect, index));
    const relays = effects.every((effect) => effect.kind === 'queue');
    return relays ? [] : effects;
}

/**
 * Every connection from the handler to the effect either looks something up
 * (no `access` stated and words such as "get", "detect", "random" or a
 * schema: a read answer, no change) or puts one item by its key (PutObject,
 * PutItem, an upsert: a redelivery writes the same item again). Neither is a
 * repeated side effect.
 */
function onlyLooksUpOrOverwrites(handler: Component, effect: Component, index: DesignIndex): boolean {
    const connections = index.outgoing(handler).filter((connection) => connection.target === effect);
    return connections.length > 0 && connections.every((connection) => looksUp(connection) || overwritesByKey(connection));
}

/**
 * A job run on a `schedule` that reads a partitioned log (a Kafka topic, a
 * Kinesis stream, an event hub): it reads a range of offsets per run and
 * rewrites its output per run (versioned models, a daily table), not a
 * handler run once per message. A scheduled job draining an unordered
 * queue (SQS) still handles each message, and is asked.
 */
function readsLogInBatches(consumer: Consumer): boolean {
    const { source, target } = consumer.connection;
    const queue = source.kind === 'queue' ? source : target;
    return consumer.component.properties.string('schedule') !== undefined && queue.properties.string('ordering') === 'partition';
}

/** Each store's change-stream consumers that change something and are not stated idempotent, in declaration order. */
function changeStreamsByStore(index: DesignIndex): Map<Component, Consumer[]> {
    const byStore = new Map<Component, Consumer[]>();
    for (const { consumer: found, store } of changeStreamConsumers(index)) {
        const consumer = { ...found, effects: repeatedEffects(found, index) };
        if (consumer.effects.length > 0 && !isIdempotent(consumer)) {
            byStore.set(store, [...(byStore.get(store) ?? []), consumer]);
        }
    }
    return byStore;
}

/** A change-stream consumer: the store's stream delivers each change at least once (`uses: changes`, or a trigger from the store). */
function changeStreamFinding(consumer: Consumer, store: Component): Report {
    return {
        on: consumer.component,
        messageId: 'changesNotIdempotent',
        data: { what: describe(consumer.component), store: describe(store), retry: changeRetry(store), effects: effectsText(consumer) },
        basis: 'stated',
        fix: { kind: 'set-properties', title: `Mark ${consumer.component.name} idempotent`, target: consumer.component, properties: [{ key: 'idempotent', value: 'true' }] }
    };
}

/** The first three things a handler changes, and how many more. */
function effectsText(consumer: Consumer): string {
    return joinWords(consumer.effects.slice(0, 3).map(describe)) + (consumer.effects.length > 3 ? ` and ${consumer.effects.length - 3} more` : '');
}

/** Why the queue delivers at least once: its own guarantee (stated or its engine's), or the duplicates a relay passes on from one. */
interface Guarantee {
    readonly source: string;
    readonly basis: 'stated' | 'engine';
}

/**
 * The queue delivers at least once: its `delivery` says so (written or its
 * engine's fact), or, its own guarantee unknown, a service, worker or
 * function that consumes an at-least-once queue writes into it (a relay
 * moving jobs from Kafka into a Redis list): a relay that fails between its
 * write and its acknowledgement is handed the message again and writes it
 * again, so the queue it feeds carries the same duplicates.
 */
function atLeastOnce(queue: Component, index: DesignIndex): Guarantee | undefined {
    const delivery = queue.properties.string('delivery');
    if (delivery === 'at_least_once') {
        const engine = queue.properties.entry('delivery')?.source === 'engine';
        return { source: engine ? ` (the ${queue.engine?.title ?? queue.engine?.id} default)` : '', basis: engine ? 'engine' : 'stated' };
    }
    if (delivery !== undefined) {
        return undefined;
    }
    for (const feed of index.incoming(queue).filter((connection) => connection.access !== 'reads')) {
        const upstream = index.ofKind('queue').find((other) => other !== queue && other.properties.string('delivery') === 'at_least_once'
            && consumersOf(other, index).some((consumer) => consumer.component === feed.source));
        if (upstream !== undefined) {
            const engine = upstream.properties.entry('delivery')?.source === 'engine';
            return { source: ` (relayed by ${feed.source.name} from ${describe(upstream)}: a relay that fails between its write and its acknowledgement is handed the message again and writes it twice)`, basis: engine ? 'engine' : 'stated' };
        }
    }
    return undefined;
}

/** Words naming a timer: a schedule rule, a cron, a periodic tick. */
const TIMER_WORDS = /\b(schedules?|scheduled|cron|timers?|periodic)\b/i;

/**
 * A schedule drawn as a queue (an EventBridge rule firing on a timer):
 * nothing publishes to it, and its words say it is a schedule. Its ticks
 * carry no message whose effects a redelivery repeats; whether the job it
 * starts may run twice is that job's own question.
 */
function isTimer(queue: Component, index: DesignIndex): boolean {
    return index.incoming(queue).length === 0 && describedAs(queue, TIMER_WORDS);
}

function consumerFinding(consumer: Consumer, queue: Component, guarantee: Guarantee): Report {
    return {
        on: consumer.component,
        messageId: 'notIdempotent',
        data: { what: describe(consumer.component), queue: describe(queue), source: guarantee.source, effects: effectsText(consumer) },
        basis: guarantee.basis,
        fix: { kind: 'set-properties', title: `Mark ${consumer.component.name} idempotent`, target: consumer.component, properties: [{ key: 'idempotent', value: 'true' }] }
    };
}

/** Stated idempotent, or a released product's handler (`product`), whose de-duplication is its vendor's code, not this design's to state. */
function isIdempotent(consumer: Consumer): boolean {
    return consumer.component.properties.boolean('idempotent') === true || consumer.connection.properties.boolean('idempotent') === true || runsProduct(consumer.component);
}
