import type { Component, Connection, Design } from '../../../model/design.js';
import type { DesignIndex } from '../../../model/design-index.js';
import { defineRule } from '../../rule.js';
import { describe, runsProduct } from '../../../model/component-facts.js';
import { decisionScope, reportDecision } from '../../helpers/one-decision.js';
import { listOf } from '../../helpers/wording.js';
import { feedsOnlyObservers } from '../../helpers/observers.js';
import { type ChangeStreamConsumer, changeStreamConsumers } from '../../helpers/queue-consumers.js';
import type { Report } from '../../rule-context.js';
import { isNotCritical, writesOnlyToNonCritical } from '../../helpers/non-critical.js';
import { saysRequeues } from '../../helpers/connection-words.js';
import { describedAs } from '../../helpers/stated-in-words.js';

/** The kinds that consume messages. */
const CONSUMER_KINDS = new Set(['worker', 'service', 'function']);

export default defineRule({
    meta: {
        id: 'avail/queue-without-dlq',
        section: 'failure-recovery',
        severity: 'warning',
        description: 'An at-least-once queue with consumers and no dead-letter queue.',
        rationale: 'An at-least-once queue redelivers a message until a consumer acknowledges it. A message the consumer can never process (malformed, too large, hitting a bug) is then retried forever: it blocks its partition or FIFO group, burns consumer time, and the failures it causes hide among the retries. A dead-letter queue takes such a message aside after a few attempts, so the rest flows and someone can look at it.',
        question: 'Where does a message that always fails in {element} end up?',
        messages: {
            noneSetAside: 'Nothing sets a failing message aside: neither {queues} nor the change stream of {stores} has a dead-letter queue or an on-failure destination. A message or change that always fails is delivered again and again, holding up what is behind it, until it is dropped unseen. Where failing work goes is one decision for the pipeline: a dead-letter queue (`dlq: true`) on each.',
            noDlq: '{what} delivers at least once to {consumers} and has no dead-letter queue: a message that always fails is either redelivered again and again, blocking the messages behind it, or, where the consumer rejects it without requeueing, dropped unseen.',
            noDlqRequeue: '{what} delivers at least once to {consumers}, which put{s} a failing message back on it, and has no dead-letter queue: back at the tail it blocks nothing behind it, but one that always fails cycles through forever with no attempt limit, costing a round of work each time, and nobody sees it.',
            noDlqUnordered: '{what} delivers at least once to {consumers} and has no dead-letter queue: a message that always fails is delivered again and again until the broker gives up on it or it expires, and is then lost without anyone seeing it.',
            noDlqEach: 'None of the {count} at-least-once queues has a dead-letter queue ({queues}): in each, a message that always fails is delivered again and again until it is dropped or expires, unseen, and in a queue that keeps order it blocks the messages behind it meanwhile.',
            eventsNoDlq: 'The event notifications of {store} trigger {consumers} with no on-failure destination stated: an event whose handler keeps failing is retried a few times and then dropped unseen, so what it announced is never processed. Set failing events aside (an on-failure destination or dead-letter queue), then say `dlq: true` on the trigger.',
            streamNoDlq: 'The change stream of {store} triggers {consumers} with no on-failure destination stated: a change whose handler always fails is retried over and over, holding up the changes behind it in its shard, and where the stream keeps changes for a limited time (24 hours for DynamoDB Streams) it is then dropped unseen. Set failing changes aside (an on-failure destination or dead-letter queue), then say `dlq: true` on the trigger.'
        },
        fix: 'Sets `dlq: true` on the queue, or on the connections that carry a store\'s change stream to its handlers.',
        references: ['AWS Well-Architected REL05-BP04 Fail fast and limit queues', 'AWS Control Tower CT.SQS.PR.1 Require any Amazon SQS queue to have a dead-letter queue configured'],
        decisions: [
            'A queue whose every consumer is stated `critical: false`, or only writes to components that are (the loader of an analytics store whose failure the source says does not touch online work), is not judged: a poison message delays that work, and nothing a user waits on.',
            'A partitioned log (Kafka, a Kinesis stream) read only by jobs started by a schedule (`schedule: "hourly"`) is not judged: each run reads a range of offsets, so no message is redelivered on its own to block a partition, and a malformed record is a filter in the job. A scheduled job draining an unordered queue (SQS) still handles each message and is judged.',
            'Delivery is the queue\'s `delivery`, else its engine\'s (Kafka, RabbitMQ, SQS, Pub/Sub and Kinesis deliver at least once). A queue whose delivery is unknown, at most once or exactly once is not judged.',
            'Consumers are workers, services and functions the queue connects to, or that connect to it to read (`access: reads` or `read_write`). A queue nobody consumes is not judged.',
            'A queue whose every consumer is an engine that drops and logs input it cannot read (Azure Stream Analytics) loops nothing either; a log-based broker (Kafka, Event Hubs, Kinesis) is judged all the same, since a consumer of its own that fails on an event stops that partition\'s checkpoint.',
            'A queue or store whose every consumer is a function runtime that sets failing input aside on its own for that engine (engine fact `poison_queue_for`: Azure Functions\' Queue Storage and Blob Storage triggers move a message or blob that fails five times to a poison queue) is not judged: the dead-letter queue exists without being configured (round 22: a blob trigger and a storage-queue trigger were asked for one they had).',
            'A queue that is itself where failing work is set aside (its name, title or description says dead-letter, DLQ, poison, error, rejected or failed messages: a pipeline\'s error topic that a sink copies to storage) is not asked for a dead-letter queue of its own (round 27: a telemetry pipeline\'s error topic was).',
            'A queue whose every delivery states `retries: 0` redelivers nothing, so no message loops forever; a queue that only feeds observers (a metrics bus read only on the way to a dashboard) carries telemetry, which is dropped, not dead-lettered: neither is judged.',
            '`dlq: true` (written, or an engine fact such as Service Bus\'s dead-letter subqueue) addresses it; so does `dlq: true` on every delivery to its consumers (a dead-letter queue per subscription or target), and so does `dlq: true` on an outgoing connection of every consumer (a dispatch worker that sends what keeps failing at its providers to a dead-letter queue after its retries: the consumer sets failing work aside itself).',
            'The consequence named follows what the design states, never the worst case: an ordered queue\'s failing message is either redelivered, blocking what is behind it, or dropped unseen where the consumer rejects it without requeueing (a broker setting the language does not carry), and the message says both; a consumer that also writes to the queue it consumes over a connection whose label says it re-enqueues (`Relay -> Log : writes "re-enqueue on job-specific error"`) puts the failing message back at the tail, where it blocks nothing but cycles with no attempt limit, and the message says that.',
            'A queue that keeps no order (`ordering: none`, an engine fact of SQS and SNS) is told apart: its failing message blocks nothing but is retried until the broker drops it (SNS after its delivery retries, an asynchronously invoked function after two) or it expires (SQS), then lost unseen; an ordered one (a partition, a FIFO group) is held up behind it.',
            'A queue whose every consumer runs a released product (`product`: Zulip\'s or Plane\'s workers deployed from their images) is not judged: what its handlers do with a message that keeps failing (log it and set it aside, acknowledge it first) is its vendor\'s code, which the deployment does not show (field corpus, round 32: both such findings were wrong, Zulip\'s workers writing failing events to an error file and Plane\'s Celery tasks acknowledged before they run).',
            'Several at-least-once queues with no dead-letter queue at all are one decision: one finding listing them; a queue without one while its peers have one is its own finding.',
            'When no queue of the design has a dead-letter queue and a store\'s change stream has no on-failure destination either, nothing in the design sets a failing message aside: the queues and the streams are one policy, one finding listing them all.',
            'A store\'s change stream consumed by handlers (`uses: changes`, or a connection from a database or bucket to a service, worker or function: DynamoDB Streams, a Cosmos DB change-feed trigger, S3 event notifications) is judged like a queue: a change that always fails is retried over and over, blocking its shard, until it expires from the stream; a bucket\'s event is retried a few times, then dropped. `dlq: true` on the connection (an on-failure destination) or `retries: 0` settles it; one finding per store, listing the triggers without one. A store\'s request/response call (`http`, `https`, `grpc`) to a service or worker is a call, not a trigger: there are no events to retry or drop; a store\'s connection to a function stays a trigger whatever transport is named.',
            'Retrying a failing change until it expires, blocking its shard, is how the managed change streams behave (DynamoDB Streams, Cosmos DB change feed, S3 events): a store on a managed engine, or one naming no engine whose trigger the design draws (a bucket notifying a function), is judged. A store on a known self-run engine (a daemon tailing a MySQL commit log, trigger workers reading an append-only MySQL table) is followed by the design\'s own code, whose retry behaviour, retention and failure handling nothing states: it is not judged (unknown is not the worst case).'
        ],
        quality: {
            grouping: 'Dead-lettering is one decision across the at-least-once queues: when none has a dead-letter queue, one finding on the group or design lists them; a queue that lacks one while its peers have one is reported on its own. A store\'s change stream is one finding on the store, listing its triggers without an on-failure destination; when no queue has a dead-letter queue and a change stream has none either, the queues and the streams are one finding (one policy for where failing work goes).',
            basis: 'Delivery and `dlq` are stated or engine facts (Kafka, RabbitMQ, SQS, Event Hubs deliver at least once; Service Bus dead-letters by default); a change stream delivers at least once by what `uses: changes` or a trigger from the store states.',
            unknowns: 'A store\'s change stream on a known self-run engine (MySQL, PostgreSQL: tailed by the design\'s own code) is not judged. A queue whose delivery guarantee is unknown, that nobody consumes, whose deliveries state `retries: 0`, whose consumers all drop input they cannot read (an engine fact), whose consumers only feed components the source calls not critical (`critical: false`), or that only feeds observers is not judged.',
            severity: 'A warning: a poison message stalls a partition rather than failing a stated requirement. On the 55 tuning designs 10 of its 11 findings are concerns a reviewer raises, the eleventh noise; the wrong ones (a trigger that never retries, a metrics bus, event hubs read only by a Stream Analytics job that drops what it cannot read, DynamoDB stream behaviour claimed of self-run MySQL commit-log tailers) are gone. On 67 designs (round 11): 13 of 16 raised, 3 noise (a demo\'s broker setting, a bus whose failed deliveries fall back to a history, a second stream of one order pipeline); a stream that only loads an analytics store the source calls not critical is no longer flagged. On 73 designs (round 12): 15 findings, 13 raised, 2 noise; a queue and a change stream in a design that sets no failing message aside are one finding (one noise fewer), and a transcription that had dropped the source\'s DLQ on one SQS queue was corrected (one wrong finding fewer). On 79 designs (round 13): 16 findings, 13 raised, 3 noise; a Kafka topic read only by an hourly batch is no longer flagged (one noise fewer). On 85 designs (round 14): 19 findings, 15 raised, 4 noise; a consumer that dead-letters what keeps failing on its own outgoing hops (`dlq: true` on a dispatch worker\'s calls to its providers) is no longer flagged (one wrong finding fewer); the message no longer claims redelivery forever where the consumer may reject a message and drop it, and says a relay that re-enqueues a failing job cycles it at the tail rather than blocking.'
        },
        examples: {
            flagged: 'client U\nservice Api { replicas: 2 }\nqueue Jobs { engine: sqs }\nworker Mailer { replicas: 2 }\nU -> Api -> Jobs\nJobs -> Mailer',
            fixed: 'client U\nservice Api { replicas: 2 }\nqueue Jobs { engine: sqs, dlq: true }\nworker Mailer { replicas: 2 }\nU -> Api -> Jobs\nJobs -> Mailer'
        }
    },
    check({ design, index, report }) {
        const consumed = index.ofKind('queue').filter((queue) => queue.properties.string('delivery') === 'at_least_once'
            && consumersOf(queue, index).length > 0
            && !neverRedelivers(queue, index)
            && !consumersDropPoison(queue, index)
            && !consumersPoisonQueue(queue, consumersOf(queue, index))
            && !readOnlyInScheduledBatches(queue, index)
            && !feedsOnlyNonCritical(queue, index)
            && !feedsOnlyObservers(queue, index)
            && !consumersOf(queue, index).every(runsProduct)
            && !holdsFailedWork(queue));
        const without = consumed.filter((queue) => queue.properties.boolean('dlq') !== true && !everyDeliveryDeadLetters(queue, index) && !everyConsumerDeadLetters(queue, index));
        const streams = streamsWithoutDlq(index);
        // Nothing in the design sets a failing message aside: the queues and the change streams are one policy, asked once.
        if (streams.size > 0 && without.length > 0 && without.length === consumed.length) {
            report(noneSetAside(design, without, streams));
            return;
        }
        for (const [store, triggers] of streams) {
            report(streamFinding(store, triggers));
        }
        reportDecision(report, {
            affected: without.map((queue) => ({ on: queue, note: `${describe(queue)}: no dead-letter queue` })),
            peers: consumed.length,
            once: {
                on: decisionScope(design, without),
                messageId: 'noDlqEach',
                data: { count: without.length, queues: listOf(without) },
                basis: 'stated',
                fix: { kind: 'set-properties-each', title: `Give the ${without.length} queues a dead-letter queue`, targets: without, properties: [{ key: 'dlq', value: 'true' }] }
            },
            each: (item) => {
                const queue = item.on as Component;
                const requeuing = requeuingConsumers(queue, index);
                return {
                    on: queue,
                    // An unordered queue (SQS, SNS) holds nothing up behind a failing message: it retries it, then drops or expires it.
                    // A consumer that writes back to the queue it reads puts a failing message at the tail: it cycles, blocking nothing.
                    messageId: requeuing.length > 0 ? 'noDlqRequeue' : queue.properties.string('ordering') === 'none' ? 'noDlqUnordered' : 'noDlq',
                    data: { what: describe(queue), consumers: namesOf(requeuing.length > 0 ? requeuing : consumersOf(queue, index)), s: requeuing.length === 1 ? 's' : '' },
                    basis: 'stated',
                    fix: { kind: 'set-properties', title: `Give ${queue.name} a dead-letter queue`, target: queue, properties: [{ key: 'dlq', value: 'true' }] }
                };
            }
        });
    }
});

/** Words naming where failing work is set aside: a dead-letter, poison, error or rejected-messages queue. */
const SET_ASIDE_WORDS = /\b(dlq|dead[- ]?letters?|poison|errors?|rejected|rejects|failed|failures)\b/i;

/**
 * The queue is itself where failing work is set aside: its name or title
 * says dead-letter, poison, error or rejected messages (a pipeline's error
 * topic that a sink copies to storage for backfill). Asking it for a
 * dead-letter queue of its own asks where the dead letters' dead letters go.
 */
function holdsFailedWork(queue: Component): boolean {
    return describedAs(queue, SET_ASIDE_WORDS);
}

/**
 * The stores (not on a self-run engine) whose change stream reaches handlers over connections that
 * neither set failing changes aside (`dlq: true`) nor give up at once
 * (`retries: 0`), with those handlers, in declaration order.
 */
function streamsWithoutDlq(index: DesignIndex): Map<Component, ChangeStreamConsumer[]> {
    const byStore = new Map<Component, ChangeStreamConsumer[]>();
    for (const found of changeStreamConsumers(index)) {
        const { connection } = found.consumer;
        if (!isSelfRunEngine(found.store) && connection.properties.boolean('dlq') !== true && connection.properties.number('retries') !== 0
            && !consumersPoisonQueue(found.store, [found.consumer.component])) {
            byStore.set(found.store, [...(byStore.get(found.store) ?? []), found]);
        }
    }
    return byStore;
}

/**
 * A known engine that is not a managed product (MySQL, PostgreSQL run by the
 * design): its change log is tailed by the design's own code, whose retries
 * and retention no vendor fact states.
 */
function isSelfRunEngine(store: Component): boolean {
    return store.engine !== undefined && store.engine.known && store.engine.managed !== true;
}

/** One finding for a design that sets no failing message aside anywhere: its queues and its stores' change streams, each a related line. */
function noneSetAside(design: Design, queues: readonly Component[], streams: ReadonlyMap<Component, ChangeStreamConsumer[]>): Report {
    const stores = [...streams.keys()];
    const connections = [...streams.values()].flat().map((found) => found.consumer.connection);
    return {
        on: decisionScope(design, [...queues, ...stores]),
        messageId: 'noneSetAside',
        data: { queues: listOf(queues), stores: listOf(stores) },
        basis: 'stated',
        related: [
            ...queues.map((queue) => ({ on: queue, message: `${describe(queue)}: no dead-letter queue` })),
            ...connections.map((connection) => ({ on: connection, message: `${connection.source.name}->${connection.target.name}: no on-failure destination` }))
        ]
    };
}

function streamFinding(store: Component, triggers: readonly ChangeStreamConsumer[]): Report {
    const connections = triggers.map((found) => found.consumer.connection);
    return {
        on: store,
        // A bucket's events are invoked one by one and dropped after a few retries; a table's stream blocks its shard.
        messageId: store.kind === 'storage' ? 'eventsNoDlq' : 'streamNoDlq',
        data: { store: describe(store), consumers: namesOf(triggers.map((found) => found.consumer.component)) },
        basis: 'stated',
        related: connections.map((connection) => ({ on: connection, message: `${connection.source.name}->${connection.target.name}: no on-failure destination` })),
        fix: { kind: 'set-properties-each', title: 'Set failing changes aside', targets: connections, properties: [{ key: 'dlq', value: 'true' }] }
    };
}

/**
 * Every delivery to its consumers states `retries: 0`: a message that fails
 * is not handed over again (the consumer handles failures itself, or loses
 * the message), so nothing is redelivered forever.
 */
function neverRedelivers(queue: Component, index: DesignIndex): boolean {
    const deliveries = deliveriesOf(queue, index);
    return deliveries.length > 0 && deliveries.every((connection) => connection.properties.number('retries') === 0);
}

/**
 * Every delivery to its consumers states `dlq: true`: each subscription sets
 * failing messages aside on its own (an EventBridge target's dead-letter
 * queue, a Pub/Sub subscription's dead-letter topic).
 */
function everyDeliveryDeadLetters(queue: Component, index: DesignIndex): boolean {
    const deliveries = deliveriesOf(queue, index);
    return deliveries.length > 0 && deliveries.every((connection) => connection.properties.boolean('dlq') === true);
}

/**
 * Every consumer states `dlq: true` on a connection of its own (a dispatch
 * worker's calls to the providers it delivers to): the consumer sets what
 * keeps failing aside itself, after its retries, so the queue's message is
 * settled either way.
 */
function everyConsumerDeadLetters(queue: Component, index: DesignIndex): boolean {
    const consumers = consumersOf(queue, index);
    return consumers.length > 0 && consumers.every((consumer) => index.outgoing(consumer).some((connection) => connection.properties.boolean('dlq') === true));
}

/**
 * The consumers that also write to the queue they consume, over a connection of
 * their own whose label says it re-enqueues (a relay that re-enqueues a failing
 * job): a failing message goes back at the tail. A consumer publishing its own
 * events to the bus it reads (most event buses) says nothing of failures, and
 * one `read_write` connection says no more than that it consumes.
 */
function requeuingConsumers(queue: Component, index: DesignIndex): Component[] {
    return consumersOf(queue, index).filter((consumer) => index.outgoing(consumer).some((connection) => connection.target === queue && connection.access === 'writes'
        && saysRequeues(connection)));
}

/** The connections a queue's messages reach its consumers over: pushed to them, or pulled by them. */
function deliveriesOf(queue: Component, index: DesignIndex): Connection[] {
    return [
        ...index.outgoing(queue).filter((connection) => CONSUMER_KINDS.has(connection.target.kind)),
        ...index.incoming(queue).filter((connection) => CONSUMER_KINDS.has(connection.source.kind) && (connection.access === 'reads' || connection.access === 'read_write'))
    ];
}

/**
 * Every consumer is stated `critical: false` or only writes to components
 * that are (the loader of an analytics store whose failure the source says
 * does not touch online work): a poison message delays that work and
 * nothing a user waits on.
 */
function feedsOnlyNonCritical(queue: Component, index: DesignIndex): boolean {
    return consumersOf(queue, index).every((consumer) => isNotCritical(consumer) || writesOnlyToNonCritical(consumer, index));
}

/**
 * Every consumer is an engine that drops and logs input it cannot read (a
 * managed stream-processing job): a poison message is skipped, not handed
 * to it again and again, so it blocks nothing.
 */
function consumersDropPoison(queue: Component, index: DesignIndex): boolean {
    const consumers = consumersOf(queue, index);
    return consumers.length > 0 && consumers.every((consumer) => consumer.engine?.dropsPoisonInput === true);
}

/**
 * Every consumer is a function runtime whose trigger on this queue's or
 * store's engine sets what keeps failing aside on its own (Azure Functions on
 * Queue or Blob Storage: a poison queue after five tries): the dead-letter
 * queue exists without being configured.
 */
function consumersPoisonQueue(source: Component, consumers: readonly Component[]): boolean {
    const engine = source.engine?.id;
    return engine !== undefined && consumers.length > 0 && consumers.every((consumer) => consumer.engine?.poisonQueueFor?.includes(engine) === true);
}

/**
 * A partitioned log (Kafka, a Kinesis stream) read only by jobs started by
 * a schedule (`schedule: "hourly"`: an aggregation over the last hour): each
 * run reads a range of offsets, so no message is redelivered on its own to
 * block a partition; a malformed record is a filter in the job, not a
 * dead-letter decision.
 */
function readOnlyInScheduledBatches(queue: Component, index: DesignIndex): boolean {
    const consumers = consumersOf(queue, index);
    return queue.properties.string('ordering') === 'partition' && consumers.length > 0 && consumers.every((consumer) => consumer.properties.string('schedule') !== undefined);
}

function consumersOf(queue: Component, index: DesignIndex): Component[] {
    const pushedTo = index.outgoing(queue).map((connection) => connection.target);
    const pulling = index.incoming(queue)
        .filter((connection) => connection.access === 'reads' || connection.access === 'read_write')
        .map((connection) => connection.source);
    return [...new Set([...pushedTo, ...pulling])].filter((component) => CONSUMER_KINDS.has(component.kind));
}

/** `worker Mailer`, `worker A and service B`, or `worker A, worker B and 3 more`. */
function namesOf(consumers: readonly Component[]): string {
    const named = consumers.slice(0, 2).map(describe);
    const more = consumers.length - named.length;
    if (more > 0) {
        return `${named.join(', ')} and ${more} more`;
    }
    return named.join(' and ');
}
