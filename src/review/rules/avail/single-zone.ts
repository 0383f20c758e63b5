import type { Component } from '../../../model/design.js';
import { defineRule } from '../../rule.js';
import { describe, minInstances } from '../../../model/component-facts.js';
import { isActiveInSeveralRegions } from '../../../model/regions.js';

/** Their failure does not fail a request of this design (as for avail/single-point-of-failure). */
const EXEMPT_KINDS = new Set(['client', 'external', 'monitoring', 'logging']);

export default defineRule({
    meta: {
        id: 'avail/single-zone',
        section: 'failure-recovery',
        severity: 'warning',
        description: 'A replicated component on the request path keeps all its instances in one availability zone.',
        rationale: 'Replicas protect against the loss of a machine, not of the building it stands in. An availability zone fails as a unit (power, cooling, network, a bad change rolled out zone by zone), and when every replica sits in the same one they all go down together. Spreading replicas over two or three zones costs little and is what "highly available" means in every cloud.',
        question: 'What happens to {element} when its availability zone goes down?',
        messages: {
            singleZone: '{what} keeps all its instances in one availability zone: a zone outage takes every one of them down at once.'
        },
        fix: 'Sets `zones` to the number of instances (2 or 3).',
        references: ['AWS Well-Architected REL10-BP01 Deploy the workload to multiple locations', 'Azure Well-Architected RE:05 Redundancy (availability zones)'],
        decisions: [
            'Only components that run two or more instances (replicas, or autoscale min ≥ 2) are judged: a single instance is `avail/single-point-of-failure`\'s error.',
            'A component spans zones with `zones: 2` or more, or `regions` listing two or more regions. An engine that is highly available on its own (ALB, CloudFront, S3, DynamoDB…) spans zones unless the design writes `zones: 1`.',
            'An `active_active` deployment is not flagged: every region serves, so a zone outage in one leaves the others serving. An `active_passive` one is: losing a zone would mean a region failover.',
            'Only the request path is judged, as for single points of failure; clients, external systems, monitoring and logging never are.'
        ],
        examples: {
            flagged: 'client U\nservice Api { replicas: 3 }\nU -> Api',
            fixed: 'client U\nservice Api { replicas: 3, zones: 3 }\nU -> Api'
        }
    },
    check({ design, traffic, report }) {
        if (isActiveInSeveralRegions(design)) {
            return;
        }
        for (const component of design.components) {
            if (EXEMPT_KINDS.has(component.kind) || !traffic.onRequestPath(component) || !isReplicated(component) || !isSingleZone(component)) {
                continue;
            }
            report({
                on: component,
                messageId: 'singleZone',
                data: { what: describe(component) },
                fix: { kind: 'set-properties', title: `Spread ${component.name} over several zones`, target: component, properties: [{ key: 'zones', value: String(zonesFor(component)) }] }
            });
        }
    }
});

function isReplicated(component: Component): boolean {
    return minInstances(component) >= 2 || component.engine?.ha === true;
}

function isSingleZone(component: Component): boolean {
    if ((component.properties.words('regions') ?? []).length >= 2) {
        return false;
    }
    const zones = component.properties.number('zones');
    // An HA engine spans zones by itself; an explicit `zones` overrides that fact.
    return zones === undefined ? component.engine?.ha !== true : zones < 2;
}

/** One zone per instance, at least two and at most three (more rarely adds anything). */
function zonesFor(component: Component): number {
    return Math.min(Math.max(minInstances(component), 2), 3);
}
