/**
 * Where components sit in the network: `network` groups are trust
 * boundaries (private by default); components outside every network are
 * public, as language.md says.
 */
import { namesEncryptedSession } from './admin-session.js';
import type { Component, Connection, Group } from '../../model/design.js';
import { isDataStore } from '../../model/component-facts.js';

/** The innermost network holding a component, if any. */
export function networkOf(component: Component): Group | undefined {
    for (let group = component.group; group; group = group.parent) {
        if (group.kind === 'network') {
            return group;
        }
    }
    return undefined;
}

/**
 * Reachable from the internet: `public: true`, or, unless `public: false`
 * says otherwise, placed outside every network or in a public one.
 */
export function isPubliclyPlaced(component: Component): boolean {
    const stated = component.properties.boolean('public');
    if (stated !== undefined) {
        return stated;
    }
    const network = networkOf(component);
    return network === undefined || network.exposure === 'public';
}

/** The two ends sit in different networks (or only one of them in a network). */
export function crossesNetworks(connection: Connection): boolean {
    return networkOf(connection.source) !== networkOf(connection.target);
}

/** The innermost network holding both ends of a connection, if any. */
export function sharedNetworkOf(connection: Connection): Group | undefined {
    for (let group = networkOf(connection.source); group; group = group.parent) {
        if (group.kind === 'network' && isInside(connection.target, group)) {
            return group;
        }
    }
    return undefined;
}

/**
 * A network-wide setting that covers the connection: `tls`, `auth` or `mesh`
 * on a network holding both ends (the innermost that states it), unless the
 * connection states the key itself.
 */
export function networkSetting(connection: Connection, key: 'tls' | 'auth' | 'mesh'): string | boolean | undefined {
    for (let group = sharedNetworkOf(connection); group; group = group.parent) {
        if (group.kind !== 'network') {
            continue;
        }
        const value = group.properties.get(key);
        if (typeof value === 'string' || typeof value === 'boolean') {
            return value;
        }
    }
    return undefined;
}

/** A store that refuses plain text (`tls_only`, stated or an engine fact): every link to or from it is encrypted. */
function acceptsOnlyTls(component: Component): boolean {
    return isDataStore(component) && component.properties.boolean('tls_only') === true;
}

/**
 * The caller's platform wraps its built-in connection to the target's
 * engine in TLS (engine fact `encrypts_to`: Cloud Run's Cloud SQL
 * connection runs through the Cloud SQL Auth Proxy).
 */
function platformEncrypts(connection: Connection): boolean {
    const target = connection.target.engine?.id.toLowerCase();
    return target !== undefined && connection.source.engine?.encryptsTo?.includes(target) === true;
}

/** A service mesh (`mesh: true` or its name) on a network holding both ends: mTLS between them. */
export function meshCovers(connection: Connection): boolean {
    const mesh = networkSetting(connection, 'mesh');
    return mesh !== undefined && mesh !== false && mesh !== 'none';
}

/**
 * The connection is encrypted: its protocol or `tls: true`, an end that is a
 * store accepting only TLS (`tls_only`, e.g. Azure Service Bus), or, unless
 * it says `tls: false`, a caller whose platform encrypts its connection to
 * the target's engine, a remote session whose words say ssh or RDP, or a
 * network holding both ends with `tls: true` or a mesh.
 */
export function linkEncrypted(connection: Connection): boolean {
    if (connection.encrypted || acceptsOnlyTls(connection.source) || acceptsOnlyTls(connection.target)) {
        return true;
    }
    if (connection.properties.boolean('tls') === false) {
        return false;
    }
    return platformEncrypts(connection) || namesEncryptedSession(connection) || networkSetting(connection, 'tls') === true || meshCovers(connection);
}

/** Inside a network that is not public: a client there is on the company's network, not the internet. */
export function inPrivateNetwork(component: Component): boolean {
    const network = networkOf(component);
    return network !== undefined && network.exposure !== 'public';
}

/**
 * The hop crosses the internet: a client or external system outside the
 * design's private networks calls in, or a CDN (which runs at the
 * provider's edge, outside every network of the design) fetches from its
 * origin. A hop from a public load balancer or gateway into a private
 * network stays inside the deployment.
 */
export function crossesInternet(connection: Connection): boolean {
    const { source } = connection;
    if (source.kind === 'client' || source.kind === 'external') {
        return !inPrivateNetwork(source);
    }
    return source.kind === 'cdn' && networkOf(source) === undefined;
}

function isInside(component: Component, network: Group): boolean {
    for (let group = component.group; group; group = group.parent) {
        if (group === network) {
            return true;
        }
    }
    return false;
}

/**
 * The target sits in a network that denies by default (`policy:
 * default_deny`, the innermost that states a policy): it takes traffic only
 * from the callers the design connects to it, wherever they sit.
 */
export function onlyDeclaredCallersReach(connection: Connection): boolean {
    for (let group = networkOf(connection.target); group; group = group.parent) {
        const policy = group.kind === 'network' ? group.properties.get('policy') : undefined;
        if (typeof policy === 'string') {
            return policy === 'default_deny';
        }
    }
    return false;
}

/**
 * The target runs on the caller's own machine (`colocated: true`: a sidecar,
 * a node-local agent): the call never leaves the host, so it crosses no
 * network to encrypt or authenticate on and needs no load balancer (each
 * caller instance calls its own).
 */
export function isColocated(connection: Connection): boolean {
    return connection.properties.boolean('colocated') === true;
}

/** The innermost network that states how many machines its members run on (`hosts`), when that is one. */
export function oneHostOf(component: Component): Group | undefined {
    for (let group = component.group; group; group = group.parent) {
        if (group.kind === 'network' && group.properties.number('hosts') !== undefined) {
            return group.properties.number('hosts') === 1 ? group : undefined;
        }
    }
    return undefined;
}

/**
 * Both ends run on the same single machine (a network stated `hosts: 1`: a
 * Compose project on one Docker engine): the call goes over loopback or a
 * bridge inside that host and crosses no wire anyone else is on.
 */
export function staysOnOneHost(connection: Connection): boolean {
    const host = oneHostOf(connection.source);
    return host !== undefined && host === oneHostOf(connection.target);
}

