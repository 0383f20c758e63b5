/**
 * Who authenticates whom, read off the design: a component's `auth`, a
 * connection's `auth`, a client's declared sign-in, or a component that
 * consults an identity provider.
 */
import type { Component, Connection, Design } from '../../model/design.js';
import { DATA_STORE_KINDS } from '../../model/component-facts.js';
import type { DesignIndex } from '../../model/design-index.js';

/**
 * Schemes by which people (rather than machines) sign in: sessions, tokens
 * issued to users, federated sign-on, passwords. `mtls`, `api_key` and `iam`
 * identify machines.
 */
const USER_SCHEMES: ReadonlySet<string> = new Set(['session', 'jwt', 'oauth2', 'oidc', 'saml', 'basic', 'token', 'password']);

/** The scheme a component or connection declares, unless it is `none`. */
export function authScheme(element: Component | Connection): string | undefined {
    const scheme = element.properties.string('auth');
    return scheme === 'none' ? undefined : scheme;
}

export function isUserScheme(scheme: string): boolean {
    return USER_SCHEMES.has(scheme);
}

/**
 * The component checks who calls it: it declares `auth`, or it consults an
 * identity provider (a gateway or service connected to an `idp` validates
 * tokens or sessions with it).
 */
export function authenticatesCallers(component: Component, index: DesignIndex): boolean {
    return authScheme(component) !== undefined || index.outgoing(component).some((connection) => connection.target.kind === 'idp');
}

/**
 * A client authenticates its users on this link: the link's `auth`, or the
 * client's own. A link between two components of the design (a load balancer
 * presenting a certificate to a service) authenticates that component, not
 * the user behind the request, so it does not count.
 */
export function clientLinkAuthenticated(connection: Connection): boolean {
    return connection.source.kind === 'client' && (authScheme(connection) !== undefined || authScheme(connection.source) !== undefined);
}

/** A client operated by people unless it says `human: false` (a partner system, a device). */
export function isHumanClient(component: Component): boolean {
    return component.kind === 'client' && component.properties.boolean('human') !== false;
}

/**
 * The design states anonymous use on this link: a client with `auth: none`
 * (its users are anonymous by requirement) or a client's link with `auth: none`.
 */
export function statesAnonymousUse(connection: Connection): boolean {
    return connection.source.kind === 'client'
        && (connection.source.properties.string('auth') === 'none' || connection.properties.string('auth') === 'none');
}

/** The component states that it checks no caller (`auth: none`). */
export function statesNoAuth(component: Component): boolean {
    return component.properties.string('auth') === 'none';
}

/**
 * Some caller is authenticated somewhere in the design: a component (other
 * than a store) declares `auth`, an identity provider is drawn, or a link to
 * anything but a store declares `auth`. Store credentials do not count: they
 * say nothing about who may call the application.
 */
export function authenticatesAnyone(design: Design): boolean {
    const isStore = (component: Component): boolean => DATA_STORE_KINDS.includes(component.kind);
    return design.components.some((component) => component.kind === 'idp' || (!isStore(component) && authScheme(component) !== undefined))
        || design.connections.some((connection) => !isStore(connection.target) && authScheme(connection) !== undefined);
}

/** The design states the component's login is the vendor's default or one published with its source (`default_credentials: true`). */
export function hasPublishedLogin(component: Component): boolean {
    return component.properties.boolean('default_credentials') === true;
}
