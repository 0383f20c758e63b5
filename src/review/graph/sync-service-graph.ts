/**
 * The synchronous call graph between services, with its strongly connected
 * components (Tarjan), built once per design for the rules about cycles and
 * chains of synchronous calls (micro/sync-cycle, micro/deep-sync-chain,
 * observe/no-tracing).
 *
 * Nodes are services, workers and functions: the components that run
 * application code and wait on the services they call. An edge is a
 * synchronous connection from a service to a service, directly or through
 * load balancers and gateways that forward to that one service only (an
 * internal load balancer in front of a service's replicas). A load balancer
 * or gateway that fans out to several services is not followed: its
 * connections do not say which caller's request reaches which target, and
 * following them would invent cycles and chains the design does not have.
 */
import type { Component, ComponentKind, Connection, Design } from '../../model/design.js';
import { type DesignIndex, indexOf } from '../../model/design-index.js';
import { servesRequests } from '../../model/phase.js';
import { deliversToSubscribers } from '../../model/routing.js';
import { isAdminSession } from '../helpers/admin-session.js';
import { startsRun } from '../helpers/connection-words.js';

export const SERVICE_KINDS: ReadonlySet<ComponentKind> = new Set<ComponentKind>(['service', 'worker', 'function']);

/** Components that pass a call on to the services behind them without running application code. */
const FORWARDER_KINDS: ReadonlySet<ComponentKind> = new Set<ComponentKind>(['loadbalancer', 'gateway']);

export function isService(component: Component): boolean {
    return SERVICE_KINDS.has(component.kind);
}

/** One synchronous call from a service to a service. */
export interface Call {
    /** The callee's node number. */
    readonly to: number;
    readonly connection: Connection;
    /** Where the connection is declared among the design's connections (for stable choices). */
    readonly order: number;
}

/** A strongly connected component: node numbers of services that all reach each other. */
export type Scc = readonly number[];

export class SyncServiceGraph {
    /** Node number → service: the design's own services in declaration order, then foreign ones. */
    readonly services: readonly Component[];
    /** Node number → its outgoing calls, in declaration order. */
    readonly calls: readonly (readonly Call[])[];
    /** Strongly connected components, callees first: a component comes after every component it calls. */
    readonly sccs: readonly Scc[];
    /** Node number → the index of its strongly connected component in `sccs`. */
    readonly sccOf: Int32Array;
    private readonly nodeOf: ReadonlyMap<Component, number>;

    /** `include` picks the connections that count as calls (all synchronous ones by default). */
    constructor(design: Design, include: (connection: Connection) => boolean = () => true) {
        const services: Component[] = design.components.filter(isService);
        const nodeOf = new Map(services.map((service, node) => [service, node]));
        const nodeFor = (service: Component): number => {
            let node = nodeOf.get(service);
            if (node === undefined) {
                node = services.push(service) - 1;
                nodeOf.set(service, node);
            }
            return node;
        };
        const calls: Call[][] = [];
        const callees = new CalleeResolver(indexOf(design));
        design.connections.forEach((connection, order) => {
            // An operator's ssh or RDP session into a host is not a call a request makes.
            const callee = connection.mode === 'sync' && isService(connection.source) && !isAdminSession(connection) && include(connection) ? callees.serviceReachedBy(connection) : undefined;
            if (callee === undefined) {
                return;
            }
            const from = nodeFor(connection.source);
            (calls[from] ??= []).push({ to: nodeFor(callee), connection, order });
        });
        this.services = services;
        this.nodeOf = nodeOf;
        this.calls = Array.from({ length: services.length }, (_, node) => calls[node] ?? []);
        const { sccs, sccOf } = stronglyConnectedComponents(services.length, (node) => this.calls[node].map((call) => call.to));
        this.sccs = sccs;
        this.sccOf = sccOf;
    }

    node(service: Component): number | undefined {
        return this.nodeOf.get(service);
    }

    /** A call between two services of the same strongly connected component: part of some cycle. */
    isInsideCycle(from: number, call: Call): boolean {
        return this.sccOf[from] === this.sccOf[call.to];
    }
}

/**
 * Which service a synchronous connection reaches: its target when that is a
 * service, or the one service behind a chain of load balancers and gateways
 * that each forward to a single callee. Results are remembered for every
 * forwarder on the way, so resolving all connections stays linear.
 */
class CalleeResolver {
    private readonly behind = new Map<Component, Component | undefined>();

    constructor(private readonly index: DesignIndex) {}

    serviceReachedBy(connection: Connection): Component | undefined {
        const target = connection.target;
        if (isService(target)) {
            return target;
        }
        return FORWARDER_KINDS.has(target.kind) ? this.dedicatedServiceBehind(target) : undefined;
    }

    private dedicatedServiceBehind(forwarder: Component): Component | undefined {
        const walked = new Set<Component>();
        let current: Component | undefined = forwarder;
        while (current !== undefined && FORWARDER_KINDS.has(current.kind) && !walked.has(current) && !this.behind.has(current)) {
            walked.add(current);
            current = this.onlyCallee(current);
        }
        const service = this.serviceAtEnd(current, walked);
        walked.forEach((step) => this.behind.set(step, service));
        return service;
    }

    /** Where a walk through forwarders stopped: a service, a forwarder resolved before, or nothing useful (a fan-out, a store, a loop). */
    private serviceAtEnd(end: Component | undefined, walked: ReadonlySet<Component>): Component | undefined {
        if (end === undefined || walked.has(end)) {
            return undefined;
        }
        return isService(end) ? end : this.behind.get(end);
    }

    /** The single component a forwarder calls synchronously, if it calls exactly one. */
    private onlyCallee(forwarder: Component): Component | undefined {
        const targets = new Set(this.index.outgoing(forwarder).filter((connection) => connection.mode === 'sync').map((connection) => connection.target));
        return targets.size === 1 ? [...targets][0] : undefined;
    }
}

const graphs = new WeakMap<Design, SyncServiceGraph>();
const requestGraphs = new WeakMap<Design, SyncServiceGraph>();

/** The design's synchronous service graph, built on first use. */
export function syncServiceGraphOf(design: Design): SyncServiceGraph {
    let graph = graphs.get(design);
    if (!graph) {
        graph = new SyncServiceGraph(design);
        graphs.set(design, graph);
    }
    return graph;
}

/**
 * The calls made while serving requests only: a call used at start-up or in
 * the background (`phase`) holds no request, a delivery to subscribers
 * (`routing: subscribers`) answers an earlier subscription, and a call that
 * starts a job or an execution (its label says so, or its target is a
 * managed workflow engine, which is only ever started) returns once the run
 * is accepted, so none of them closes a loop that one request goes round.
 */
export function syncRequestGraphOf(design: Design): SyncServiceGraph {
    let graph = requestGraphs.get(design);
    if (!graph) {
        graph = new SyncServiceGraph(design, (connection) => servesRequests(connection) && !deliversToSubscribers(connection) && !startsRun(connection) && !entersManagedWorkflow(connection));
        requestGraphs.set(design, graph);
    }
    return graph;
}

/**
 * A call into a managed workflow engine (Step Functions, Logic Apps:
 * `durable_workflow` facts) starts an execution through the provider's API
 * and returns once it is accepted; the execution's steps run on without the
 * caller's request.
 */
function entersManagedWorkflow(connection: Connection): boolean {
    const { target } = connection;
    return target.engine?.durableWorkflow === true && target.properties.boolean('managed') === true;
}

/** A frame of the explicit depth-first stack: a node and how many of its successors were visited. */
interface Frame {
    readonly node: number;
    readonly successors: readonly number[];
    next: number;
}

/**
 * Tarjan's algorithm, iterative so that a chain of thousands of services
 * cannot overflow the call stack. Linear in nodes and edges. Components come
 * out callees first (reverse topological order of the condensed graph).
 */
export function stronglyConnectedComponents(nodeCount: number, successorsOf: (node: number) => readonly number[]): { sccs: number[][]; sccOf: Int32Array } {
    const discovery = new Int32Array(nodeCount).fill(-1);
    const lowLink = new Int32Array(nodeCount);
    const onStack = new Uint8Array(nodeCount);
    const sccOf = new Int32Array(nodeCount).fill(-1);
    const stack: number[] = [];
    const sccs: number[][] = [];
    let counter = 0;

    const open = (node: number, frames: Frame[]): void => {
        discovery[node] = lowLink[node] = counter++;
        stack.push(node);
        onStack[node] = 1;
        frames.push({ node, successors: successorsOf(node), next: 0 });
    };
    const closeComponent = (root: number): void => {
        const scc: number[] = [];
        let member: number;
        do {
            member = stack.pop() as number;
            onStack[member] = 0;
            sccOf[member] = sccs.length;
            scc.push(member);
        } while (member !== root);
        sccs.push(scc.reverse());
    };

    for (let start = 0; start < nodeCount; start++) {
        if (discovery[start] !== -1) {
            continue;
        }
        const frames: Frame[] = [];
        open(start, frames);
        while (frames.length > 0) {
            const frame = frames[frames.length - 1];
            if (frame.next < frame.successors.length) {
                const successor = frame.successors[frame.next++];
                if (discovery[successor] === -1) {
                    open(successor, frames);
                } else if (onStack[successor] === 1) {
                    lowLink[frame.node] = Math.min(lowLink[frame.node], discovery[successor]);
                }
                continue;
            }
            frames.pop();
            if (lowLink[frame.node] === discovery[frame.node]) {
                closeComponent(frame.node);
            }
            const caller = frames[frames.length - 1];
            if (caller) {
                lowLink[caller.node] = Math.min(lowLink[caller.node], lowLink[frame.node]);
            }
        }
    }
    return { sccs, sccOf };
}

/** How many names a path shows in a message before it is shortened. */
export const PATH_NAMES_SHOWN = 8;

/**
 * `A -> B -> C`, or `A -> B -> … -> Z` when the path has more than
 * PATH_NAMES_SHOWN names, so that a chain of 2,000 services stays readable.
 * `leading` holds the path's first names (at least PATH_NAMES_SHOWN of them
 * when it is longer), `total` its length and `last` its last name.
 */
export function pathText(leading: readonly string[], total: number, last: string): string {
    if (total <= PATH_NAMES_SHOWN) {
        return leading.slice(0, total).join(' -> ');
    }
    return [...leading.slice(0, PATH_NAMES_SHOWN - 2), '…', last].join(' -> ');
}
