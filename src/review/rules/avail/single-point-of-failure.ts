import type { Component } from '../../../model/design.js';
import type { DesignIndex } from '../../../model/design-index.js';
import { defineRule } from '../../rule.js';
import { describe, isRedundant, replicaCount } from '../../../model/component-facts.js';
import { isLock } from '../../helpers/writes.js';

/** Observers do not fail requests when they fail (rules.md: they observe everything). */
const EXEMPT_KINDS = new Set(['client', 'external', 'monitoring', 'logging']);

const CONSEQUENCE: Readonly<Partial<Record<Component['kind'], string>>> = {
    database: 'every request that reads or writes it fails',
    cache: 'every request falls through to the store behind it at once, or fails',
    storage: 'every request that needs its objects fails',
    search: 'every search fails',
    coordinator: 'no lock can be taken and the work that needs one stops',
    idp: 'nobody can sign in'
};

export default defineRule({
    meta: {
        id: 'avail/single-point-of-failure',
        section: 'failure-recovery',
        severity: 'error',
        description: 'A component on the request path runs a single instance, or a replicated database cannot fail over.',
        rationale: 'One instance on the request path means one crash, deploy or zone outage takes the whole product down with it. Two or more instances (or a managed, multi-zone engine) let the others keep serving while one is replaced. A replicated database with `failover: none` keeps a copy of the data but not the service: writes stop until someone rebuilds the leader.',
        question: 'What happens to every request when {element} fails?',
        messages: {
            singleInstance: '{what} runs as a single instance: when it fails, {consequence}.',
            noFailover: '{what} has {replicas} replicas but failover: none: when the leader fails, writes stop until it is rebuilt by hand.'
        },
        fix: 'Sets `replicas: 2` (or `failover: auto` on a replicated database).',
        references: ['AWS Well-Architected REL10-BP01 Deploy the workload to multiple locations', 'AWS Well-Architected REL11-BP02 Fail over to healthy resources'],
        decisions: [
            'The request path is every component a client reaches over synchronous connections; workers behind a queue are not on it.',
            'Clients, external systems, monitoring and logging are never flagged: their failure does not fail a request of this design.',
            'An engine that is highly available on its own (DynamoDB, S3, ALB, CloudFront, Lambda…) counts as redundant; so does `autoscale` with `min` of 2 or more.',
            'A database with a manual failover is not flagged here (it is `avail/manual-failover`); only `failover: none` is.',
            'Components of other designs reached by `Design.Name` are left to that design\'s review.'
        ],
        examples: {
            flagged: 'client Web\nservice Api\nWeb -> Api : https',
            fixed: 'client Web\nservice Api { replicas: 2 }\nWeb -> Api : https'
        }
    },
    check({ design, index, traffic, report }) {
        for (const component of design.components) {
            if (EXEMPT_KINDS.has(component.kind) || !traffic.onRequestPath(component)) {
                continue;
            }
            if (!isRedundant(component)) {
                report({
                    on: component,
                    messageId: 'singleInstance',
                    data: { what: describe(component), consequence: consequenceOf(component, index) },
                    fix: { kind: 'set-properties', title: `Run two instances of ${component.name}`, target: component, properties: [{ key: 'replicas', value: '2' }] }
                });
            } else if (component.kind === 'database' && component.properties.string('failover') === 'none') {
                report({
                    on: component,
                    messageId: 'noFailover',
                    data: { what: describe(component), replicas: replicaCount(component) },
                    fix: { kind: 'set-properties', title: `Fail ${component.name} over automatically`, target: component, properties: [{ key: 'failover', value: 'auto' }] }
                });
            }
        }
    }
});

/** A cache that only holds locks has no store behind it to fall through to: losing it loses the locks. */
function consequenceOf(component: Component, index: DesignIndex): string {
    const callers = index.incoming(component);
    const locksOnly = component.kind === 'cache' && callers.length > 0 && callers.every(isLock);
    return (locksOnly ? CONSEQUENCE.coordinator : CONSEQUENCE[component.kind]) ?? 'every request through it fails';
}
