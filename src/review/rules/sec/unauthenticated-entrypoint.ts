import type { Component, ComponentKind, Connection, Design } from '../../../model/design.js';
import { classify, dataClassOf } from '../../helpers/data-classes.js';
import type { Report } from '../../rule-context.js';
import type { Severity } from '../../../model/finding.js';
import type { Fix } from '../../fix.js';
import { statesSecurity } from '../../helpers/security-scope.js';
import { defineRule } from '../../rule.js';
import { describe, EDGE_KINDS, isDataStore, runsProduct } from '../../../model/component-facts.js';
import type { DesignIndex } from '../../../model/design-index.js';
import type { Traffic } from '../../graph/traffic.js';
import { authScheme, hasPublishedLogin, isUserScheme, statesNoAuth } from '../../helpers/authentication.js';
import { carriesTelemetry } from '../../helpers/writes.js';
import { networkOf } from '../../helpers/network.js';
import { decisionScope, reportDecision } from '../../helpers/one-decision.js';
import { inScope } from '../../../model/out-of-scope.js';
import { reportEdgeDecision } from '../../helpers/entry-path.js';
import { openEntryHandlers } from '../../helpers/open-entry.js';
import { servedAsPublicSite } from '../../helpers/public-site.js';
import { reachedFromInternet } from '../../helpers/private-reach.js';

/** Operations tools that serve a console or an API of their own: registries, dashboards, log viewers. */
const CONSOLE_KINDS: ReadonlySet<ComponentKind> = new Set<ComponentKind>(['coordinator', 'monitoring', 'logging']);

export default defineRule({
    meta: {
        id: 'sec/unauthenticated-entrypoint',
        section: 'security',
        severity: 'warning',
        description: 'A service reached from a client where neither it nor any gateway, load balancer or CDN on the way authenticates.',
        rationale: 'An endpoint that anyone on the internet can call without proving who they are exposes every operation behind it: data can be read, changed or deleted by strangers, and abuse cannot be traced to an account. Authentication belongs at the first component that runs code for the client, or at the gateway in front of it (OAuth 2.0 / OIDC tokens, sessions, JWTs).',
        question: 'Who may call {element}, and how does it know who they are?',
        messages: {
            unauthenticated: '{what} takes requests from clients and neither it nor anything in front of it authenticates them: anyone who finds the endpoint can call every operation it offers.',
            statedNone: '{what} says `auth: none` and takes requests from clients with nothing in front of it authenticating them: anyone who finds the endpoint can call every operation it offers.',
            unauthenticatedAtEdge: '{edge} passes client requests to {count} services and neither it nor they authenticate them: anyone who finds the endpoint can call every operation they offer.',
            publishedConsole: '{what} is published to the internet and states no login: anyone can read what it shows and use what it offers (a registry takes new instances, a dashboard shows the system\'s insides).',
            publishedConsoles: '{count} operations components are published to the internet and state no login ({list}): anyone can read what they show and use what they offer (a registry takes new instances, a dashboard shows the system\'s insides). One decision settles them all: keep them off the internet, or put a login in front of them.',
            silent: '{opening}, and {what} takes requests from clients: who may call it, and how does it know who they are? Say `auth` on it or on the edge in front of it, or `auth: none` on clients that use it anonymously.',
            silentAtEdge: '{opening}, and {edge} passes client requests to {count} services: who may call them, and how do they know who they are? Say `auth` on the edge, or `auth: none` on clients that use them anonymously.',
            silentMany: '{opening}, and {count} services take requests from clients: who may call them, and how do they know who they are? Say `auth` at the edge or on each service, or `auth: none` on clients that use them anonymously.',
            unauthenticatedMany: '{count} services take requests from clients and neither they nor anything in front of them authenticates them: anyone who finds the endpoints can call every operation they offer. One decision settles them all: authentication at the edge or in each service.'
        },
        fix: 'Sets `auth: oauth2` on the edge component in front of the services, or on each service when no one edge is in front of them all.',
        threagile: 'missing-authentication (CWE-306)',
        references: [
            'AWS Well-Architected SEC02-BP04 Rely on a centralized identity provider',
            'OWASP Top 10 A07:2021 Identification and Authentication Failures',
            'OWASP API Security Top 10 API2:2023 Broken Authentication'
        ],
        decisions: [
            'A design that says nothing about security at all (no network, no protocol, no `auth`, `tls`, `data`, `encryption`, `waf`, `rate_limit`, `public` or `mfa`, no `security` block) left it out of scope, like a source about something else: it is not judged (sec/exposed-data-store asks the one question).',
            'Judged: services and functions a client reaches synchronously through CDNs, load balancers, gateways and DNS only. A service behind another service is not an entry point; its link is judged by sec/internal-unauthenticated. An operator\'s ssh or RDP session (a connection naming no protocol or access whose words say ssh, RDP or remote desktop: administrators reaching a jump box) is not an application entry: the shell authenticates its user, so it is not followed.',
            'A component authenticates when it declares `auth` other than `none`, or when it is connected to an `idp` (it validates tokens or sessions with it). Authentication on the service itself or on any CDN, load balancer or gateway on the way covers the service. A service that states `auth: none` is covered only by an edge component that declares `auth`: a gateway that routes to the identity provider does not check tokens for it. Such a service is an error: the stated facts show the open door.',
            'A gateway, load balancer or CDN whose link to a service declares a user scheme (`auth: jwt`, `oauth2`, `session`...: an authorizer on that route) authenticates the users of that route. Machine schemes on such a link (`mtls`, `api_key`, `iam`) identify the edge to the service, not the user, and do not count.',
            'Anonymous use the design states is not an unauthenticated entry point: a client with `auth: none`, or a client\'s link with `auth: none`. The routes such a client reaches with no authentication on the way are open by design, even when other clients call them too. Neither is a public read-only endpoint: a service whose `data` lists only `public` (or other non-sensitive classes) and whose every caller `reads`.',
            'Authentication at the edge is one decision: several unauthenticated services give one finding, on the gateway, load balancer or CDN that calls them all, or on the design, listing the services; a lone service is reported on itself.',
            'A connection from a client with `auth` other than `none`, or from a client that declares its own `auth`, counts as authenticated: the path stops there. `auth` on a link between two components of the design (a load balancer presenting a certificate to a service) authenticates that component, not the user, and does not count.',
            'Operations tools the design publishes to the internet (a registry, dashboard or log viewer: a `coordinator`, `monitoring` or `logging` component with `public: true` or in a network with `exposure: public`, or one that a gateway, load balancer or CDN clients reach routes client requests to, with nothing on the way authenticating them) and that state no `auth` are open entry points too, whether or not a client is drawn calling them: publishing a port is the invitation. Anonymous use a client states covers the product it uses, not the operator\'s consoles behind the same proxy; a route that only carries telemetry in (`uses: telemetry`) is not a console. Keeping them off the internet is one decision, reported once on the group holding them (or the design). Managed tools (the provider signs users in) and tools placed outside every network without `public: true` (placement not stated) are left out, and so are all of them while client-facing entry points are open too and no user signs in anywhere (no identity provider, no user scheme stated): nobody logs in anywhere, and the first finding already says it. Where users do sign in somewhere, an open console is its own finding even beside open entry points: the operators\' tools are a decision of their own.',
            'A design that never speaks of authentication (no `auth` anywhere, `none` included, no `mfa`, no identity provider) leaves it unknown rather than absent: the finding is a question (info, basis assumed) asking who may call the services, settled by `auth` on the edge or service or `auth: none` on anonymous clients.',
            'A design that never speaks of authentication and is a public site is not asked at all: a client reads what it shows through a shared cache (a CDN or cache on its path whose every link `reads` stored content: one copy served to every caller, who it does not know), or a client\'s name, title or description names anonymous users outright ("logged-out users", "anonymous", "guests", "visitors"), and the design holds no payment, credential or health data. Anonymous reading is such a site\'s nature (a photo or video site, a news feed, a short link\'s redirect) and signing in to write is the application\'s own; field-corpus reviewers called the question noise on every consumer site read anonymously by design.',
            'Nor is a design silent about authentication that states everything it handles is public (`requirements { data: [public] }`, or other non-sensitive classes only, with no component or link stating sensitive data): a public service by design (a certificate transparency log, an open data feed) is called anonymously by nature, and what guards it is its own validation and rate limits, not a sign-in.',
            'So does a design whose only word on authentication is an identity provider (no `auth` or `mfa` anywhere): its users sign in, and which component checks that sign-in is unsaid, not absent. The question names the identity provider.',
            'In a design not for production that publishes nothing (no network with `exposure: public`, no component with `public: true`), a client outside every network calling straight into a private network is on the deployment\'s own reach (a `kubectl port-forward` to a dashboard, a VPN), not the internet: only those who can already reach the cluster can call what it reaches there, so those services are not entry points. A load balancer, gateway or CDN outside every network that forwards into the private network does carry the internet in. Production designs keep every client path.',
            'A service that keeps its users\' logins (it, one of its links, or a store it calls holds `credentials` data: a user table with password hashes) signs its users in itself: the sign-in is undrawn, not absent, so it is not an open entry point, unless it states `auth: none` (field corpus, round 23: a capture-the-flag platform and a note service, both keeping their accounts in their own database, were called open).',
            'A service that runs a released product (`product`: Harbor, Plane, Jitsi deployed from their images) signs its users in as its vendor wrote it (its own accounts, sessions and tokens): a deployment does not draw that sign-in, and leaving it out is not an open door, unless the service states `auth: none`; a product\'s published default login is `sec/default-credentials`\' question (field corpus, round 32: a registry\'s static portal, a project tracker\'s front ends and a video bridge that only admits sessions its focus allocates were called open).',
            'Only paths from `client` components count; callers of kind `external` (webhooks, partners) are not judged by this rule.',
            'Components of other designs reached by `Design.Name` are left to that design\'s review.'
        ],
        quality: {
            grouping: 'One finding for every client-facing service nothing authenticates, on the edge component in front of them all (or the design), each service a related location, with one fix; a lone service is reported on itself. Published operations tools without a login are one more finding, on the group that holds them.',
            basis: 'Stated: `auth` on clients, links, services and edge components, links to an identity provider, `data` and `access`.',
            unknowns: 'Anonymous use stated by a client (`auth: none`), the routes such a client reaches, per-route user authorizers on an edge\'s links and public read-only endpoints are not flagged; a design silent about authentication, or one that draws only the identity provider its users sign in at, gets a question, except a public site its clients read through a shared cache or that names anonymous users (and holds no payment, credential or health data), and a design that states all its data is public, which are not asked; operations tools count as published only where the design publishes them, and managed ones are not asked about; a demo or sample that publishes nothing is not judged on the services its clients reach only inside a private network (a port forward); nothing unsaid makes an error.',
            severity: 'Error only when a service states `auth: none` and nothing in front of it authenticates (the stated facts show the open door); warning when the design states authentication elsewhere and leaves these entry points without it; info (a question) when the design never speaks of authentication, since on the field corpus unsaid authentication was often out of the source\'s scope. On the tuning corpus (73 designs): 15 of 20 findings raised, all 3 errors among them; 2 wrong (open routes meant to be open, an internal load balancer read as public) and 3 not worth raising (a sample\'s development mail inbox, demo dashboards). On the 79-design corpus: 16 of 24 raised, 5 wrong, 3 noise; a jump box reached by ssh is no longer counted among the entry points.'
        },
        examples: {
            flagged: 'client Web\nservice Api { replicas: 2 }\ndatabase Users { data: [pii] }\nWeb -> Api : https\nApi -> Users : sql',
            fixed: 'client Web\nservice Api { replicas: 2, auth: oauth2 }\ndatabase Users { data: [pii] }\nWeb -> Api : https\nApi -> Users : sql'
        }
    },
    check({ design, index, traffic, report }) {
        if (!statesSecurity(design)) {
            return;
        }
        const silentAboutAuth = !speaksOfAuthentication(design);
        // A public site its clients read through a shared cache, silent
        // about authentication: anonymous reading is its nature, and the
        // sign-in for writing is the application's own, not a gap.
        // A demo that publishes nothing, reached into its private network
        // (a port forward to a dashboard), is open only to those who can
        // already reach the cluster: not anyone who finds the endpoint.
        const exposed = reachedFromInternet(traffic);
        const handlers = silentAboutAuth && (servedAsPublicSite(design, traffic) || declaresOnlyPublicData(design)) ? [] : openEntryHandlers(index, traffic).filter((handler) => exposed.has(handler) && (statesNoAuth(handler) || !(keepsUserLogins(handler, index) || runsProduct(handler))));
        // A design that never speaks of authentication leaves it unknown,
        // not absent: the finding is a question resting on that assumption.
        // An identity provider the users sign in at, with nothing saying who
        // checks that sign-in, says they sign in, not that the entry is open.
        const silent = silentAboutAuth || onlySignInDrawn(design);
        const severityOf = (handler: Component): Severity => (statesNoAuth(handler) ? 'error' : 'warning');
        const opening = silentOpening(design);
        const unknownAuth = (element: Component | Design): Pick<Report, 'basis' | 'assumptions' | 'severity'> => (silent
            ? { basis: 'assumed', severity: 'info', assumptions: [{ element: element.name, text: 'no authentication: the design states none anywhere', settle: 'auth' }] }
            : { basis: 'stated' });
        reportEdgeDecision(report, traffic, {
            handlers,
            gap: 'nothing authenticates its callers',
            each: (service) => ({
                on: service,
                messageId: statesNoAuth(service) ? 'statedNone' : silent ? 'silent' : 'unauthenticated',
                data: { what: describe(service), opening },
                severity: severityOf(service),
                ...unknownAuth(service),
                fix: authenticateEach([service])
            }),
            once: (edge) => ({
                on: edge ?? design,
                messageId: edge ? (silent ? 'silentAtEdge' : 'unauthenticatedAtEdge') : (silent ? 'silentMany' : 'unauthenticatedMany'),
                data: { count: handlers.length, edge: edge ? describe(edge) : '', opening },
                severity: handlers.some((handler) => severityOf(handler) === 'error') ? 'error' : 'warning',
                ...unknownAuth(edge ?? design),
                fix: authenticateEach(edge ? [edge] : handlers)
            })
        });
        // With the client-facing entry points open and no user signing in
        // anywhere, open consoles are a copy of that first finding; where
        // users do sign in somewhere, the operators' consoles are a decision
        // of their own (a console with its security switched off).
        if (handlers.length === 0 || signsUsersIn(design)) {
            reportPublishedConsoles(design, traffic, report);
        }
    }
});

/**
 * The handler keeps its users' logins: it, a link of its, or a store it
 * calls holds `credentials` data (a user table with password hashes). An
 * application that stores its users' credentials signs them in itself;
 * that its sign-in is not drawn is a gap in the drawing, not an open door.
 */
function keepsUserLogins(handler: Component, index: DesignIndex): boolean {
    const holdsLogins = (element: Component | Connection): boolean => element.properties.words('data')?.includes('credentials') === true;
    return holdsLogins(handler) || index.outgoing(handler).some((connection) => holdsLogins(connection) || (isDataStore(connection.target) && holdsLogins(connection.target)));
}

/**
 * The design states that everything it handles is public
 * (`requirements { data: [public] }`, or other non-sensitive classes only) and
 * no component or link states sensitive data: a public service by design
 * (a transparency log, an open data feed), whose callers are anonymous by
 * nature. Silent about authentication, it is not asked who may call it.
 */
function declaresOnlyPublicData(design: Design): boolean {
    const sensitive = (element: Component | Connection): boolean => dataClassOf(element).kind === 'sensitive';
    return classify(design.settings.requirements?.properties.words('data')).kind === 'other'
        && !design.components.some(sensitive) && !design.connections.some(sensitive);
}

/**
 * The design says something about authentication: some component or link
 * states `auth` (`none` included), `mfa`, or an identity provider is drawn.
 */
function speaksOfAuthentication(design: Design): boolean {
    return design.components.some((component) => component.kind === 'idp' || component.properties.has('auth') || component.properties.has('mfa'))
        || design.connections.some((connection) => connection.properties.has('auth'));
}

/**
 * Users sign in at a drawn identity provider, and nothing else in the design
 * states authentication (no `auth` or `mfa` on a component or link): which
 * component checks that sign-in is unsaid, so the open door is assumed.
 */
function onlySignInDrawn(design: Design): boolean {
    return design.components.some((component) => component.kind === 'idp')
        && !design.components.some((component) => component.properties.has('auth') || component.properties.has('mfa'))
        && !design.connections.some((connection) => connection.properties.has('auth'));
}

/** Some user signs in somewhere: an identity provider, or a component or link stating a user scheme (jwt, session, oauth2...). */
function signsUsersIn(design: Design): boolean {
    const userScheme = (scheme: string | undefined): boolean => scheme !== undefined && isUserScheme(scheme);
    return design.components.some((component) => component.kind === 'idp' || userScheme(authScheme(component)))
        || design.connections.some((connection) => userScheme(authScheme(connection)));
}

/** How a question opens: nothing said at all, or a sign-in drawn that nothing is said to check. */
function silentOpening(design: Design): string {
    const idp = design.components.find((component) => component.kind === 'idp');
    return idp === undefined || !onlySignInDrawn(design)
        ? 'The design never says how anyone authenticates'
        : `Users sign in at ${describe(idp)}, but the design never says which component checks that sign-in`;
}

/** Registries, dashboards and log viewers the design publishes with no login. */
function reportPublishedConsoles(design: Design, traffic: Traffic, report: (report: Report) => void): void {
    const routed = consolesRoutedFromClients(traffic);
    const consoles = inScope(design.components).filter((component) => isOpenConsole(component) && (statesPublished(component) || routed.has(component)));
    if (consoles.length === 0) {
        return;
    }
    const scope = decisionScope(design, consoles);
    reportDecision(report, {
        affected: consoles.map((component) => ({ on: component, note: `${describe(component)}: ${routed.get(component) ?? 'published'}, no login stated` })),
        peers: consoles.length,
        once: {
            on: scope,
            messageId: 'publishedConsoles',
            data: { count: consoles.length, list: consoles.map((component) => component.name).join(', ') },
            basis: 'stated',
            fix: { kind: 'set-properties-each', title: 'Keep these off the internet', targets: consoles, properties: [{ key: 'public', value: 'false' }] }
        },
        each: (item) => {
            const component = consoles.find((candidate) => candidate === item.on) ?? consoles[0];
            return { on: component, messageId: 'publishedConsole', data: { what: describe(component) }, basis: 'stated', fix: keepOffInternet(component) };
        }
    });
}

function isOpenConsole(component: Component): boolean {
    // A published default login (`default_credentials: true`) is a login: its risk is sec/default-credentials'.
    return CONSOLE_KINDS.has(component.kind)
        && component.properties.boolean('managed') !== true
        && authScheme(component) === undefined && !hasPublishedLogin(component);
}

/**
 * Operations tools a client's requests reach through edge components that
 * authenticate nobody (a public proxy routing `/grafana/` to the dashboard),
 * with how they are reached. Anonymous use a client states is the product's:
 * it does not extend to the operator's consoles behind the same proxy. A
 * route that only carries telemetry in (`uses: telemetry`) is ingestion,
 * not a console.
 */
function consolesRoutedFromClients(traffic: Traffic): Map<Component, string> {
    const routed = new Map<Component, string>();
    const seen = new Set<Component>();
    const walk = (from: Component): void => {
        for (const connection of traffic.syncOutgoing(from)) {
            const next = connection.target;
            if (seen.has(next) || carriesTelemetry(connection) || authScheme(connection) !== undefined) {
                continue;
            }
            seen.add(next);
            if (CONSOLE_KINDS.has(next.kind) && EDGE_KINDS.has(from.kind)) {
                routed.set(next, `routed to clients by ${describe(from)}`);
            } else if (EDGE_KINDS.has(next.kind) && authScheme(next) === undefined) {
                walk(next);
            }
        }
    };
    traffic.clients().forEach(walk);
    return routed;
}

/** Published as the design states it: `public: true`, or placed in a public network. */
function statesPublished(component: Component): boolean {
    const stated = component.properties.boolean('public');
    return stated ?? networkOf(component)?.exposure === 'public';
}

function keepOffInternet(component: Component): Fix {
    return { kind: 'set-properties', title: `Keep ${component.name} off the internet`, target: component, properties: [{ key: 'public', value: 'false' }] };
}

function authenticateEach(components: readonly Component[]): Fix {
    const properties = [{ key: 'auth' as const, value: 'oauth2' }];
    return components.length === 1
        ? { kind: 'set-properties', title: `Authenticate callers of ${components[0].name} with OAuth 2.0`, target: components[0], properties }
        : { kind: 'set-properties-each', title: 'Authenticate callers of these services with OAuth 2.0', targets: components, properties };
}
