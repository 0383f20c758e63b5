/**
 * The path from a client to the services that answer it, as the edge
 * security rules see it: a client's request passes CDNs, load balancers,
 * gateways and DNS before it reaches the first component that runs
 * application code. A control (authentication, rate limit, WAF) placed on
 * any of those edges, or on the service itself, covers the service.
 */
import { inScope } from '../../model/out-of-scope.js';
import { EDGE_KINDS, isDataStore } from '../../model/component-facts.js';
import { type DesignIndex, indexOf } from '../../model/design-index.js';
import type { Component, ComponentKind, Connection } from '../../model/design.js';
import type { Traffic } from '../graph/traffic.js';
import type { Report } from '../rule-context.js';
import { describe } from '../../model/component-facts.js';
import { reportDecision } from './one-decision.js';
import { isAdminSession } from './admin-session.js';
import { authScheme } from './authentication.js';

/** Components that answer a client's request with application code. */
export const ENTRY_HANDLER_KINDS: ReadonlySet<ComponentKind> = new Set<ComponentKind>(['service', 'function']);

export interface PathGuard {
    /** The component does the guard's job for everything behind it (and for itself). */
    readonly byComponent: (component: Component) => boolean;
    /**
     * The connection does the job itself, or carries nothing the guard is
     * about (e.g. a WAF does not apply to a plain TCP link): the path stops there.
     */
    readonly byConnection?: (connection: Connection) => boolean;
    /** The clients whose paths are walked; every client when left out. */
    readonly fromClient?: (client: Component) => boolean;
}

/**
 * The services and functions a client reaches through edge components only,
 * on some synchronous path where neither a connection nor a component on the
 * way (the service included) passes the guard, in the order they are written.
 *
 * Like `Traffic.reachableUnguarded`, one breadth-first walk: every connection
 * is looked at once at most. It also takes a connection guard, which
 * `reachableUnguarded` cannot (a client that authenticates on its link).
 * Services behind another service are that service's callers' concern
 * (sec/internal-unauthenticated), so the walk does not go past them.
 */
export function unguardedEntryHandlers(traffic: Traffic, guard: PathGuard): Component[] {
    const reached = new Set<Component>();
    const edgesToExpand: Component[] = [];
    const follow = (from: Component): void => {
        for (const connection of traffic.syncOutgoing(from)) {
            const next = connection.target;
            // An operator's ssh or RDP session (a jump box) is no request entry: the shell authenticates its user.
            if (reached.has(next) || isAdminSession(connection) || guard.byConnection?.(connection) === true) {
                continue;
            }
            reached.add(next);
            if (EDGE_KINDS.has(next.kind) && !guard.byComponent(next)) {
                edgesToExpand.push(next);
            }
        }
    };
    traffic.clients().filter((client) => guard.fromClient?.(client) ?? true).forEach(follow);
    for (let head = 0; head < edgesToExpand.length; head++) {
        follow(edgesToExpand[head]);
    }
    // In the order they are written; components of other designs (not in
    // `design.components`) are judged by that design's review, and those the
    // design draws without describing (`out_of_scope`) by no one: their own
    // limits and filters are what the design is silent on by choice.
    const index = indexOf(traffic.design);
    return inScope(traffic.design.components).filter((component) => reached.has(component) && ENTRY_HANDLER_KINDS.has(component.kind) && !guard.byComponent(component)
        && !isFrontOfGuardedEdge(component, index, guard));
}

/**
 * A front end drawn in front of the edge that guards: a web UI that holds no
 * store of its own and whose every call goes, synchronously, to components
 * that pass the guard (a diagram's "Web UI -> API gateway (auth, rate
 * limits)" layering). It serves pages; every operation passes the guarded
 * edge on the user's behalf, so the guard is in front of what it does. A
 * call on which the front end identifies itself (`auth` on the link, or a
 * callee that takes machine credentials: an API key, mTLS) makes it a proxy
 * acting for anyone, and it stays judged.
 */
function isFrontOfGuardedEdge(component: Component, index: DesignIndex, guard: PathGuard): boolean {
    const outgoing = index.outgoing(component);
    return outgoing.length > 0 && outgoing.every((connection) => connection.mode === 'sync'
        && !isDataStore(connection.target)
        && connection.properties.string('auth') === undefined
        && !takesMachineCredentials(connection.target)
        && guard.byComponent(connection.target));
}

/** Schemes that identify a calling program, not a person. */
const MACHINE_SCHEMES: ReadonlySet<string> = new Set(['api_key', 'mtls', 'iam']);

/** A callee that authenticates machines (`auth: api_key`, `mtls`): its caller signs in as itself, not as its user. */
function takesMachineCredentials(component: Component): boolean {
    return MACHINE_SCHEMES.has(authScheme(component) ?? '');
}

/**
 * The edge component in front of every one of the handlers (a gateway, load
 * balancer or CDN that calls each of them directly), where one edge control
 * (a rate limit, a WAF, authentication) covers them all; undefined when
 * they are reached through different edges or directly.
 */
export function sharedEdge(traffic: Traffic, handlers: readonly Component[]): Component | undefined {
    const [first, ...rest] = handlers;
    if (first === undefined) {
        return undefined;
    }
    const callers = (handler: Component): Component[] => traffic.syncIncoming(handler).map((connection) => connection.source).filter((source) => EDGE_KINDS.has(source.kind));
    return callers(first).find((edge) => rest.every((handler) => callers(handler).includes(edge)));
}

/** One edge control (a rate limit, a WAF, authentication) missing in front of several entry handlers. */
export interface EdgeDecision {
    readonly handlers: readonly Component[];
    /** What each handler lacks, for its related location (`no rate limit`). */
    readonly gap: string;
    /** The finding for a lone handler. */
    readonly each: (handler: Component) => Report;
    /**
     * The one finding for all of them, written on `edge` when one edge
     * component is in front of them all (the fix belongs there), else on the design.
     */
    readonly once: (edge: Component | undefined) => Omit<Report, 'related'>;
}

/** Reports the edge decision once for several handlers (on their shared edge, or the design), per handler for one. */
export function reportEdgeDecision(report: (report: Report) => void, traffic: Traffic, decision: EdgeDecision): void {
    const { handlers } = decision;
    if (handlers.length === 0) {
        return;
    }
    reportDecision(report, {
        affected: handlers.map((handler) => ({ on: handler, note: `${describe(handler)}: ${decision.gap}` })),
        peers: handlers.length,
        once: handlers.length > 1 ? decision.once(sharedEdge(traffic, handlers)) : decision.each(handlers[0]),
        each: (item) => decision.each(handlers.find((handler) => handler === item.on) ?? handlers[0])
    });
}
