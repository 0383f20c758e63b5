/**
 * The estimates of a design: load, capacity and utilisation per component,
 * availability per component and of the weakest client path, latency of the
 * slowest synchronous path, data loss per store, and the whiteboard figures.
 * Every figure carries its derivation. Linear in the size of the design.
 */
import type { Component, Connection, Design } from '../model/design.js';
import { type DesignIndex, indexOf } from '../model/design-index.js';
import { servesRequests } from '../model/phase.js';
import { type AvailabilityContext, componentAvailability, pathAvailability } from './availability.js';
import type { Assumption } from '../model/finding.js';
import { instanceCountStated, isStoreToStoreCopy } from '../model/component-facts.js';
import { basisOfSourced, capacityInstances, servingRegions, instanceCapacity, instanceCountAssumption, originText, ownLatency } from './component-figures.js';
import { type DataLoss, dataLossOf } from './data-loss.js';
import { DEFAULT_ESTIMATE_SETTINGS, type EstimateSettings } from './estimate-defaults.js';
import { type Figure, combinedBasis, count, figure, rate, seconds, share, uniqueAssumptions } from './figure.js';
import { type Entry, type Load, propagateLoad, writesDerivation } from './load.js';
import { bestPaths, pathFrom } from './path-search.js';
import { type Whiteboard, whiteboardFigures } from './whiteboard.js';

export interface ComponentEstimate {
    readonly component: Component;
    /** Reads and writes per second at peak (when the design states or implies a peak). */
    readonly load?: { readonly reads: number; readonly writes: number; readonly total: Figure; readonly writeFigure: Figure };
    /** Requests per second all instances serve together; undefined when elastic. */
    readonly capacity?: Figure;
    /** Requests per second one instance serves (what `capacity` multiplies). */
    readonly capacityPerInstance?: number;
    /**
     * True when `capacity` multiplies an instance count the design does not
     * state (`replicas: many`, counted as two): the capacity is then an
     * assumption, and a finding built on it should say so.
     */
    readonly instanceCountAssumed?: boolean;
    /** For a single-leader database: writes per second its leaders take. */
    readonly writeCapacity?: Figure;
    readonly utilisation?: Figure;
    readonly availability: Figure;
    readonly latency: Figure;
    /** The defaults its figures rest on (review-quality principle 3). */
    readonly assumptions: readonly Assumption[];
}

export interface PathEstimate {
    readonly value: Figure;
    /** The client the path starts from. */
    readonly client: Component;
    /** The components after the client, in order. */
    readonly path: readonly Component[];
}

export interface DesignEstimates {
    readonly design: Design;
    readonly entry?: Entry;
    readonly components: ReadonlyMap<Component, ComponentEstimate>;
    /** The weakest client path, and its availability. */
    readonly availability?: PathEstimate;
    /** The slowest synchronous path from a client, and its latency. */
    readonly latency?: PathEstimate;
    readonly dataLoss: readonly DataLoss[];
    readonly whiteboard: Whiteboard;
    /**
     * Every default the estimates rest on, once each, in the shape of a
     * finding's assumptions: what was assumed, for which element, and the
     * property that would settle it.
     */
    readonly assumptions: readonly Assumption[];
}

const cache = new WeakMap<Design, Map<EstimateSettings, DesignEstimates>>();

/** The estimates of a design, computed once per design and settings. */
export function estimatesOf(design: Design, settings: EstimateSettings = DEFAULT_ESTIMATE_SETTINGS): DesignEstimates {
    let bySettings = cache.get(design);
    if (!bySettings) {
        bySettings = new Map();
        cache.set(design, bySettings);
    }
    let estimates = bySettings.get(settings);
    if (!estimates) {
        estimates = estimateDesign(design, settings);
        bySettings.set(settings, estimates);
    }
    return estimates;
}

export function estimateDesign(design: Design, settings: EstimateSettings): DesignEstimates {
    const index = indexOf(design);
    const whiteboard = whiteboardFigures(design.settings.requirements?.properties, settings);
    const readRatio = design.settings.requirements?.properties.number('read_ratio');
    const entry: Entry | undefined = whiteboard.peakRps ? { peak: whiteboard.peakRps.value, readRatio, derivation: count(whiteboard.peakRps.value), assumptions: whiteboard.peakRps.assumptions } : undefined;
    const loads = entry ? propagateLoad(design, entry, settings) : new Map<Component, Load>();
    const components = new Map<Component, ComponentEstimate>();
    const availability: AvailabilityContext = { index, settings, onClientPath: reachedByClients(index) };
    for (const component of allComponents(design)) {
        components.set(component, componentEstimate(component, loads.get(component), availability));
    }
    const availabilityPath = weakestPath(design, index, components);
    const latencyPath = slowestPath(index, components, settings);
    const dataLoss = dataLossOf(design, settings);
    return {
        design,
        entry,
        components,
        availability: availabilityPath,
        latency: latencyPath,
        dataLoss,
        whiteboard,
        assumptions: uniqueAssumptions([
            ...(entry?.assumptions ?? []),
            ...[...components.values()].flatMap((estimate) => estimate.assumptions),
            ...(availabilityPath?.value.assumptions ?? []),
            ...(latencyPath?.value.assumptions ?? []),
            ...dataLoss.flatMap((loss) => loss.loss.assumptions ?? [])
        ])
    };
}

function allComponents(design: Design): Component[] {
    return [...new Set([...design.components, ...design.connections.flatMap((connection) => [connection.source, connection.target])])];
}

function componentEstimate(component: Component, load: Load | undefined, context: AvailabilityContext): ComponentEstimate {
    const { settings } = context;
    const own = ownLatency(component, settings);
    const availability = componentAvailability(component, context);
    const latency = figure(own.value, `${seconds(own.value)} (${originText(own.origin, component)})`, basisOfSourced(component, 'latency', own));
    const estimate = { component, availability, latency, assumptions: uniqueAssumptions([...(availability.assumptions ?? []), ...(latency.assumptions ?? [])]) };
    if (!load || component.kind === 'client') {
        return estimate;
    }
    const total = load.reads + load.writes;
    const loadBasis = combinedBasis({ assumptions: load.assumptions });
    const capacity = capacityOf(component, context.index.design, settings);
    const writeCapacity = writeCapacityOf(component, settings);
    const utilisation = capacity ? figure(total / capacity.value, `${rate(total)} ÷ ${rate(capacity.value)} = ${share(total / capacity.value)}`, combinedBasis(loadBasis, capacity)) : undefined;
    const loadFigure = figure(total, `${load.lines.join('; ')} = ${rate(total)}`, loadBasis);
    return {
        ...estimate,
        load: { reads: load.reads, writes: load.writes, total: loadFigure, writeFigure: figure(load.writes, writesDerivation(load), { assumptions: load.writeAssumptions }) },
        capacity,
        capacityPerInstance: instanceCapacity(component, settings)?.value,
        instanceCountAssumed: capacity !== undefined && !instanceCountStated(component),
        writeCapacity,
        utilisation,
        assumptions: uniqueAssumptions([...estimate.assumptions, ...(loadFigure.assumptions ?? []), ...(capacity?.assumptions ?? []), ...(writeCapacity?.assumptions ?? [])])
    };
}

/** Every instance serves: the replicas (or the autoscale maximum) of each shard, in each region that serves. */
function capacityOf(component: Component, design: Design, settings: EstimateSettings): Figure | undefined {
    const perInstance = instanceCapacity(component, settings);
    if (!perInstance) {
        return undefined;
    }
    const instances = capacityInstances(component);
    const shards = component.properties.number('shards') ?? 1;
    const regions = servingRegions(component, design);
    const value = regions * shards * instances * perInstance.value;
    const counted = instanceCountAssumption(component);
    const scaling = instances === 1 ? 'instance' : component.properties.block('autoscale') ? 'autoscale max' : counted ? 'replicas (replicas: many, count assumed)' : 'replicas';
    const sharded = `${regions > 1 ? `${regions} active regions × ` : ''}${shards > 1 ? `${shards} shards × ` : ''}`;
    const basis = combinedBasis(basisOfSourced(component, 'capacity_rps', perInstance), { assumptions: counted ? [counted] : [] });
    return figure(value, `${sharded}${instances} ${scaling} × ${rate(perInstance.value)} (${originText(perInstance.origin, component)}) = ${rate(value)}`, basis);
}

/** A single-leader database takes writes on one leader per shard. */
function writeCapacityOf(component: Component, settings: EstimateSettings): Figure | undefined {
    if (component.kind !== 'database' || (component.properties.string('topology') ?? 'single_leader') !== 'single_leader') {
        return undefined;
    }
    const perInstance = instanceCapacity(component, settings);
    if (!perInstance) {
        return undefined;
    }
    const shards = component.properties.number('shards') ?? 1;
    return figure(shards * perInstance.value, `${shards} ${shards === 1 ? 'leader' : 'shard leaders'} × ${rate(perInstance.value)} (${originText(perInstance.origin, component)}) = ${rate(shards * perInstance.value)}`, basisOfSourced(component, 'capacity_rps', perInstance));
}

function syncOut(index: DesignIndex): (component: Component) => readonly Connection[] {
    const memo = new Map<Component, Connection[]>();
    return (component) => {
        let out = memo.get(component);
        if (!out) {
            // A call made only at start-up or in the background holds no request.
            out = index.outgoing(component).filter((connection) => connection.mode === 'sync' && servesRequests(connection));
            memo.set(component, out);
        }
        return out;
    };
}

/**
 * A synchronous hop the response waits for. Not one: a copy from one store
 * to another (replication, a snapshot restore: a store issues no queries of
 * its own; a cache copying to a cache is replication too), or a hand-off to a push service (an external that delivers to a
 * client itself), whose delivery reaches the user later, on its own path.
 */
function holdsTheResponse(connection: Connection, index: DesignIndex): boolean {
    if (isStoreToStoreCopy(connection) || (connection.source.kind === 'cache' && connection.target.kind === 'cache')) {
        return false;
    }
    const pushes = connection.target.kind === 'external' && index.outgoing(connection.target).some((onward) => onward.target.kind === 'client');
    return !pushes;
}

/** The synchronous hops of a component that the response waits for. */
function respondingHops(index: DesignIndex): (component: Component) => readonly Connection[] {
    const sync = syncOut(index);
    return (component) => sync(component).filter((connection) => holdsTheResponse(connection, index));
}

/** Clients and every component they reach over synchronous connections. */
function reachedByClients(index: DesignIndex): Set<Component> {
    const successors = syncOut(index);
    const reached = new Set<Component>(index.ofKind('client'));
    const queue = [...reached];
    for (let head = 0; head < queue.length; head++) {
        for (const connection of successors(queue[head])) {
            if (!reached.has(connection.target)) {
                reached.add(connection.target);
                queue.push(connection.target);
            }
        }
    }
    return reached;
}

function weakestPath(design: Design, index: DesignIndex, components: ReadonlyMap<Component, ComponentEstimate>): PathEstimate | undefined {
    const clients = index.ofKind('client').filter((client) => index.outgoing(client).some((connection) => connection.mode === 'sync'));
    if (clients.length === 0) {
        return undefined;
    }
    // A cache is a soft dependency: when it fails, reads fall through to the store behind it.
    const availability = (component: Component): number => (component.kind === 'cache' ? 1 : components.get(component)?.availability.value ?? 1);
    // A replica fed by its primary, or a push service, can fail without failing the request.
    const responding = respondingHops(index);
    const steps = bestPaths(clients, {
        successors: responding,
        own: availability,
        extend: (component, _connection, rest) => availability(component) * rest,
        better: (candidate, best) => candidate < best
    });
    const client = clients.reduce((weakest, candidate) => ((steps.get(candidate)?.value ?? 1) < (steps.get(weakest)?.value ?? 1) ? candidate : weakest));
    const path = pathFrom(client, steps).slice(1);
    const basisOf = (component: Component): Figure | undefined => (component.kind === 'cache' ? undefined : components.get(component)?.availability);
    return { value: pathAvailability(design, path, availability, basisOf), client, path };
}

function slowestPath(index: DesignIndex, components: ReadonlyMap<Component, ComponentEstimate>, settings: EstimateSettings): PathEstimate | undefined {
    const clients = index.ofKind('client').filter((client) => index.outgoing(client).some((connection) => connection.mode === 'sync'));
    if (clients.length === 0) {
        return undefined;
    }
    const own = (component: Component): number => components.get(component)?.latency.value ?? 0;
    const hop = (connection: Connection): number => (connection.properties.boolean('crosses_region') ? settings.crossRegionLatency : 0);
    const steps = bestPaths(clients, {
        successors: respondingHops(index),
        own,
        extend: (component, connection, rest) => own(component) + hop(connection) + rest,
        better: (candidate, best) => candidate > best
    });
    const client = clients.reduce((slowest, candidate) => ((steps.get(candidate)?.value ?? 0) > (steps.get(slowest)?.value ?? 0) ? candidate : slowest));
    const path = pathFrom(client, steps);
    const value = steps.get(client)?.value ?? 0;
    const terms: string[] = [];
    for (let position = 1; position < path.length; position++) {
        const connection = steps.get(path[position - 1])?.next?.connection;
        if (connection && hop(connection) > 0) {
            terms.push(`${seconds(hop(connection))} cross-region`);
        }
        terms.push(`${path[position].name} ${seconds(own(path[position]))}`);
    }
    const basis = combinedBasis(...path.slice(1).map((component) => components.get(component)?.latency));
    return { value: figure(value, `${terms.join(' + ')} = ${seconds(value)}`, basis), client, path: path.slice(1) };
}
