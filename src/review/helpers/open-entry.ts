/**
 * The entry points nothing authenticates: services and functions a client
 * reaches where neither they nor anything in front of them checks who is
 * calling, leaving out anonymous use the design states and public
 * read-only endpoints. sec/unauthenticated-entrypoint reports them;
 * sec/no-waf leaves them to it (authentication is the first question).
 */
import { EDGE_KINDS } from '../../model/component-facts.js';
import type { Component, Connection } from '../../model/design.js';
import type { DesignIndex } from '../../model/design-index.js';
import type { Traffic } from '../graph/traffic.js';
import { authenticatesAnyone, authenticatesCallers, authScheme, clientLinkAuthenticated, isUserScheme, statesAnonymousUse, statesNoAuth } from './authentication.js';
import { dataClassOf } from './data-classes.js';
import { unguardedEntryHandlers } from './entry-path.js';

export function openEntryHandlers(index: DesignIndex, traffic: Traffic): Component[] {
    const byConnection = (connection: Connection): boolean => clientLinkAuthenticated(connection) || edgeRouteAuthenticated(connection) || statesAnonymousUse(connection);
    const open = unguardedEntryHandlers(traffic, { byComponent: (component) => authenticatesCallers(component, index), byConnection });
    const anonymousByDesign = anonymousRoutes(index, traffic);
    // A service that says `auth: none` counts on the edge to authenticate:
    // only an edge that declares `auth` does, not one that merely routes
    // to the identity provider.
    const statedOpen = unguardedEntryHandlers(traffic, { byComponent: (component) => declaresEntryAuth(component, index), byConnection }).filter(statesNoAuth);
    return index.design.components.filter((component) => (open.includes(component) || statedOpen.includes(component))
        && !isPublicReadOnly(component, traffic) && !anonymousByDesign.has(component));
}

/**
 * A route the edge authenticates users on: a gateway, load balancer or CDN
 * whose link to a service declares a user scheme (`auth: jwt` on one route
 * of an API, an authorizer per route). Machine schemes (`mtls`, `api_key`,
 * `iam`) on such a link identify the edge to the service, not the user.
 */
function edgeRouteAuthenticated(connection: Connection): boolean {
    const scheme = authScheme(connection);
    return EDGE_KINDS.has(connection.source.kind) && scheme !== undefined && isUserScheme(scheme);
}

/**
 * The services a client that states anonymous use (`auth: none` on the
 * client) reaches with no authentication on the way: the design means them
 * to be open, and other clients calling the same routes do not make them
 * less so. Routes behind an authenticated link stay judged.
 */
function anonymousRoutes(index: DesignIndex, traffic: Traffic): ReadonlySet<Component> {
    const anonymousClient = (client: Component): boolean => client.properties.string('auth') === 'none';
    const byConnection = (connection: Connection): boolean => clientLinkAuthenticated(connection) || edgeRouteAuthenticated(connection);
    return new Set(unguardedEntryHandlers(traffic, { byComponent: (component) => authenticatesCallers(component, index), byConnection, fromClient: anonymousClient }));
}

/** Edge components that declare `auth`; services and functions that authenticate in any way. */
function declaresEntryAuth(component: Component, index: DesignIndex): boolean {
    return EDGE_KINDS.has(component.kind) ? authScheme(component) !== undefined : authenticatesCallers(component, index);
}

/** A public read-only endpoint: it serves only `public` data and every caller reads. */
function isPublicReadOnly(handler: Component, traffic: Traffic): boolean {
    const callers = traffic.syncIncoming(handler);
    return dataClassOf(handler).kind === 'other' && callers.length > 0 && callers.every((connection) => connection.access === 'reads');
}

/**
 * The design authenticates no caller at all while clients reach open entry
 * points: it lacks one decision, authentication, which
 * sec/unauthenticated-entrypoint raises. Concerns inside the deployment
 * (service identity, plain text between services) repeat it: anyone can
 * already call every service and read what it returns.
 */
export function authenticationMissing(index: DesignIndex, traffic: Traffic): boolean {
    return !authenticatesAnyone(index.design) && openEntryHandlers(index, traffic).length > 0;
}
