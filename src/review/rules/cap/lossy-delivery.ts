import { defineRule } from '../../rule.js';
import { describe } from '../../../model/component-facts.js';
import { consumersOf } from '../../helpers/queue-consumers.js';
import { namesOf } from '../../helpers/wording.js';

export default defineRule({
    meta: {
        id: 'cap/lossy-delivery',
        section: 'consistency',
        severity: 'warning',
        description: 'A queue delivers at most once (auto-acknowledged, fire and forget) to consumers: a message whose handling fails is lost.',
        rationale: 'At-most-once delivery removes a message from the queue as soon as it is handed to a consumer (auto-acknowledgement, or a broker without acknowledgements). If the consumer then crashes, is redeployed or fails to handle it, nothing redelivers it: an order is never dispatched, a payment never recorded, and nobody notices. That is fine for telemetry or notifications that may be lost; for business events, acknowledge after handling (at-least-once delivery) and make the consumer idempotent.',
        question: 'What happens to a message of {element} when its consumer fails while handling it?',
        messages: {
            lossy: '{what} delivers at most once{source} to {consumers}: a message is gone once delivered, so one whose handling fails (a crash, a redeploy, an error) is lost for good. If every message matters, acknowledge after handling (at-least-once delivery) and make the consumer idempotent.'
        },
        fix: 'Sets `delivery: at_least_once` on the queue (acknowledge after handling).',
        references: ['RabbitMQ documentation, "Consumer Acknowledgements and Publisher Confirms"', 'Kleppmann, Designing Data-Intensive Applications, ch. 11 "Acknowledgments and redelivery"'],
        quality: {
            grouping: 'One finding per queue, naming its consumers: acknowledging after handling is the queue\'s (and its consumers\') one decision.',
            basis: 'Stated or engine: the queue\'s `delivery: at_most_once` (auto-acknowledgement), or its engine\'s default delivery.',
            unknowns: 'A queue whose delivery is unknown is not judged; a queue nobody consumes is not judged.',
            severity: 'Warning: losing messages is a gap a reviewer raises, unless the design says the messages may be lost (telemetry), which the design cannot state yet; 3 of 3 on the 49 tuning designs are concerns a reviewer raises (one a Kafka consumer that commits offsets automatically and logs and drops every error, one a task queue whose source says an item taken by a crashed processor was lost).'
        },
        decisions: [
            'Delivery is the queue\'s `delivery`, else its engine\'s fact; only `at_most_once` is judged (auto-acknowledgement in RabbitMQ, a consumer that commits offsets before handling in Kafka).',
            'Consumers are services, workers and functions the queue connects to, or that connect to it to read.'
        ],
        examples: {
            flagged: 'service Shop { replicas: 2 }\nqueue Orders { engine: rabbitmq, delivery: at_most_once }\nworker Dispatch { replicas: 2 }\nShop -> Orders\nOrders -> Dispatch',
            fixed: 'service Shop { replicas: 2 }\nqueue Orders { engine: rabbitmq, delivery: at_least_once }\nworker Dispatch { replicas: 2 }\nShop -> Orders\nOrders -> Dispatch'
        }
    },
    check({ index, report }) {
        for (const queue of index.ofKind('queue')) {
            const delivery = queue.properties.entry('delivery');
            const consumers = consumersOf(queue, index);
            if (delivery?.value !== 'at_most_once' || consumers.length === 0) {
                continue;
            }
            const fromEngine = delivery.source === 'engine';
            report({
                on: queue,
                messageId: 'lossy',
                data: { what: describe(queue), source: fromEngine ? ` (the ${queue.engine?.title ?? queue.engine?.id} default)` : '', consumers: namesOf(consumers.map((consumer) => consumer.component)) },
                basis: fromEngine ? 'engine' : 'stated',
                related: consumers.map((consumer) => ({ on: consumer.connection, message: `${describe(consumer.component)} consumes ${queue.name}` })),
                fix: { kind: 'set-properties', title: `Deliver ${queue.name} at least once`, target: queue, properties: [{ key: 'delivery', value: 'at_least_once' }] }
            });
        }
    }
});
