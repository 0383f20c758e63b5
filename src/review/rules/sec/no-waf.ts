import type { Component, Connection, ConnectionProtocol } from '../../../model/design.js';
import type { Fix } from '../../fix.js';
import { defineRule } from '../../rule.js';
import { describe } from '../../../model/component-facts.js';
import { unguardedEntryHandlers } from '../../helpers/entry-path.js';

/** Protocols a web application firewall inspects. */
const WEB_PROTOCOLS: ReadonlySet<string> = new Set<ConnectionProtocol>(['http', 'https', 'grpc', 'grpcs', 'ws', 'wss']);

export default defineRule({
    meta: {
        id: 'sec/no-waf',
        section: 'security',
        severity: 'info',
        description: 'A client reaches a service with no `waf` on the way and none in `security`.',
        rationale: 'A web application firewall in front of public endpoints filters the common attacks (SQL injection, cross-site scripting, known exploits, bad bots) before they reach application code, and can be updated within minutes when a new vulnerability is published. It does not replace input validation, but it buys time and catches what the code misses.',
        question: 'What filters injection attempts and known exploits before they reach {element}?',
        messages: {
            noWaf: '{what} takes web requests from clients and no web application firewall filters them: injection attempts and known exploits reach its code unchecked.'
        },
        fix: 'Sets `waf: true` on the service (for a function, `security { waf: true }`).',
        threagile: 'missing-waf (CWE-1008)',
        references: [
            'AWS Well-Architected SEC05-BP03 Implement inspection-based protection',
            'OWASP Top 10 A03:2021 Injection'
        ],
        decisions: [
            'Judged: services and functions a client reaches synchronously through CDNs, load balancers, gateways and DNS only.',
            '`waf: true` on the service or on any CDN, load balancer or gateway on the way covers it; `security { waf: true }` covers the whole design.',
            'Only web traffic counts: a path over a connection whose protocol is stated and is not http, https, grpc, grpcs, ws or wss (e.g. tcp, amqp, smtp) is not followed, because a WAF does not inspect it. A connection without a protocol counts as web traffic.',
            'Engines carry no WAF fact: a CDN or load balancer can host a WAF, but only a declared one counts.'
        ],
        examples: {
            flagged: 'client Web\nservice Api { replicas: 2 }\nWeb -> Api : https',
            fixed: 'client Web\ncdn Edge { engine: cloudfront, waf: true }\nservice Api { replicas: 2 }\nWeb -> Edge : https\nEdge -> Api : https'
        }
    },
    check({ design, traffic, report }) {
        if (design.settings.security?.properties.boolean('waf') === true) {
            return;
        }
        for (const service of unguardedEntryHandlers(traffic, { byComponent: filtersRequests, byConnection: carriesNoWebTraffic })) {
            report({ on: service, messageId: 'noWaf', data: { what: describe(service) }, fix: wafFor(service) });
        }
    }
});

function filtersRequests(component: Component): boolean {
    return component.properties.boolean('waf') === true;
}

function carriesNoWebTraffic(connection: Connection): boolean {
    return connection.protocol !== undefined && !WEB_PROTOCOLS.has(connection.protocol);
}

/** Services take `waf` themselves; functions do not, so the design-wide setting is the place for them. */
function wafFor(handler: Component): Fix {
    return handler.kind === 'service'
        ? { kind: 'set-properties', title: `Filter requests to ${handler.name} with a WAF`, target: handler, properties: [{ key: 'waf', value: 'true' }] }
        : { kind: 'set-settings', title: 'Put a WAF in front of every entry point', settings: 'security', properties: [{ key: 'waf', value: 'true' }] };
}
