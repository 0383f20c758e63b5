/**
 * The shared notions of rules.md, computed once per design:
 * - the request path: components reachable from a client over synchronous connections;
 * - entry points: components a client or external system connects to directly;
 * - reach without a guard: what a client can reach on some path where no
 *   component on the way does a job (authenticates, rate-limits, filters).
 */
import type { Component, Connection, Design } from '../../model/design.js';
import { type DesignIndex, indexOf } from '../../model/design-index.js';
import { servesRequests } from '../../model/phase.js';

export class Traffic {
    private readonly index: DesignIndex;
    private requestPathCache: ReadonlySet<Component> | undefined;
    private entryPointCache: ReadonlySet<Component> | undefined;

    constructor(readonly design: Design) {
        this.index = indexOf(design);
    }

    clients(): readonly Component[] {
        return this.index.ofKind('client');
    }

    /** Calls the caller waits on while serving a request (not those made only at start-up or in the background). */
    syncOutgoing(component: Component): Connection[] {
        return this.index.outgoing(component).filter((connection) => connection.mode === 'sync' && servesRequests(connection));
    }

    syncIncoming(component: Component): Connection[] {
        return this.index.incoming(component).filter((connection) => connection.mode === 'sync');
    }

    /** Components a client or external system connects to directly. */
    entryPoints(): ReadonlySet<Component> {
        this.entryPointCache ??= new Set([...this.index.ofKind('client', 'external')]
            .flatMap((caller) => this.index.outgoing(caller).map((connection) => connection.target)));
        return this.entryPointCache;
    }

    isEntryPoint(component: Component): boolean {
        return this.entryPoints().has(component);
    }

    /** Components reachable from a client over synchronous connections. */
    requestPath(): ReadonlySet<Component> {
        this.requestPathCache ??= this.reachableFromClients(() => false);
        return this.requestPathCache;
    }

    onRequestPath(component: Component): boolean {
        return this.requestPath().has(component);
    }

    /**
     * Components a client reaches on some synchronous path where no component
     * before them passes `guard` (the component itself is not judged here).
     */
    reachableUnguarded(guard: (component: Component) => boolean): ReadonlySet<Component> {
        return this.reachableFromClients(guard);
    }

    private reachableFromClients(stopAt: (component: Component) => boolean): Set<Component> {
        const reached = new Set<Component>();
        const queue: Component[] = [];
        const visit = (component: Component): void => {
            if (!reached.has(component)) {
                reached.add(component);
                queue.push(component);
            }
        };
        for (const client of this.clients()) {
            this.syncOutgoing(client).forEach((connection) => visit(connection.target));
        }
        for (let head = 0; head < queue.length; head++) {
            const component = queue[head];
            if (!stopAt(component)) {
                this.syncOutgoing(component).forEach((connection) => visit(connection.target));
            }
        }
        return reached;
    }
}

const traffics = new WeakMap<Design, Traffic>();

export function trafficOf(design: Design): Traffic {
    let traffic = traffics.get(design);
    if (!traffic) {
        traffic = new Traffic(design);
        traffics.set(design, traffic);
    }
    return traffic;
}
