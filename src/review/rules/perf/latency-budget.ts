import { pathText } from '../../../estimates/estimate-text.js';
import { seconds } from '../../../estimates/figure.js';
import { defineRule } from '../../rule.js';

export default defineRule({
    meta: {
        id: 'perf/latency-budget',
        section: 'performance-testing',
        severity: 'error',
        description: 'The estimated latency of the slowest synchronous request path exceeds `requirements.latency_p99`.',
        rationale: 'Every synchronous hop adds its own time to the request: the slowest path from a client decides the tail latency users see. When the sum already exceeds the budget on paper, it will in production too, before queueing and retries make it worse. Shorten the path (fewer synchronous hops, work moved behind a queue), make the slow hops faster (a cache in front of a store, the data in the same region), or revisit the budget.',
        question: 'Which hops on the slowest path of {design} would you cut, cache or make asynchronous to meet the p99 budget?',
        messages: {
            overBudget: 'The slowest request path {path} takes an estimated {estimate}, over the {budget} p99 budget: {derivation}.'
        },
        references: ['Jeff Dean, "Latency numbers every programmer should know"', 'AWS Well-Architected REL05-BP05 Set client timeouts'],
        decisions: [
            'Latency per component: its `latency`, else its engine\'s, else the kind\'s default (docs/estimates.md); a connection with `crosses_region: true` adds a cross-region round trip (80 ms by default). The slowest path follows synchronous connections from a client; asynchronous ones add nothing to the request.'
        ],
        examples: {
            flagged: 'requirements { latency_p99: 50ms }\nclient U\nservice A { replicas: 2 }\nservice B { replicas: 2 }\nU -> A : https\nA -> B { protocol: grpcs, crosses_region: true }',
            fixed: 'requirements { latency_p99: 150ms }\nclient U\nservice A { replicas: 2 }\nservice B { replicas: 2 }\nU -> A : https\nA -> B { protocol: grpcs, crosses_region: true }'
        }
    },
    check({ design, estimates, report }) {
        const budget = design.settings.requirements?.properties.number('latency_p99');
        const estimate = estimates().latency;
        if (budget === undefined || !estimate || estimate.value.value <= budget) {
            return;
        }
        report({
            // Where the target is written: a suppression goes above `requirements`.
            on: design.settings.requirements ?? design,
            messageId: 'overBudget',
            data: { path: pathText(estimate), estimate: seconds(estimate.value.value), budget: seconds(budget), derivation: estimate.value.derivation },
            related: estimate.path.map((component) => ({ on: component, message: `${component.name}: ${estimates().components.get(component)?.latency.derivation ?? ''}` }))
        });
    }
});
