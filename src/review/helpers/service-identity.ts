/**
 * Service-to-service calls that do not authenticate their caller, as
 * sec/internal-unauthenticated judges them: both ends run code on different
 * machines, nothing (link, target, network `auth` or mesh, a default-deny
 * policy) authenticates the call, the target is not already open to clients
 * nor a relay to the outside, and the design draws a network (or the call
 * states `auth: none`). sec/unencrypted-transport reads them too: mutual TLS
 * between the services settles its plain-text question on the same links.
 */
import type { Component, Connection } from '../../model/design.js';
import type { DesignIndex } from '../../model/design-index.js';
import type { Traffic } from '../graph/traffic.js';
import { COMPUTE_KINDS } from '../../model/component-facts.js';
import { authScheme } from './authentication.js';
import { startsRun } from './connection-words.js';
import { openEntryHandlers } from './open-entry.js';
import { isColocated, meshCovers, networkSetting, onlyDeclaredCallersReach } from './network.js';

export function unauthenticatedServiceCalls(index: DesignIndex, traffic: Traffic): Connection[] {
    // A target that clients already reach unauthenticated is open to
    // anyone (sec/unauthenticated-entrypoint): an internal call to it is a copy.
    const openToClients = withFrontsOf(openEntryHandlers(index, traffic), index);
    // Service identity is a decision for the network the services share;
    // a design that draws none does not say what else can reach them
    // (one host, one process, a colo's own network): unknown is not worst
    // case, so only calls that state `auth: none` are judged there.
    const drawsNetworks = index.design.groups.some((group) => group.kind === 'network');
    return index.design.connections.filter((connection) => isServiceToService(connection) && !isAuthenticated(connection)
        && !onlyDeclaredCallersReach(connection) && !openToClients.has(connection.target) && !isEgressRelay(connection.target, index)
        && (drawsNetworks || statesNoAuth(connection)));
}

/**
 * The open entry handlers and the gateways and load balancers that route to
 * them: a call through the open front door reaches the same open handler, so
 * it is the entry point's concern, not a second one.
 */
function withFrontsOf(handlers: readonly Component[], index: DesignIndex): Set<Component> {
    const open = new Set(handlers);
    for (const handler of handlers) {
        for (const connection of index.incoming(handler)) {
            if (connection.source.kind === 'gateway' || connection.source.kind === 'loadbalancer') {
                open.add(connection.source);
            }
        }
    }
    return open;
}

/**
 * A relay to the outside (an SMTP relay, a push-notification provider): it
 * keeps no data and calls nothing but external systems, so a caller can only
 * have it send what it sends anyway; what guards it is the external system's
 * credentials, and its callers' identity is not worth a question.
 */
function isEgressRelay(target: Component, index: DesignIndex): boolean {
    const calls = index.outgoing(target).filter((connection) => connection.properties.string('uses') !== 'telemetry');
    return calls.length > 0 && calls.every((connection) => connection.target.kind === 'external');
}

/**
 * Both ends run code with an identity of their own, on different machines. A
 * gateway's hop to the service it routes client requests to is part of the
 * entry path, which sec/unauthenticated-entrypoint judges; a call to a
 * sidecar on the caller's own machine never reaches the network.
 */
/** The link itself says its caller does not authenticate. */
function statesNoAuth(connection: Connection): boolean {
    return connection.properties.string('auth') === 'none';
}

function isServiceToService(connection: Connection): boolean {
    const { source, target } = connection;
    return source !== target && source.kind !== 'gateway' && COMPUTE_KINDS.includes(source.kind) && COMPUTE_KINDS.includes(target.kind) && !isColocated(connection);
}

/** The link, its target, or the network holding both ends (its `auth` or a mesh) authenticates the caller. */
function isAuthenticated(connection: Connection): boolean {
    if (connection.properties.string('auth') === 'none') {
        return false;
    }
    const networkAuth = networkSetting(connection, 'auth');
    return authScheme(connection) !== undefined
        || authScheme(connection.target) !== undefined
        || isInvokedThroughProviderApi(connection)
        || (typeof networkAuth === 'string' && networkAuth !== 'none')
        || meshCovers(connection);
}

/**
 * Managed functions (Lambda, Cloud Functions) are only invoked through the
 * provider's authenticated API; so is a managed job service's run (a Glue
 * job, an AWS Batch job) started by a call that says it starts one: the call
 * goes to the provider's control plane, not to the job's code. A managed
 * workflow engine (Step Functions, Logic Apps: `durable_workflow` facts)
 * has no endpoint of its own: every call into it starts an execution
 * through that API, whatever its label says.
 */
function isInvokedThroughProviderApi(connection: Connection): boolean {
    const { target } = connection;
    if (target.properties.boolean('managed') !== true) {
        return false;
    }
    return target.kind === 'function' || (target.kind === 'worker' && (startsRun(connection) || target.engine?.durableWorkflow === true));
}
