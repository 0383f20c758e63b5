import type { Component, Connection } from '../../../model/design.js';
import type { DesignIndex } from '../../../model/design-index.js';
import type { Basis } from '../../../model/finding.js';
import { defineRule } from '../../rule.js';
import { describe, maxInstances } from '../../../model/component-facts.js';
import { formatCount } from '../../../model/units.js';
import { listOf, unique } from '../../helpers/wording.js';
import { deliversToSubscribers } from '../../../model/routing.js';

/** `back_pressure` values that bound the backlog: producers wait, are refused, are slowed, or messages are shed. */
const BOUNDING = ['block', 'reject', 'drop', 'throttle'];

/**
 * Log-based brokers: they append to disk and expire what is older than their
 * retention, so a backlog neither fills memory nor pushes back; a lagging
 * consumer is a monitoring question, not an unbounded queue.
 */
const LOG_BROKERS = ['kafka', 'pulsar', 'kinesis', 'redpanda', 'azure_event_hubs'];

/** Messages per second in and out of a queue, as the design states them. */
interface StatedFlow {
    readonly produced: number;
    readonly drained: number;
    readonly basis: Basis;
    readonly derivation: string;
}

export default defineRule({
    meta: {
        id: 'scale/unbounded-queue',
        section: 'scaling',
        severity: 'warning',
        description: 'A queue with no `max_depth` or `back_pressure` whose producers outpace its consumers by the stated figures, or whose producer is on the request path (a question then).',
        rationale: 'A queue decouples producers from consumers only while the consumers keep up on average. When they fall behind (a burst, a slow dependency, a consumer deploy), a queue with no bound keeps accepting: the backlog grows, every message waits longer, and the broker\'s memory or disk fills until it stalls every producer at once or drops what it holds. A stated bound (`max_depth`) with a chosen behaviour when it is reached (block, reject, throttle or shed) turns that slow failure into a visible, local one: the producer slows down or tells its caller to retry.',
        question: 'What happens to {element} and the requests that feed it when its consumers fall behind?',
        messages: {
            overloaded: 'Queue {name} receives {produced} messages/s but its consumers drain at most {drained}/s ({derivation}), and it states no max_depth or back_pressure: the backlog grows by {growth} messages every second, and with it every message\'s wait and the broker\'s memory, until it stalls or drops messages.',
            unbounded: 'Queue {name} takes messages from {producers} on the request path, under a stated load of {load} requests/s, and {bound}: if its consumers fall behind a burst, does the backlog grow without bound, and with it every message\'s wait and the broker\'s memory? Assumed: they can fall behind; their capacity_rps, or max_depth and back_pressure on the queue, would settle it.'
        },
        fix: 'Sets `back_pressure: reject` on the queue (state `max_depth` as the depth it may reach).',
        references: ['AWS Builders\' Library: Avoiding insurmountable queue backlogs', 'Reactive Streams: back-pressure', 'AWS Well-Architected REL05-BP02 Throttle requests'],
        quality: {
            grouping: 'One finding per queue, on it, with its producers and consumers as related locations: the bound is the queue\'s to state.',
            basis: 'Stated or engine: the overload compares the `rps` stated on the producers\' connections with the consumers\' `capacity_rps` (stated or their engine\'s) times their instances; the request-path question rests on an assumption (that consumers can fall behind), named with the properties that settle it, so it is info.',
            unknowns: 'Log-based brokers and queues with a stated retention are bounded by time; managed queue services (SQS, Pub/Sub) and engines ArchLens does not know are not asked: the provider bounds the queue or keeps the backlog off the producers; a queue fed only off the request path, or in a design that states no load, is not asked without a stated overload.',
            severity: 'Warning when the stated figures show the backlog growing; otherwise an info question (capped by its assumed basis). On the field corpus its three questions were on demo applications that state no load, none worth raising, which is why a stated load is now required. On 85 designs (round 14): 2 findings, 1 raised, 1 noise; a queue whose consumers autoscale on its depth is no longer asked (one noise fewer).'
        },
        decisions: [
            'A queue is bounded by a stated `max_depth`, by `back_pressure: block`, `reject`, `drop` or `throttle`, or by a stated `retention` (older messages expire). A log-based broker (Kafka, Pulsar, Kinesis, Redpanda, Event Hubs) keeps its backlog on disk and expires it by retention, so it is bounded too: a lagging consumer there is a monitoring question. `back_pressure: none` states that the queue is not bounded, whatever else it says.',
            'A channel that delivers each message only to the instances subscribed at that moment (every delivery from it states `routing: subscribers`) and does not deliver at least once (Redis pub/sub: `delivery: at_most_once`, or no delivery known) keeps no backlog: a message nobody is ready for is dropped, and a subscriber that falls behind is cut off at its output buffer. Its risk is loss (`cap/lossy-delivery`), not an unbounded queue (field corpus, round 32: both such questions, Redis pub/sub fan-outs to WebSocket and collaboration servers, were wrong).',
            'Producers are the components that connect to the queue (other than to read it); consumers are those it connects to and those that read it.',
            'Overload is judged from stated figures only: the `rps` on the producers\' connections (the sum of those stated) above the sum over consumers of `capacity_rps` (stated, or the engine\'s) × instances (the autoscale maximum where set); every consumer must have a capacity. When the stated figures show the consumers keeping up, the queue is not asked about.',
            'Without a stated overload, a queue fed by a component on the request path is asked once, as information, when the design states a load (`requirements.peak_rps`, or `rps` on a producer\'s connection): whether its consumers keep up is assumed, not known. A design that states no load at all has not taken up the question, nor has one whose consumers all autoscale on the queue\'s depth (`autoscale: { metric: queue_depth }`): a backlog adds consumers, which is the design\'s answer to a burst (a stated overload is still judged). Only self-run brokers (RabbitMQ, NATS…) and queues with no engine named are asked; managed services and unknown engines are not.'
        ],
        examples: {
            flagged: 'client U\nservice Api { replicas: 2 }\nqueue Jobs { engine: rabbitmq }\nworker Mailer { capacity_rps: 50 }\nU -> Api\nApi -> Jobs { rps: 400 }\nJobs -> Mailer',
            fixed: 'client U\nservice Api { replicas: 2 }\nqueue Jobs { engine: rabbitmq, max_depth: 100k, back_pressure: reject }\nworker Mailer { capacity_rps: 50 }\nU -> Api\nApi -> Jobs { rps: 400 }\nJobs -> Mailer'
        }
    },
    check({ design, index, traffic, report }) {
        const peak = design.settings.requirements?.properties.number('peak_rps');
        for (const queue of index.ofKind('queue')) {
            if (isBounded(queue) || broadcastsLive(queue, index)) {
                continue;
            }
            const producing = index.incoming(queue).filter((connection) => connection.access !== 'reads' && connection.source.kind !== 'queue');
            const consumers = consumersOf(index, queue);
            if (producing.length === 0 || consumers.length === 0) {
                continue;
            }
            const related = [
                ...producing.map((connection) => ({ on: connection, message: `${connection.id}: produces` })),
                ...consumers.map((consumer) => ({ on: consumer, message: `${describe(consumer)}: consumes` }))
            ];
            const fix = { kind: 'set-properties', title: `Refuse new messages when ${queue.name} is full`, target: queue, properties: [{ key: 'back_pressure', value: 'reject' }] } as const;
            const flow = statedFlow(producing, consumers);
            if (flow !== undefined && flow.produced > flow.drained) {
                report({
                    on: queue,
                    messageId: 'overloaded',
                    data: { name: queue.name, produced: formatCount(flow.produced), drained: formatCount(flow.drained), derivation: flow.derivation, growth: formatCount(flow.produced - flow.drained) },
                    basis: flow.basis,
                    related,
                    fix
                });
                continue;
            }
            if (flow !== undefined) {
                continue;
            }
            const onRequestPath = unique(producing.map((connection) => connection.source)).filter((producer) => traffic.onRequestPath(producer));
            const load = producedRate(producing) ?? peak;
            if (onRequestPath.length === 0 || load === undefined || !isSelfRun(queue) || consumers.every(scalesOnQueueDepth)) {
                continue;
            }
            report({
                on: queue,
                messageId: 'unbounded',
                data: { name: queue.name, producers: listOf(onRequestPath), load: formatCount(load), bound: queue.properties.string('back_pressure') === 'none' ? 'states back_pressure: none' : 'states no max_depth or back_pressure' },
                basis: 'assumed',
                assumptions: [{ element: queue.name, text: `a burst at the stated load (${formatCount(load)} requests/s) can outpace its consumers, whose drain rate is not stated`, settle: 'max_depth and back_pressure on the queue, or capacity_rps on its consumers' }],
                related,
                fix
            });
        }
    }
});

/** A stated depth, a bounding back-pressure, a stated retention (old messages expire), or a log-based broker. */
function isBounded(queue: Component): boolean {
    const backPressure = queue.properties.string('back_pressure');
    if (backPressure !== undefined) {
        return BOUNDING.includes(backPressure);
    }
    return queue.properties.has('max_depth') || queue.properties.has('retention') || (queue.engine !== undefined && LOG_BROKERS.includes(queue.engine.id));
}

/**
 * A channel that hands each message to the instances subscribed at that moment
 * (every delivery `routing: subscribers`) and does not deliver at least once
 * (Redis pub/sub): it keeps no backlog for a subscriber that falls behind; the
 * message is dropped or the subscriber cut off, so its risk is loss, not growth.
 */
function broadcastsLive(queue: Component, index: DesignIndex): boolean {
    const deliveries = index.outgoing(queue);
    return deliveries.length > 0 && deliveries.every(deliversToSubscribers) && queue.properties.string('delivery') !== 'at_least_once';
}

/**
 * The consumer autoscales on the queue's depth (`autoscale: { metric: queue_depth }`):
 * a growing backlog adds consumers, so the design has answered whether they
 * can fall behind a burst; only a stated overload (rates against capacity) is judged then.
 */
function scalesOnQueueDepth(consumer: Component): boolean {
    return consumer.properties.block('autoscale')?.metric === 'queue_depth';
}

/** A broker the team runs (a known engine that is not a managed service), or a queue whose engine is not chosen yet. */
function isSelfRun(queue: Component): boolean {
    if (queue.engine === undefined) {
        return true;
    }
    return queue.engine.known && queue.properties.boolean('managed') !== true;
}

/** What the queue hands messages to, and what reads from it. */
function consumersOf(index: DesignIndex, queue: Component): Component[] {
    const pushed = index.outgoing(queue).map((connection) => connection.target);
    const pulling = index.incoming(queue).filter((connection) => connection.access === 'reads').map((connection) => connection.source);
    return unique([...pushed, ...pulling]);
}

/** The messages per second the producers' connections state (those that state one), if any does. */
function producedRate(producing: readonly Connection[]): number | undefined {
    const rates = producing.map((connection) => connection.properties.number('rps')).filter((rps): rps is number => rps !== undefined);
    return rates.length === 0 ? undefined : rates.reduce((sum, rps) => sum + rps, 0);
}

/** The stated produce rate and drain capacity, when the design states both. */
function statedFlow(producing: readonly Connection[], consumers: readonly Component[]): StatedFlow | undefined {
    const produced = producedRate(producing);
    const capacities = consumers.map((consumer) => ({ consumer, entry: consumer.properties.entry('capacity_rps') }));
    if (produced === undefined || capacities.some(({ entry }) => typeof entry?.value !== 'number')) {
        return undefined;
    }
    const drains = capacities.map(({ consumer, entry }) => ({ consumer, each: entry?.value as number, instances: maxInstances(consumer) }));
    return {
        produced,
        drained: drains.reduce((sum, drain) => sum + drain.each * drain.instances, 0),
        basis: capacities.every(({ entry }) => entry?.source === 'design') ? 'stated' : 'engine',
        derivation: drains.map((drain) => `${drain.consumer.name}: ${drain.instances} × ${formatCount(drain.each)}/s`).join(', ')
    };
}
