/**
 * Load per component at peak, as a reviewer works it out on a whiteboard:
 * `peak_rps` enters at the clients, split into reads and writes by
 * `read_ratio`; connections carry what their `access` says (a route with
 * none carries what its target does downstream: a target that only writes
 * gets the writes); a caller that also reads a cache sends only the misses on,
 * to stores and services alike; a CDN passes on its misses; load balancers
 * and gateways share requests among their targets; queues pass every
 * message to each consumer. Every default it leans on (a cache's hit ratio,
 * an even split over routes) is recorded as an assumption of the load.
 */
import type { Component, Connection, Design } from '../model/design.js';
import { type DesignIndex, indexOf } from '../model/design-index.js';
import type { Assumption } from '../model/finding.js';
import type { EstimateSettings } from './estimate-defaults.js';
import { count, percent, rate } from './figure.js';

/** One contribution to a component's load: who sends it, how much, and how it was reduced. */
export interface LoadLine {
    readonly from: string;
    readonly reads: number;
    readonly writes: number;
    readonly note: string;
}

export interface Load {
    readonly reads: number;
    readonly writes: number;
    /** One line per contribution: where the load comes from and how it was reduced. */
    readonly lines: readonly string[];
    /** The same contributions, as figures (a writes-only derivation reads them). */
    readonly contributions: readonly LoadLine[];
    /** The defaults this load rests on, upstream ones included. */
    readonly assumptions: readonly Assumption[];
    /** The defaults its writes rest on (a subset of `assumptions`). */
    readonly writeAssumptions: readonly Assumption[];
}

export interface Entry {
    readonly peak: number;
    /** Reads per write; undefined when the design does not say (then every request counts as a read). */
    readonly readRatio?: number;
    readonly derivation: string;
    /** Defaults the peak rests on (a peak factor over a daily average). */
    readonly assumptions?: readonly Assumption[];
}

const ROUTER_KINDS = new Set<Component['kind']>(['loadbalancer', 'gateway', 'cdn']);

interface MutableLoad {
    reads: number;
    writes: number;
    lines: string[];
    contributions: LoadLine[];
    readAssumptions: Map<string, Assumption>;
    writeAssumptions: Map<string, Assumption>;
}

function assume(into: Map<string, Assumption>, assumptions: Iterable<Assumption>): void {
    for (const assumption of assumptions) {
        into.set(`${assumption.element ?? ''}\u0000${assumption.text}`, assumption);
    }
}

export function propagateLoad(design: Design, entry: Entry, settings: EstimateSettings): ReadonlyMap<Component, Load> {
    const index = indexOf(design);
    const loads = new Map<Component, MutableLoad>();
    const loadOf = (component: Component): MutableLoad => {
        let load = loads.get(component);
        if (!load) {
            load = { reads: 0, writes: 0, lines: [], contributions: [], readAssumptions: new Map(), writeAssumptions: new Map() };
            loads.set(component, load);
        }
        return load;
    };
    seedClients(index, entry, loadOf);
    propagate(design, index, loads, loadOf, settings);
    return new Map([...loads].map(([component, load]) => {
        const all = new Map<string, Assumption>();
        assume(all, load.reads > 0 ? load.readAssumptions.values() : []);
        assume(all, load.writes > 0 ? load.writeAssumptions.values() : []);
        return [component, { reads: load.reads, writes: load.writes, lines: load.lines, contributions: load.contributions, assumptions: [...all.values()], writeAssumptions: [...load.writeAssumptions.values()] }];
    }));
}

function propagate(design: Design, index: DesignIndex, loads: ReadonlyMap<Component, MutableLoad>, loadOf: (component: Component) => MutableLoad, settings: EstimateSettings): void {
    const accessOf: AccessOf = (connection) => effectiveAccess(connection, index);
    for (const component of processingOrder(design, index)) {
        const load = loads.get(component);
        if (load && (load.reads > 0 || load.writes > 0)) {
            for (const { connection, reads, writes, note, assumptions, writeAssumptions, fromReads } of outflows(component, load, index, settings, accessOf)) {
                if (reads <= 0 && writes <= 0) {
                    continue;
                }
                const target = loadOf(connection.target);
                target.reads += reads;
                target.writes += writes;
                target.lines.push(`${connection.source.name}: ${describeFlow(reads, writes)}${note}`);
                target.contributions.push({ from: connection.source.name, reads, writes, note });
                if (reads > 0) {
                    assume(target.readAssumptions, [...load.readAssumptions.values(), ...(assumptions ?? [])]);
                }
                if (writes > 0) {
                    // Messages carry the caller's reads and writes alike.
                    assume(target.writeAssumptions, [...load.writeAssumptions.values(), ...(fromReads ? load.readAssumptions.values() : []), ...(writeAssumptions ?? [])]);
                }
            }
        }
    }
}

/** The writes of a load, line by line (reads left out): `Api: 396/s = 396/s`. */
export function writesDerivation(load: Load): string {
    const lines = load.contributions.filter((line) => line.writes > 0).map((line) => `${line.from}: ${rate(line.writes)}${line.note}`);
    return `${lines.join('; ')} = ${rate(load.writes)}`;
}

function seedClients(index: DesignIndex, entry: Entry, loadOf: (component: Component) => MutableLoad): void {
    const clients = index.ofKind('client').filter((client) => index.outgoing(client).length > 0);
    const readShare = entry.readRatio === undefined ? 1 : entry.readRatio / (entry.readRatio + 1);
    for (const client of clients) {
        const share = entry.peak / clients.length;
        const load = loadOf(client);
        load.reads += share * readShare;
        load.writes += share * (1 - readShare);
        const split = entry.readRatio === undefined ? '' : ` × ${count(entry.readRatio)}/${count(entry.readRatio + 1)} reads`;
        load.lines.push(`${entry.derivation}${clients.length > 1 ? ` ÷ ${clients.length} clients` : ''}${split}`);
        assume(load.readAssumptions, entry.assumptions ?? []);
        assume(load.writeAssumptions, entry.assumptions ?? []);
    }
}

interface Outflow {
    readonly connection: Connection;
    readonly reads: number;
    readonly writes: number;
    readonly note: string;
    /** Defaults its reads lean on. */
    readonly assumptions?: readonly Assumption[];
    /** Defaults its writes lean on. */
    readonly writeAssumptions?: readonly Assumption[];
    /** Its writes include the caller's reads (messages). */
    readonly fromReads?: boolean;
}

function outflows(component: Component, load: MutableLoad, index: DesignIndex, settings: EstimateSettings, accessOf: AccessOf): Outflow[] {
    const outgoing = index.outgoing(component);
    if (component.kind === 'client') {
        return share(outgoing.filter((connection) => connection.target.kind !== 'dns'), load, 'clients', accessOf).concat(lookups(outgoing, load));
    }
    if (ROUTER_KINDS.has(component.kind)) {
        const hit = component.kind === 'cdn' ? component.properties.number('hit_ratio') ?? 0 : 0;
        const passed = { ...load, reads: load.reads * (1 - hit) };
        const note = hit > 0 ? ` (× (1 − ${percent(hit)} edge hits))` : '';
        return share(outgoing, passed, 'routes', accessOf).map((flow) => ({ ...flow, note: flow.note + note }));
    }
    if (component.kind === 'queue') {
        const messages = load.reads + load.writes;
        return outgoing.map((connection) => stated(connection, { connection, reads: 0, writes: messages, note: ' (messages)', fromReads: true }, accessOf));
    }
    if (component.kind === 'dns' || component.kind === 'database' || component.kind === 'cache' || component.kind === 'storage' || component.kind === 'search') {
        return [];
    }
    return callerOutflows(outgoing, load, settings, accessOf);
}

/**
 * A caller reads its caches first; everything it reads behind them (stores
 * and services alike) sees only the misses.
 */
function callerOutflows(outgoing: readonly Connection[], load: MutableLoad, settings: EstimateSettings, accessOf: AccessOf): Outflow[] {
    const caches = outgoing.filter((connection) => connection.mode === 'sync' && connection.target.kind === 'cache' && connection.access !== 'writes');
    const hitRatio = (cache: Component): number => cache.properties.number('hit_ratio') ?? settings.cacheHitRatio;
    const missRatio = caches.reduce((miss, connection) => miss * (1 - hitRatio(connection.target)), 1);
    const cacheNames = caches.map((connection) => `${percent(hitRatio(connection.target))} ${connection.target.name}`).join(', ');
    const hitAssumptions: Assumption[] = caches
        .filter((connection) => connection.target.properties.number('hit_ratio') === undefined)
        .map((connection) => ({ element: connection.target.name, text: `${connection.target.name} serves ${percent(settings.cacheHitRatio)} of the reads (the default hit ratio)`, settle: 'hit_ratio' }));
    return outgoing.map((connection) => stated(connection, multiplied(computedFlow(connection)), accessOf));

    function computedFlow(connection: Connection): Outflow {
        if (carriesMessages(connection)) {
            return { connection, reads: 0, writes: filtered(connection, load.reads, load.writes).total, note: ' (messages)', fromReads: true };
        }
        const { reads, writes } = filtered(connection, load.reads, load.writes);
        if (caches.length > 0 && connection.target.kind !== 'cache' && connection.mode === 'sync') {
            return { connection, reads: reads * missRatio, writes, note: reads > 0 ? ` (reads × (1 − ${cacheNames} hits))` : '', assumptions: reads > 0 ? hitAssumptions : [] };
        }
        return { connection, reads, writes, note: '' };
    }
}

/**
 * A connection's `calls` (calls per request of the caller) multiplies what it
 * carries; its `fanout` (writes per incoming item) multiplies the writes.
 */
function multiplied(flow: Outflow): Outflow {
    const calls = flow.connection.properties.number('calls') ?? 1;
    const fanout = flow.connection.properties.number('fanout') ?? 1;
    if (calls === 1 && fanout === 1) {
        return flow;
    }
    const notes = [calls !== 1 ? `× ${count(calls)} calls` : '', fanout !== 1 && flow.writes > 0 ? `writes × ${count(fanout)} fan-out` : ''].filter((note) => note !== '');
    return { ...flow, reads: flow.reads * calls, writes: flow.writes * calls * fanout, note: `${flow.note}${notes.length > 0 ? ` (${notes.join(', ')})` : ''}` };
}

/**
 * A connection's stated `rps` replaces what was computed for it (a caller
 * may batch, filter or fan out): writes only or reads only as its `access`
 * says, else in the computed mix.
 */
function stated(connection: Connection, computed: Outflow, accessOf: AccessOf): Outflow {
    const rps = connection.properties.number('rps');
    if (rps === undefined) {
        return computed;
    }
    const total = computed.reads + computed.writes;
    const readShare = total > 0 ? computed.reads / total : carriesMessages(connection) ? 0 : 1;
    const { reads, writes } = splitByAccess(accessOf(connection), rps, readShare);
    return { connection, reads, writes, note: ' (stated rps)' };
}

/** `rps` requests as reads and writes: all of one kind when the connection's `access` says so. */
function splitByAccess(access: 'reads' | 'writes' | undefined, rps: number, readShare: number): { reads: number; writes: number } {
    if (access === 'writes') {
        return { reads: 0, writes: rps };
    }
    if (access === 'reads') {
        return { reads: rps, writes: 0 };
    }
    return { reads: rps * readShare, writes: rps * (1 - readShare) };
}

/**
 * Requests shared evenly among targets: reads among the routes that carry
 * reads, writes among those that carry writes (a route's `access`); a
 * connection's `rps` fixes its own share.
 */
function share(outgoing: readonly Connection[], load: MutableLoad, what: string, accessOf: AccessOf): Outflow[] {
    const total = load.reads + load.writes;
    const readShare = total > 0 ? load.reads / total : 0;
    const fixed = outgoing.flatMap((connection) => {
        const rps = connection.properties.number('rps');
        return rps === undefined ? [] : [{ connection, ...splitByAccess(accessOf(connection), rps, readShare), note: ' (stated rps)' }];
    });
    const fixedConnections = new Set(fixed.map((flow) => flow.connection));
    const open = outgoing.filter((connection) => !fixedConnections.has(connection));
    const openReads = Math.max(0, load.reads - fixed.reduce((sum, flow) => sum + flow.reads, 0));
    const openWrites = Math.max(0, load.writes - fixed.reduce((sum, flow) => sum + flow.writes, 0));
    // Inferred access sends reads and writes to the routes that use them, as
    // long as some route takes each; otherwise only the stated access counts.
    const readers = routesTaking(open, (connection) => accessOf(connection) !== 'writes', (connection) => connection.access !== 'writes');
    const writers = routesTaking(open, (connection) => accessOf(connection) !== 'reads', (connection) => connection.access !== 'reads');
    const even = evenSplitAssumption(readers.size, writers.size, open, what);
    return [
        ...fixed,
        ...open.map((connection) => {
            const reads = readers.has(connection) ? openReads / readers.size : 0;
            const writes = writers.has(connection) ? openWrites / writers.size : 0;
            return {
                connection,
                reads,
                writes,
                note: splitNote(readers.size, writers.size, what),
                assumptions: reads > 0 && readers.size > 1 ? even : [],
                writeAssumptions: writes > 0 && writers.size > 1 ? even : []
            };
        })
    ];
}

function routesTaking(open: readonly Connection[], inferred: (connection: Connection) => boolean, stated: (connection: Connection) => boolean): Set<Connection> {
    const taking = open.filter(inferred);
    return new Set(taking.length > 0 ? taking : open.filter(stated));
}

/** Requests shared over several routes with no stated `rps` are split evenly: a default, settled by `rps` on the routes. */
function evenSplitAssumption(readers: number, writers: number, open: readonly Connection[], what: string): Assumption[] {
    if (Math.max(readers, writers) < 2 || open.length === 0) {
        return [];
    }
    const router = open[0].source.name;
    return [{ element: router, text: `${router} splits its requests evenly over its ${Math.max(readers, writers)} ${what === 'routes' ? 'routes' : 'targets'}`, settle: 'rps' }];
}

function splitNote(readers: number, writers: number, what: string): string {
    if (readers === writers) {
        return readers > 1 ? ` (÷ ${readers} ${what})` : '';
    }
    return ` (reads ÷ ${readers}, writes ÷ ${writers} ${what})`;
}

/** Name lookups: each request may resolve a name, and clients cache the answers. */
function lookups(outgoing: readonly Connection[], load: MutableLoad): Outflow[] {
    return outgoing.filter((connection) => connection.target.kind === 'dns').map((connection) => ({ connection, reads: load.reads + load.writes, writes: 0, note: ' (lookups at most; clients cache them)' }));
}

/** Messages count as writes: to a queue, from a queue, or sent asynchronously. */
function carriesMessages(connection: Connection): boolean {
    return connection.mode === 'async' || connection.target.kind === 'queue' || connection.source.kind === 'queue';
}

/** What a connection carries, as the load model reads it (see `effectiveAccess`). */
type AccessOf = (connection: Connection) => 'reads' | 'writes' | undefined;

/**
 * What a connection carries: its `access`; a connection that states none
 * carries what its target does downstream when every connection out of the
 * target agrees (a write API that only writes gets only the writes; a
 * read-only service only the reads). Messages sent on count as writes.
 */
export function effectiveAccess(connection: Connection, index: DesignIndex): 'reads' | 'writes' | undefined {
    if (connection.access === 'reads' || connection.access === 'writes') {
        return connection.access;
    }
    const downstream = connection.target.kind === 'client' ? [] : index.outgoing(connection.target).map(downstreamAccess);
    if (downstream.length === 0 || downstream.includes(undefined)) {
        return undefined;
    }
    return downstream.every((access) => access === downstream[0]) ? downstream[0] : undefined;
}

function downstreamAccess(connection: Connection): 'reads' | 'writes' | undefined {
    if (connection.access === 'reads' || connection.access === 'writes') {
        return connection.access;
    }
    return connection.mode === 'async' ? 'writes' : undefined;
}

/** What a caller's connection keeps of the caller's load: what its stated `access` says. */
function filtered(connection: Connection, reads: number, writes: number): { reads: number; writes: number; total: number } {
    const keepReads = connection.access !== 'writes' ? reads : 0;
    const keepWrites = connection.access !== 'reads' ? writes : 0;
    return { reads: keepReads, writes: keepWrites, total: keepReads + keepWrites };
}

function describeFlow(reads: number, writes: number): string {
    if (writes === 0) {
        return `${rate(reads)} reads`;
    }
    if (reads === 0) {
        return `${rate(writes)} writes`;
    }
    return `${rate(reads)} reads + ${rate(writes)} writes`;
}

/**
 * Components in an order where each comes after those that send it load
 * (Kahn's algorithm); components in a cycle follow in declaration order, so
 * a cycle's load is counted once rather than forever.
 */
function processingOrder(design: Design, index: DesignIndex): Component[] {
    const components = [...design.components, ...design.connections.flatMap((connection) => [connection.source, connection.target]).filter((component) => component.foreign)];
    const unique = [...new Set(components)];
    const inDegree = new Map(unique.map((component) => [component, index.incoming(component).length]));
    const queue = unique.filter((component) => inDegree.get(component) === 0);
    const order: Component[] = [];
    const placed = new Set<Component>();
    const place = (component: Component): void => {
        if (placed.has(component)) {
            return;
        }
        placed.add(component);
        order.push(component);
        for (const connection of index.outgoing(component)) {
            const remaining = (inDegree.get(connection.target) ?? 1) - 1;
            inDegree.set(connection.target, remaining);
            if (remaining === 0) {
                queue.push(connection.target);
            }
        }
    };
    let head = 0;
    let cursor = 0;
    while (order.length < unique.length) {
        if (head < queue.length) {
            place(queue[head++]);
            continue;
        }
        // Only cycles are left: enter the first unplaced component in declaration order.
        while (placed.has(unique[cursor])) {
            cursor++;
        }
        queue.push(unique[cursor]);
    }
    return order;
}
