import type { Component } from '../../../model/design.js';
import { defineRule } from '../../rule.js';
import { describe } from '../../../model/component-facts.js';
import { unguardedEntryHandlers } from '../../helpers/entry-path.js';

export default defineRule({
    meta: {
        id: 'sec/no-rate-limit',
        section: 'security',
        severity: 'warning',
        description: 'A client reaches a service with no `rate_limit` on the service or on any CDN, load balancer or gateway on the way.',
        rationale: 'Without a rate limit, one buggy client, scraper or attacker can send as many requests as the network carries: the service and everything behind it saturate, and every other user is refused. A limit per caller at the edge (gateway, load balancer, CDN) or in the service turns a flood into rejected requests for the offender only, and keeps brute-force attacks on sign-in slow.',
        question: 'What stops one client from exhausting {element}?',
        messages: {
            noRateLimit: '{what} takes requests from clients with no rate limit on it or in front of it: one noisy or hostile caller can exhaust it, and everything behind it, for every user.'
        },
        fix: 'Sets `rate_limit: { rps: 100, per: client }` on the service (adjust to its capacity).',
        threagile: 'dos-risky-access-across-trust-boundary (CWE-400)',
        references: [
            'AWS Well-Architected REL05-BP02 Throttle requests',
            'OWASP API Security Top 10 API4:2023 Unrestricted Resource Consumption'
        ],
        decisions: [
            'Judged: services and functions a client reaches synchronously through CDNs, load balancers, gateways and DNS only; a service behind another service is protected by whatever protects its caller.',
            'A `rate_limit` (a number, a block, or `true`) on the service itself or on any CDN, load balancer or gateway on the way covers the service; `rate_limit: false` does not.',
            'Engines carry no rate-limit fact: a managed gateway\'s account-wide throttle does not limit one caller, so only a declared limit counts.'
        ],
        examples: {
            flagged: 'client Web\nservice Api { replicas: 2 }\nWeb -> Api : https',
            fixed: 'client Web\nloadbalancer Lb { engine: alb, rate_limit: 1k }\nservice Api { replicas: 2 }\nWeb -> Lb : https\nLb -> Api : https'
        }
    },
    check({ traffic, report }) {
        for (const service of unguardedEntryHandlers(traffic, { byComponent: limitsRate })) {
            report({
                on: service,
                messageId: 'noRateLimit',
                data: { what: describe(service) },
                fix: { kind: 'set-properties', title: `Rate-limit each caller of ${service.name}`, target: service, properties: [{ key: 'rate_limit', value: '{ rps: 100, per: client }' }] }
            });
        }
    }
});

function limitsRate(component: Component): boolean {
    return component.properties.enabled('rate_limit');
}
