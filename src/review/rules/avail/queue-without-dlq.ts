import type { Component } from '../../../model/design.js';
import type { DesignIndex } from '../../../model/design-index.js';
import { defineRule } from '../../rule.js';
import { describe } from '../../../model/component-facts.js';

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
            noDlq: '{what} delivers at least once to {consumers} and has no dead-letter queue: a message that always fails is redelivered forever, blocking the messages behind it.'
        },
        fix: 'Sets `dlq: true`.',
        references: ['AWS Well-Architected REL05-BP04 Fail fast and limit queues', 'AWS Control Tower CT.SQS.PR.1 Require any Amazon SQS queue to have a dead-letter queue configured'],
        decisions: [
            'Delivery is the queue\'s `delivery`, else its engine\'s (Kafka, RabbitMQ, SQS, Pub/Sub and Kinesis deliver at least once). A queue whose delivery is unknown, at most once or exactly once is not judged.',
            'Consumers are workers, services and functions the queue connects to, or that connect to it to read (`access: reads` or `read_write`). A queue nobody consumes is not judged.',
            '`dlq: true` addresses it.'
        ],
        examples: {
            flagged: 'client U\nservice Api { replicas: 2 }\nqueue Jobs { engine: sqs }\nworker Mailer { replicas: 2 }\nU -> Api -> Jobs\nJobs -> Mailer',
            fixed: 'client U\nservice Api { replicas: 2 }\nqueue Jobs { engine: sqs, dlq: true }\nworker Mailer { replicas: 2 }\nU -> Api -> Jobs\nJobs -> Mailer'
        }
    },
    check({ index, report }) {
        for (const queue of index.ofKind('queue')) {
            if (queue.properties.string('delivery') !== 'at_least_once' || queue.properties.boolean('dlq') === true) {
                continue;
            }
            const consumers = consumersOf(queue, index);
            if (consumers.length === 0) {
                continue;
            }
            report({
                on: queue,
                messageId: 'noDlq',
                data: { what: describe(queue), consumers: namesOf(consumers) },
                fix: { kind: 'set-properties', title: `Give ${queue.name} a dead-letter queue`, target: queue, properties: [{ key: 'dlq', value: 'true' }] }
            });
        }
    }
});

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
