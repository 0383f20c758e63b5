import type { Component } from '../../../model/design.js';
import { exactRate, share } from '../../../estimates/figure.js';
import { archDigits } from '../../../model/units.js';
import type { Fix } from '../../fix.js';
import { defineRule } from '../../rule.js';
import { describe } from '../../../model/component-facts.js';

/** Headroom the quick fix leaves over the estimated peak. */
const HEADROOM = 1.25;

export default defineRule({
    meta: {
        id: 'scale/over-capacity',
        section: 'scaling',
        severity: 'error',
        description: 'The estimated load on a component exceeds what its instances can serve.',
        rationale: 'At peak, a component asked for more than its instances can serve queues requests until they time out: latency climbs, then errors, then retries that add more load. On the request path that is an outage at the worst moment. Behind a queue the work is not lost, but the backlog grows for as long as the peak lasts. The fix is capacity where the load lands (more replicas, a higher autoscale maximum), or less load reaching it (a cache, a CDN, shards).',
        question: 'How much can one instance of {element} serve, and how many do you need for the peak with headroom?',
        messages: {
            overloaded: '{what} gets an estimated {load} at peak but its instances serve {capacity} ({utilisation}): requests queue, time out and fail. Load: {loadDerivation}. Capacity: {capacityDerivation}.',
            backlog: '{what} gets an estimated {load} at peak, behind a queue, but serves {capacity} ({utilisation}): the backlog grows for as long as the peak lasts. Load: {loadDerivation}. Capacity: {capacityDerivation}.'
        },
        fix: 'Raises `replicas` (or the `autoscale` maximum) to carry the estimated peak with 25% headroom.',
        references: ['AWS Well-Architected REL07-BP01 Use automation when obtaining or scaling resources', 'Google SRE book, ch. 21 "Handling Overload"'],
        decisions: [
            'Load is estimated from `requirements.peak_rps` and `read_ratio` as docs/estimates.md describes; capacity is instances (the autoscale maximum where set) × `capacity_rps` (the component\'s, its engine\'s, or the kind\'s default). Managed elastic services with no stated capacity (DynamoDB, S3, ALB…) are not judged.',
            'An error on the request path (requests fail); information for components fed only through queues, where overload means a growing backlog rather than failed requests.'
        ],
        examples: {
            flagged: 'requirements { peak_rps: 5k, read_ratio: 10 }\nclient U\nloadbalancer Lb { engine: alb }\nservice Api { replicas: 2, capacity_rps: 1k }\nU -> Lb -> Api : https',
            fixed: 'requirements { peak_rps: 5k, read_ratio: 10 }\nclient U\nloadbalancer Lb { engine: alb }\nservice Api { replicas: 7, capacity_rps: 1k }\nU -> Lb -> Api : https'
        }
    },
    check({ traffic, estimates, report }) {
        for (const [component, estimate] of estimates().components) {
            if (component.foreign || !estimate.load || !estimate.capacity || !estimate.utilisation || estimate.utilisation.value <= 1) {
                continue;
            }
            const onRequestPath = traffic.onRequestPath(component);
            report({
                on: component,
                messageId: onRequestPath ? 'overloaded' : 'backlog',
                severity: onRequestPath ? 'error' : 'info',
                data: {
                    what: describe(component),
                    load: exactRate(estimate.load.total.value),
                    capacity: exactRate(estimate.capacity.value),
                    utilisation: `${share(estimate.utilisation.value)} of capacity`,
                    loadDerivation: estimate.load.total.derivation,
                    capacityDerivation: estimate.capacity.derivation
                },
                fix: capacityFix(component, estimate.load.total.value, estimate.capacityPerInstance ?? estimate.load.total.value)
            });
        }
    }
});

/** Instances per shard that carry the load with headroom. */
function capacityFix(component: Component, load: number, perInstance: number): Fix {
    const shards = component.properties.number('shards') ?? 1;
    const needed = Math.max(2, Math.ceil((load * HEADROOM) / (perInstance * shards)));
    const autoscale = component.properties.block('autoscale');
    const value = autoscale
        ? `{ ${Object.entries({ ...autoscale, max: needed }).map(([key, entry]) => `${key}: ${typeof entry === 'number' ? archDigits(entry) : String(entry)}`).join(', ')} }`
        : archDigits(needed);
    return { kind: 'set-properties', title: shards > 1 ? `Run ${archDigits(needed)} instances of each shard of ${component.name}` : `Run ${archDigits(needed)} instances of ${component.name}`, target: component, properties: [{ key: autoscale ? 'autoscale' : 'replicas', value }] };
}
