import type { Component } from '../../../model/design.js';
import { describe, minInstances, REPLICAS_MANY } from '../../../model/component-facts.js';
import { inScope } from '../../../model/out-of-scope.js';
import { defineRule } from '../../rule.js';

export default defineRule({
    meta: {
        id: 'avail/blocking-disruption-budget',
        section: 'failure-recovery',
        severity: 'warning',
        description: 'A disruption budget (`disruption_budget`, a Kubernetes PodDisruptionBudget) that lets voluntary evictions take none of the component\'s instances: `max_unavailable: 0`, or `min_available` as high as its instance count.',
        rationale: 'A PodDisruptionBudget tells Kubernetes how many pods of a workload a voluntary eviction (draining a node for maintenance, a cluster upgrade, the autoscaler removing a node) may take down at once. One that allows none makes every drain of a node holding one of those pods wait forever: upgrades and node replacements stall until someone deletes the budget by hand, usually in the middle of the maintenance window. The budget was meant to keep the workload available during drains; with two or more replicas, letting one go at a time does that, and lets the drain proceed.',
        question: 'What happens to a node drain or a cluster upgrade that reaches a pod of {element}?',
        messages: {
            blocks: '{what} has a disruption budget that lets no instance be evicted ({budget}): every node drain or cluster upgrade that reaches one of its pods waits until someone deletes the budget or adds instances. Let one go at a time (`max_unavailable: 1`) with two or more replicas.'
        },
        fix: 'Sets `disruption_budget: { max_unavailable: 1 }`.',
        references: ['Kubernetes documentation: Specifying a Disruption Budget for your Application', 'Kubernetes documentation: Disruptions'],
        quality: {
            grouping: 'Per component: each budget is its own resource, written for its own workload.',
            basis: 'Stated: `disruption_budget` (written by an import from a PodDisruptionBudget that selects the workload\'s pods, percentages counted against its replicas) and the instance count.',
            unknowns: 'A component with no budget is not judged (a missing budget only lets a drain take several pods at once, a question for the platform, not a stall); a `min_available` is compared with a stated instance count or the autoscaler\'s minimum, never with an assumed one: with `replicas: many` only `max_unavailable: 0` is judged.',
            severity: 'A warning: a stated setting that stalls every node drain of the cluster until someone intervenes, though the workload itself keeps serving.'
        },
        decisions: [
            '`max_unavailable: 0` always blocks; `min_available` blocks when it is at least the instances always running (the replicas, or the autoscaler\'s minimum).',
            'A budget that lets one instance go is enough: how many a drain may take at once beyond that is the team\'s trade-off.'
        ],
        examples: {
            flagged: 'service Api { replicas: 2, disruption_budget: { min_available: 2 } }',
            fixed: 'service Api { replicas: 2, disruption_budget: { max_unavailable: 1 } }'
        }
    },
    check({ design, report }) {
        for (const component of inScope(design.components.filter((candidate) => !candidate.foreign))) {
            const budget = blockingBudget(component);
            if (budget !== undefined) {
                report({
                    on: component,
                    messageId: 'blocks',
                    data: { what: describe(component), budget },
                    basis: 'stated',
                    fix: { kind: 'set-properties', title: `Let drains evict one instance of ${component.name} at a time`, target: component, properties: [{ key: 'disruption_budget', value: '{ max_unavailable: 1 }' }] }
                });
            }
        }
    }
});

/** `max_unavailable: 0`, or `min_available: 2 of 2 instances`: the budget that lets no instance go; undefined when it lets one go or none is stated. */
function blockingBudget(component: Component): string | undefined {
    const budget = component.properties.block('disruption_budget');
    const maxUnavailable = budget?.max_unavailable;
    if (maxUnavailable === 0) {
        return 'max_unavailable: 0';
    }
    const minAvailable = budget?.min_available;
    if (typeof minAvailable !== 'number' || component.properties.get('replicas') === REPLICAS_MANY) {
        return undefined;
    }
    const instances = minInstances(component);
    return minAvailable >= instances ? `min_available: ${minAvailable} of ${instances} instance${instances === 1 ? '' : 's'}` : undefined;
}
