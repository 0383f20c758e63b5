import type { Component, Connection, ConnectionProtocol } from '../../../model/design.js';
import type { Fix } from '../../fix.js';
import { statesSecurity } from '../../helpers/security-scope.js';
import { defineRule } from '../../rule.js';
import { describe, EDGE_KINDS } from '../../../model/component-facts.js';
import { authScheme } from '../../helpers/authentication.js';
import { reportEdgeDecision, unguardedEntryHandlers } from '../../helpers/entry-path.js';
import { dataClassOf } from '../../helpers/data-classes.js';
import { openEntryHandlers } from '../../helpers/open-entry.js';
import { oneHostOf } from '../../helpers/network.js';

/** Protocols a web application firewall inspects. */
const WEB_PROTOCOLS: ReadonlySet<string> = new Set<ConnectionProtocol>(['http', 'https', 'grpc', 'grpcs']);

export default defineRule({
    meta: {
        id: 'sec/no-waf',
        section: 'security',
        practice: true,
        severity: 'info',
        description: 'A client reaches a service with no `waf` on the way and none in `security`.',
        rationale: 'A web application firewall in front of public endpoints filters the common attacks (SQL injection, cross-site scripting, known exploits, bad bots) before they reach application code, and can be updated within minutes when a new vulnerability is published. It does not replace input validation, but it buys time and catches what the code misses.',
        question: 'What filters injection attempts and known exploits before they reach {element}?',
        messages: {
            noWaf: '{what} takes web requests from clients and no web application firewall filters them: injection attempts and known exploits reach its code unchecked.',
            noWafAtEdge: '{edge} passes web requests from clients to {count} services and no web application firewall filters them: injection attempts and known exploits reach their code unchecked.',
            noWafMany: '{count} services take web requests from clients and no web application firewall filters them: injection attempts and known exploits reach their code unchecked. One decision settles them all: a WAF at the edge.'
        },
        fix: 'Sets `waf: true` on the edge component in front of the services, or on the one service; `security { waf: true }` when they are reached through different edges (or for a function).',
        threagile: 'missing-waf (CWE-1008)',
        references: [
            'AWS Well-Architected SEC05-BP03 Implement inspection-based protection',
            'OWASP Top 10 A03:2021 Injection'
        ],
        decisions: [
            'A design that says nothing about security at all (no network, no protocol, no `auth`, `tls`, `data`, `encryption`, `waf`, `rate_limit`, `public` or `mfa`, no `security` block) left it out of scope, like a source about something else: it is not judged (sec/exposed-data-store asks the one question).',
            'Judged: services and functions a client reaches synchronously through CDNs, load balancers, gateways and DNS only.',
            '`waf: true` on the service or on any CDN, load balancer or gateway on the way covers it; `security { waf: true }` covers the whole design.',
            'Only web requests count: a path over a connection whose protocol is stated and is not http, https, grpc or grpcs (e.g. tcp, amqp, smtp) is not followed, because a WAF does not inspect it. WebSockets (`ws`, `wss`) are not followed either: a WAF sees only the upgrade request, not the messages that follow on the open connection, so it filters nothing of a message protocol. A connection without a protocol counts as web traffic.',
            'A WAF at the edge is one decision: several unfiltered services give one finding, on the gateway, load balancer or CDN that calls them all, or on the design, listing the services; a lone service is reported on itself.',
            'A service whose `data` lists only `public` (or other non-sensitive classes), or a path over a connection that carries only such data, is not judged: public content needs no filtering.',
            'A service that nothing authenticates is left to sec/unauthenticated-entrypoint: authentication is the first question, and a WAF in front of an open API is asked after it (reviewers on the field corpus judged the WAF question noise there). A design that states the service has no WAF (`waf: false` on it, or `security { waf: false }`; e.g. a platform ingress that cannot sit behind one) is judged all the same: the gap is stated, not a question deferred.',
            'An edge component that authenticates callers itself (a gateway, load balancer or CDN with `auth`, e.g. an API gateway with a token authorizer) covers what is behind it: anonymous requests, where injection attempts and scanned exploits come from, are turned away before any application code runs, so the WAF question is a detail there (reviewers on the field corpus judged it noise). Authentication inside the service does not count: the request reaches its code first.',
            'A service on a network stated to run on one machine (`hosts: 1`: a self-hosted Compose install on one server) is not judged: a web application firewall is an edge product run in front of fleets, and for a single host the reviewer\'s questions are its exposure, TLS and patching, which other rules ask (field corpus, round 34: the WAF question on seven single-host installs, among them Mastodon, Zulip, Plane and Bitwarden, was judged not worth raising every time).',
            'A service whose engine is a provider\'s product that runs none of the customer\'s code (engine fact `provider_code`: MediaPackage, Athena) is not judged: there is no application code behind it for an injection to reach, and what it parses is the provider\'s to harden (field corpus, round 34: AWS Elemental MediaPackage serving a live stream\'s segments to CloudFront was asked for a WAF).',
            'Engines carry no WAF fact: a CDN or load balancer can host a WAF, but only a declared one counts.'
        ],
        quality: {
            grouping: 'One finding for every client-facing service without a WAF, on the edge component in front of them all (or the design), each service a related location, with one fix; a lone service is reported on itself.',
            basis: 'Stated: `waf` on services, edge components and in `security`, connection protocols, and `data`.',
            unknowns: 'Public content (`data: [public]`) silences it, and so do services on a one-host network (`hosts: 1`), and so does an edge that authenticates callers before any code runs; services nothing authenticates are left to sec/unauthenticated-entrypoint unless the design states they have no WAF (`waf: false`); only a declared WAF counts, since no engine fact says a CDN or load balancer runs one.',
            severity: 'Info: a question; reviewers on the field corpus raised it for shops and sites taking personal or payment data and found it a detail elsewhere. On the tuning corpus (67 designs): 3 of 5 findings raised; the other 2 (the app servers of a scaling talk, a notification API called by internal services and verified apps) are true but not worth raising.'
        },
        examples: {
            flagged: 'client Web\nservice Api { replicas: 2, auth: oauth2 }\nWeb -> Api : https',
            fixed: 'client Web\ncdn Edge { engine: cloudfront, waf: true }\nservice Api { replicas: 2, auth: oauth2 }\nWeb -> Edge : https\nEdge -> Api : https'
        }
    },
    check({ design, index, traffic, report }) {
        if (!statesSecurity(design)) {
            return;
        }
        if (design.settings.security?.properties.boolean('waf') === true) {
            return;
        }
        const open = openEntryHandlers(index, traffic);
        // A WAF stated absent (`waf: false` on the service or in `security`) is the design's own statement:
        // it is judged even where authentication is missing too.
        const statedNone = design.settings.security?.properties.get('waf') === false;
        const handlers = unguardedEntryHandlers(traffic, { byComponent: filtersRequests, byConnection: needsNoInspection })
            .filter((handler) => dataClassOf(handler).kind !== 'other' && oneHostOf(handler) === undefined && handler.engine?.providerCode !== true && (!open.includes(handler) || statedNone || handler.properties.get('waf') === false));
        reportEdgeDecision(report, traffic, {
            handlers,
            gap: 'no WAF in front',
            each: (service) => ({ on: service, messageId: 'noWaf', data: { what: describe(service) }, basis: 'stated', fix: wafFor(service) }),
            once: (edge) => ({
                on: edge ?? design,
                messageId: edge ? 'noWafAtEdge' : 'noWafMany',
                data: { count: handlers.length, edge: edge ? describe(edge) : '' },
                basis: 'stated',
                fix: edge ? wafFor(edge) : designWaf()
            })
        });
    }
});

/** A WAF on the component, or an edge that turns away unauthenticated requests before they reach any code. */
function filtersRequests(component: Component): boolean {
    return component.properties.boolean('waf') === true || (EDGE_KINDS.has(component.kind) && authScheme(component) !== undefined);
}

/** A WAF does not inspect non-web protocols, and public content needs no filtering. */
function needsNoInspection(connection: Connection): boolean {
    return (connection.protocol !== undefined && !WEB_PROTOCOLS.has(connection.protocol)) || dataClassOf(connection).kind === 'other';
}

function designWaf(): Fix {
    return { kind: 'set-settings', title: 'Put a WAF in front of every entry point', settings: 'security', properties: [{ key: 'waf', value: 'true' }] };
}

/** Services and edge components take `waf` themselves; functions do not, so the design-wide setting is the place for them. */
function wafFor(component: Component): Fix {
    return component.kind === 'function'
        ? designWaf()
        : { kind: 'set-properties', title: `Filter requests to ${component.name} with a WAF`, target: component, properties: [{ key: 'waf', value: 'true' }] };
}
