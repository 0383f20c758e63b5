import { pathText } from '../../../estimates/estimate-text.js';
import { seconds } from '../../../estimates/figure.js';
import { defineRule } from '../../rule.js';
import { joinWords } from '../../helpers/wording.js';

export default defineRule({
    meta: {
        id: 'perf/latency-budget',
        section: 'performance-testing',
        severity: 'error',
        description: 'The estimated latency of the slowest synchronous request path exceeds `requirements.latency_p99`.',
        rationale: 'Every synchronous hop adds its own time to the request: the slowest path from a client decides the tail latency users see. When the sum already exceeds the budget on paper, it will in production too, before queueing and retries make it worse. Shorten the path (fewer synchronous hops, work moved behind a queue), make the slow hops faster (a cache in front of a store, the data in the same region), or revisit the budget.',
        question: 'Which hops on the slowest path of {design} would you cut, cache or make asynchronous to meet the p99 budget?',
        messages: {
            overBudget: 'The slowest request path {path} takes an estimated {estimate}, over the {budget} p99 budget: {derivation}.',
            assumedOverBudget: 'The slowest request path {path} would take {estimate}, over the {budget} p99 budget, but the latencies of {assumed} are the kinds\' defaults: how long does each hop take? State `latency` on them to settle it. {derivation}.'
        },
        references: ['Jeff Dean, "Latency numbers every programmer should know"', 'AWS Well-Architected REL05-BP05 Set client timeouts'],
        decisions: [
            'Latency per component: its `latency`, else its engine\'s, else the kind\'s default (docs/estimates.md); a connection with `crosses_region: true` adds a cross-region round trip (80 ms by default). The slowest path follows synchronous connections from a client; asynchronous ones add nothing to the request.',
            'Not every synchronous connection is a hop of the request: a copy from one store to another (replication, an hourly snapshot restore; a store issues no queries of its own, and a cache copying to a cache replicates) and a hand-off to a push service (an external that delivers to a client itself: the notification reaches the user later, on its own path) are left out of the path.',
            'When a latency on the path is the kind\'s default, the finding is a question at information level naming those components and `latency`.'
        ],
        quality: {
            grouping: 'One finding on the requirements, naming the slowest path; each of its components is a related line with its latency.',
            basis: 'Each component\'s latency is stated, its engine\'s, or the kind\'s default; a path with any default latency makes the finding an assumed question naming `latency`.',
            unknowns: 'Default latencies are planning figures, not proof of a missed budget: over budget on them is a question.',
            severity: 'Error when the stated and engine latencies alone exceed the stated budget (the design fails its requirement on paper); information when a latency is assumed. On the tuning corpus (67 designs) it reports one finding, a tp (a 50 ms target under a serving path the source itself measures slower); the paths it summed through an offline push and an hourly snapshot restore are gone.'
        },
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
        const assumed = estimate.value.assumptions ?? [];
        const names = [...new Set(assumed.map((assumption) => assumption.element ?? ''))].filter((name) => name !== '');
        report({
            // Where the target is written: a suppression goes above `requirements`.
            on: design.settings.requirements ?? design,
            messageId: assumed.length > 0 ? 'assumedOverBudget' : 'overBudget',
            data: { path: pathText(estimate), estimate: seconds(estimate.value.value), budget: seconds(budget), derivation: estimate.value.derivation, assumed: joinWords(names) },
            basis: estimate.value.basis ?? 'stated',
            assumptions: assumed.length > 0 ? assumed : undefined,
            related: estimate.path.map((component) => ({ on: component, message: `${component.name}: ${estimates().components.get(component)?.latency.derivation ?? ''}` }))
        });
    }
});
