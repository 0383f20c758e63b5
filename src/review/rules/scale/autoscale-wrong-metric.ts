import type { Component } from '../../../model/design.js';
import type { DesignIndex } from '../../../model/design-index.js';
import { describe } from '../../../model/component-facts.js';
import { inScope } from '../../../model/out-of-scope.js';
import { joinWords } from '../../helpers/wording.js';
import { defineRule } from '../../rule.js';

/** Autoscaler metrics that count requests arriving at the instances (HTTP rate, concurrency, latency). */
const REQUEST_METRICS: ReadonlySet<string> = new Set(['rps', 'requests', 'http', 'http_requests', 'concurrency', 'latency']);

/** The kinds whose instance count the design sets; functions are scaled per event by their platform. */
const SCALED_KINDS = ['service', 'worker'] as const;

export default defineRule({
    meta: {
        id: 'scale/autoscale-wrong-metric',
        section: 'scaling',
        severity: 'warning',
        description: 'A queue consumer autoscales on a request metric (`autoscale.metric: rps`, `latency`, `concurrency`) although no request reaches it: it never scales out as the queue backs up.',
        rationale: 'An autoscaler adds instances when its metric crosses the target. A component that only takes messages from a queue receives no HTTP requests, so a request-rate, concurrency or latency metric stays at zero however long the queue grows: the consumer stays at its minimum while the backlog and the age of the oldest message climb. Queue consumers scale on what measures their work: the queue depth (KEDA\'s queue scalers, Container Apps\' Service Bus rule, an SQS ApproximateNumberOfMessages alarm).',
        question: 'What makes {element} add instances when its queue backs up?',
        messages: {
            requestMetric: '{what} takes its work only from {queues} but autoscales on {metric}: no request reaches it, so the metric stays flat and it never scales out as the queue backs up. Scale it on the queue depth.'
        },
        fix: 'Sets `autoscale.metric: queue_depth`, keeping the stated `min` and `max`.',
        references: [
            'KEDA documentation: Scalers (Azure Service Bus, RabbitMQ, AWS SQS queue)',
            'Azure Container Apps: Set scaling rules (custom and Azure Service Bus scale rules)',
            'AWS Application Auto Scaling: Scaling based on Amazon SQS'
        ],
        decisions: [
            'Judged: services and workers with a stated `autoscale.metric` (written, or from a `defaults` block) that is a request metric: `rps`, `requests`, `http`, `http_requests`, `concurrency` or `latency`. A metric that measures the work (`queue_depth`, `cpu`, `memory`) or no metric stated is not judged: CPU follows the work a consumer does, and an unstated metric is not a wrong one.',
            'Only a component whose every incoming work is a queue\'s: a queue delivers to it (`Queue -> Consumer`) or it reads from one (`Consumer -> Queue : reads`), and no other component calls it. A service that also takes requests has a request metric to follow.',
            'Functions are not judged: their platform scales them per event.',
            'Per component: each consumer\'s scaler is its own setting.'
        ],
        quality: {
            grouping: 'One finding per consumer: each has its own scaling rule, and the fix sets that one.',
            basis: 'Stated: the autoscale metric and the connections that bring the consumer its work.',
            unknowns: 'An unstated metric is not judged (not taken for a request metric); components drawn but not described (`out_of_scope: true`) are not judged.',
            severity: 'Warning: a stated scaler that cannot react to the stated load is a gap a reviewer raises (the field corpus\'s one case is a queue consumer left on the platform\'s default HTTP scaler).'
        },
        examples: {
            flagged: 'client U\nservice Api { replicas: 2 }\nqueue Jobs { engine: sqs }\nworker Resizer { autoscale: { min: 1, max: 20, metric: rps } }\nU -> Api -> Jobs\nJobs -> Resizer',
            fixed: 'client U\nservice Api { replicas: 2 }\nqueue Jobs { engine: sqs }\nworker Resizer { autoscale: { min: 1, max: 20, metric: queue_depth } }\nU -> Api -> Jobs\nJobs -> Resizer'
        }
    },
    check({ index, report }) {
        for (const component of inScope(index.ofKind(...SCALED_KINDS))) {
            const metric = autoscaleMetric(component);
            const queues = feedingQueues(component, index);
            if (component.foreign || metric === undefined || !REQUEST_METRICS.has(metric) || queues.length === 0) {
                continue;
            }
            report({
                on: component,
                messageId: 'requestMetric',
                data: { what: describe(component), queues: joinWords(queues.map(describe)), metric },
                basis: 'stated',
                fix: { kind: 'set-properties', title: `Scale ${component.name} on its queue depth`, target: component, properties: [{ key: 'autoscale', value: queueDepthScaler(component) }] }
            });
        }
    }
});

function autoscaleMetric(component: Component): string | undefined {
    const metric = component.properties.block('autoscale')?.metric;
    return typeof metric === 'string' ? metric : undefined;
}

/**
 * The queues that bring the component all its work: each queue that delivers
 * to it or that it reads from, when nothing else calls it. Empty when any
 * other component reaches it (it takes requests too) or no queue feeds it.
 */
function feedingQueues(component: Component, index: DesignIndex): Component[] {
    const incoming = index.incoming(component);
    if (incoming.some((connection) => connection.source.kind !== 'queue')) {
        return [];
    }
    const pulled = index.outgoing(component)
        .filter((connection) => connection.target.kind === 'queue' && (connection.access === 'reads' || connection.access === 'read_write'))
        .map((connection) => connection.target);
    return [...new Set([...incoming.map((connection) => connection.source), ...pulled])];
}

/** The stated bounds kept, the metric replaced. */
function queueDepthScaler(component: Component): string {
    const scaler = component.properties.block('autoscale') ?? {};
    const bounds = (['min', 'max'] as const).filter((key) => scaler[key] !== undefined).map((key) => `${key}: ${String(scaler[key])}`);
    return `{ ${[...bounds, 'metric: queue_depth'].join(', ')} }`;
}
