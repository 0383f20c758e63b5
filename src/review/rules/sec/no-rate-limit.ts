import type { Component } from '../../../model/design.js';
import type { Fix } from '../../fix.js';
import { statesSecurity } from '../../helpers/security-scope.js';
import { defineRule } from '../../rule.js';
import { describe, EDGE_KINDS } from '../../../model/component-facts.js';
import { reportEdgeDecision, unguardedEntryHandlers } from '../../helpers/entry-path.js';
import type { Traffic } from '../../graph/traffic.js';
import type { DesignIndex } from '../../../model/design-index.js';
import { describedAs, linkDescribedAs } from '../../helpers/stated-in-words.js';

export default defineRule({
    meta: {
        id: 'sec/no-rate-limit',
        section: 'security',
        practice: true,
        severity: 'warning',
        description: 'A client reaches a service with no `rate_limit` on the service or on any CDN, load balancer or gateway on the way.',
        rationale: 'Without a rate limit, one buggy client, scraper or attacker can send as many requests as the network carries: the service and everything behind it saturate, and every other user is refused. A limit per caller at the edge (gateway, load balancer, CDN) or in the service turns a flood into rejected requests for the offender only, and keeps brute-force attacks on sign-in slow.',
        question: 'What stops one client from exhausting {element}?',
        messages: {
            noRateLimit: '{what} takes requests from clients with no rate limit on it or in front of it: one noisy or hostile caller can exhaust it, and everything behind it, for every user.',
            noRateLimitAtEdge: '{edge} passes client requests to {count} services with no rate limit on it or on them: one noisy or hostile caller can exhaust them, and everything behind them, for every user.',
            noRateLimitMany: '{count} services take requests from clients with no rate limit on them or in front of them: one noisy or hostile caller can exhaust them, and everything behind them, for every user. One decision settles them all: a per-caller limit at the edge.',
            sharedQuota: '{what} is behind {edge}, whose default throttle is one quota for every caller: a flood is capped, but can one noisy or hostile caller use the quota up and have everyone else refused? A per-caller limit (`rate_limit` with `per`) settles it.',
            sharedQuotaMany: '{count} services are behind {edge}, whose default throttle is one quota for every caller: a flood is capped, but can one noisy or hostile caller use the quota up and have everyone else refused? A per-caller limit (`rate_limit` with `per`) settles it.',
            sharedQuotaAtEdge: '{edge} throttles its {count} services by default with one quota for every caller: a flood is capped, but can one noisy or hostile caller use the quota up and have everyone else refused? A per-caller limit (`rate_limit` with `per`) settles it.'
        },
        fix: 'Sets `rate_limit: { rps: 100, per: client }` on the edge component in front of the services, or on each service when no one edge is in front of them all (adjust to capacity).',
        threagile: 'dos-risky-access-across-trust-boundary (CWE-400)',
        references: [
            'AWS Well-Architected REL05-BP02 Throttle requests',
            'OWASP API Security Top 10 API4:2023 Unrestricted Resource Consumption'
        ],
        decisions: [
            'A design that says nothing about security at all (no network, no protocol, no `auth`, `tls`, `data`, `encryption`, `waf`, `rate_limit`, `public` or `mfa`, no `security` block) left it out of scope, like a source about something else: it is not judged (sec/exposed-data-store asks the one question).',
            'Judged: services and functions a client reaches synchronously through CDNs, load balancers, gateways and DNS only; a service behind another service is protected by whatever protects its caller. An operator\'s ssh or RDP session (a connection naming no protocol or access whose words say ssh, RDP or remote desktop: administrators reaching a jump box) is not a request entry and is not followed.',
            'A `rate_limit` (a number, a block, or `true`) on the service itself or on any CDN, load balancer or gateway on the way covers the service; `rate_limit: false` does not.',
            'So does throttling the component\'s own title or description names outright where the language has no word for how ("bot blocking", "bot protection", "rate limiting", "throttling"; not "no rate limit"): the source answers the question. A stated `rate_limit` wins over the words.',
            'So does a link of the component\'s own whose words say rate limiting (a Redis it keeps its rate-limit counters in: "rate-limiting and other short-term data"): it limits its callers in its own code (field corpus, round 24: a self-hosted chat server whose Redis is "primarily our rate-limiting system").',
            'Rate limits at the edge are one decision: several unprotected services give one finding, on the gateway, load balancer or CDN that calls them all (the fix sets the limit there), or on the design, listing the services; a lone service is reported on itself.',
            'A managed gateway whose default throttle is one quota shared by every caller (Amazon API Gateway\'s account-level limit: engine fact `throttles_all_callers`) caps a flood but does not stop one caller from using the quota up: services behind it with no per-caller limit get one info question (basis engine) on the gateway, not a warning. A path that avoids the gateway is still a warning.'
        ],
        quality: {
            grouping: 'One finding for every client-facing service without a rate limit, on the edge component in front of them all (or the design), each service a related location, with one fix; a lone service is reported on itself. Services behind a gateway\'s shared default throttle are grouped the same way in their own question.',
            basis: 'Stated: `rate_limit` on services and edge components (or throttling their description names outright), and the connections clients follow; engine: a gateway\'s shared default throttle (vendor-sourced engine fact).',
            unknowns: 'Throttling a component\'s own description names outright (bot blocking, rate limiting) counts as a limit where the language has no word for how; only a declared limit counts as per caller; a gateway\'s shared default throttle turns the finding into a question; a service reached only through another service is that service\'s concern.',
            severity: 'Warning: on the 55-design tuning corpus 12 of 14 findings are concerns a reviewer raises and 2 are noise (callers that are the company\'s own apps, a WAF whose policy detail is left out), none wrong; the gap is one a reviewer raises, not a shown attack. Info for services behind a gateway\'s shared default throttle. On the 79-design corpus: 15 of 21 raised, 1 wrong, 5 noise; a jump box reached by ssh is no longer counted among the entry points.'
        },
        examples: {
            flagged: 'client Web\nservice Api { replicas: 2 }\nWeb -> Api : https',
            fixed: 'client Web\nloadbalancer Lb { engine: alb, rate_limit: 1k }\nservice Api { replicas: 2 }\nWeb -> Lb : https\nLb -> Api : https'
        }
    },
    check({ design, index, traffic, report }) {
        if (!statesSecurity(design)) {
            return;
        }
        const limits = (component: Component): boolean => limitsRate(component, index);
        const unlimited = unguardedEntryHandlers(traffic, { byComponent: limits });
        const unthrottled = new Set(unguardedEntryHandlers(traffic, { byComponent: (component) => limits(component) || throttlesAllCallers(component) }));
        reportSharedQuota(report, traffic, unlimited.filter((handler) => !unthrottled.has(handler)));
        const handlers = unlimited.filter((handler) => unthrottled.has(handler));
        reportEdgeDecision(report, traffic, {
            handlers,
            gap: 'no rate limit',
            each: (service) => ({
                on: service,
                messageId: 'noRateLimit',
                data: { what: describe(service) },
                basis: 'stated',
                fix: limitEach([service])
            }),
            once: (edge) => ({
                on: edge ?? design,
                messageId: edge ? 'noRateLimitAtEdge' : 'noRateLimitMany',
                data: { count: handlers.length, edge: edge ? describe(edge) : '' },
                basis: 'stated',
                fix: edge ? limitEach([edge]) : limitEach(handlers)
            })
        });
    }
});

/**
 * Services whose only throttle is a managed gateway's default quota, shared
 * by every caller (API Gateway's account limit): a flood is capped, one
 * caller starving the rest is not. Info: a question about per-caller limits.
 */
function reportSharedQuota(report: Parameters<typeof reportEdgeDecision>[0], traffic: Traffic, handlers: readonly Component[]): void {
    reportEdgeDecision(report, traffic, {
        handlers,
        gap: 'only a shared default throttle',
        each: (service) => ({
            on: service,
            messageId: 'sharedQuota',
            data: { what: describe(service), edge: throttlingEdgeOf(traffic, service) },
            severity: 'info',
            basis: 'engine',
            fix: limitEach([service])
        }),
        once: (edge) => ({
            on: edge ?? traffic.design,
            messageId: edge ? 'sharedQuotaAtEdge' : 'sharedQuotaMany',
            data: { count: handlers.length, edge: edge ? describe(edge) : throttlingEdgeOf(traffic, handlers[0]) },
            severity: 'info',
            basis: 'engine',
            fix: edge ? limitEach([edge]) : limitEach(handlers)
        })
    });
}

/** The gateway in front of `service` whose default throttle is shared by every caller, walking edge components back from it. */
function throttlingEdgeOf(traffic: Traffic, service: Component): string {
    const seen = new Set<Component>();
    const queue = [service];
    for (let head = 0; head < queue.length; head++) {
        for (const { source } of traffic.syncIncoming(queue[head])) {
            if (throttlesAllCallers(source)) {
                return describe(source);
            }
            if (EDGE_KINDS.has(source.kind) && !seen.has(source)) {
                seen.add(source);
                queue.push(source);
            }
        }
    }
    return 'a managed gateway';
}

/** A gateway whose engine throttles by default with one quota for every caller (engine fact). */
function throttlesAllCallers(component: Component): boolean {
    return component.engine?.throttlesAllCallers === true;
}

/**
 * Throttling a component's own words name outright ("bot blocking", "rate
 * limiting", "throttling" in its title or description): the source answers
 * the question where the language has no word for how (a load balancer's
 * bot filter).
 */
const THROTTLING_WORDS = /\b(bot[- ](blocking|protection|management|mitigation)|rate[- ]limit(ing|ed|s)?|throttl(es|ed|ing))\b/i;

function limitsRate(component: Component, index: DesignIndex): boolean {
    const stated = component.properties.enabled('rate_limit');
    if (component.properties.has('rate_limit')) {
        return stated;
    }
    return (describedAs(component, THROTTLING_WORDS) && !describedAs(component, NO_THROTTLING)) || keepsRateCounters(component, index);
}

const NO_THROTTLING = /\bno (rate[- ]limit|throttl)/i;

/**
 * The component keeps its rate-limit counters in a store it draws (a link
 * of its own whose words say rate limiting: Zulip's Redis): it limits its
 * callers itself, in its own code.
 */
function keepsRateCounters(component: Component, index: DesignIndex): boolean {
    return index.outgoing(component).some((connection) => linkDescribedAs(connection, THROTTLING_WORDS) && !linkDescribedAs(connection, NO_THROTTLING));
}

function limitEach(components: readonly Component[]): Fix {
    const properties = [{ key: 'rate_limit' as const, value: '{ rps: 100, per: client }' }];
    return components.length === 1
        ? { kind: 'set-properties', title: `Rate-limit each caller of ${components[0].name}`, target: components[0], properties }
        : { kind: 'set-properties-each', title: 'Rate-limit each caller of these services', targets: components, properties };
}
