/**
 * What a reviewer reads off a component's properties (explicit or engine
 * facts), shared by the rules so that each notion is decided once.
 */
import type { Component, ComponentKind, Connection, Design } from './design.js';

export const DATA_STORE_KINDS: readonly ComponentKind[] = ['database', 'cache', 'queue', 'storage', 'search'];
export const PERSISTENT_STORE_KINDS: readonly ComponentKind[] = ['database', 'storage', 'search', 'queue'];
export const COMPUTE_KINDS: readonly ComponentKind[] = ['service', 'worker', 'function', 'gateway'];
/** Components that pass a request on without doing the product's work: where edge controls are usually configured. */
export const EDGE_KINDS: ReadonlySet<ComponentKind> = new Set<ComponentKind>(['dns', 'cdn', 'loadbalancer', 'gateway']);
export const SENSITIVE_DATA = ['pii', 'payment', 'credentials', 'health'] as const;
/** Kinds that watch the system rather than serve it: drawn apart from it, they are not unconnected. */
export const OBSERVER_KINDS: ReadonlySet<ComponentKind> = new Set<ComponentKind>(['monitoring', 'logging']);

export function isDataStore(component: Component): boolean {
    return DATA_STORE_KINDS.includes(component.kind);
}

/** Stores that hold data at rest and never call anything themselves. */
const COPYING_STORE_KINDS: readonly ComponentKind[] = ['database', 'storage', 'search'];

/**
 * A connection from one store to another (database -> replica database, a
 * database indexed into a search store) copies data between them: a store
 * issues no queries of its own, so the link is replication or ingestion, not
 * a client reading the target.
 */
export function isStoreToStoreCopy(connection: Connection): boolean {
    return COPYING_STORE_KINDS.includes(connection.source.kind) && COPYING_STORE_KINDS.includes(connection.target.kind);
}

/**
 * A store with multi-record transactions: stated or an engine fact, or a
 * relational model, whose engines all have them (unless the design says
 * `transactions: false`).
 */
export function isTransactional(component: Component): boolean {
    const stated = component.properties.boolean('transactions');
    return stated ?? component.properties.string('model') === 'relational';
}

/** `database Urls`: how messages name a component. */
export function describe(component: Component): string {
    return `${component.kind} ${component.name}`;
}

/** `replicas: many`: several instances, the count not stated (published designs say "a fleet"). */
export const REPLICAS_MANY = 'many';

/** The fewest instances "several" can mean: `replicas: many` counts as this many. */
export const MANY_INSTANCES_AT_LEAST = 2;

/**
 * The instances `replicas` states: 1 when left out (the language's meaning),
 * and MANY_INSTANCES_AT_LEAST for `many`, so that `many` is redundant and
 * never read as one instance. Read it here, never as `number('replicas')`.
 */
export function replicaCount(component: Component): number {
    const replicas = component.properties.get('replicas');
    if (replicas === REPLICAS_MANY) {
        return MANY_INSTANCES_AT_LEAST;
    }
    return typeof replicas === 'number' ? replicas : 1;
}

/**
 * Neither `replicas` nor `autoscale` is written (nor inherited from a stated
 * default): the count is left unsaid. The language reads it as one instance;
 * rules that word or weigh a finding on it say so.
 */
export function countUnsaid(component: Component): boolean {
    return !component.properties.has('replicas') && !component.properties.has('autoscale');
}

/**
 * An autoscaler whose minimum the design leaves out (and no `replicas`): the
 * floor is unsaid, so one instance is only the reading of that silence, as
 * for a count left out.
 */
export function floorUnsaid(component: Component): boolean {
    return autoscales(component) && !component.properties.has('replicas') && typeof component.properties.block('autoscale')?.min !== 'number';
}

/**
 * False when the design says there are several instances without saying how
 * many (`replicas: many` and no autoscale bounds): a figure built on the count
 * then rests on an assumed count, and should say so.
 */
export function instanceCountStated(component: Component): boolean {
    return component.properties.get('replicas') !== REPLICAS_MANY || autoscales(component);
}

/** Instances always running: replicas, or the autoscaler's minimum when higher. */
export function minInstances(component: Component): number {
    const replicas = replicaCount(component);
    const autoscaleMin = numberIn(component.properties.block('autoscale'), 'min') ?? 0;
    return Math.max(replicas, autoscaleMin);
}

/** Instances at most: the autoscaler's maximum when set, else replicas. */
export function maxInstances(component: Component): number {
    const replicas = replicaCount(component);
    const autoscaleMax = numberIn(component.properties.block('autoscale'), 'max');
    return Math.max(replicas, autoscaleMax ?? 0);
}

export function autoscales(component: Component): boolean {
    return component.properties.block('autoscale') !== undefined;
}

/** Two or more instances, or copies (`replication_factor`: each shard kept on N nodes), or an engine that is highly available by itself. */
export function isRedundant(component: Component): boolean {
    return minInstances(component) >= 2 || (component.properties.number('replication_factor') ?? 0) >= 2 || component.engine?.ha === true
        || (countUnsaid(component) && statesReplicas(component));
}

/** Replicating writes the design states (not its engine's default): `replication: sync`, `semi_sync` or `async`, or `failover: auto`. */
const REPLICATING = new Set(['sync', 'semi_sync', 'async']);

/**
 * The design says the store keeps copies without counting them: it states
 * how writes reach the replicas, or that a replica is promoted on failure.
 * A stated `replicas: 1` says otherwise and wins (see isRedundant).
 */
function statesReplicas(component: Component): boolean {
    const stated = (key: 'replication' | 'failover'): string | undefined => {
        const entry = component.properties.entry(key);
        return entry !== undefined && entry.source !== 'engine' && typeof entry.value === 'string' ? entry.value : undefined;
    };
    return REPLICATING.has(stated('replication') ?? '') || stated('failover') === 'auto';
}

/** The kinds of sensitive data a store declares (`data: [pii, payment]`). */
export function sensitiveDataOf(component: Component): string[] {
    return (component.properties.words('data') ?? []).filter((item) => (SENSITIVE_DATA as readonly string[]).includes(item));
}

export function availabilityTarget(design: Design): number | undefined {
    return design.settings.requirements?.properties.number('availability');
}

export function readRatio(design: Design): number | undefined {
    return design.settings.requirements?.properties.number('read_ratio');
}

// Rules read it here with the other facts about targets.
export { formatPercent } from './units.js';

function numberIn(block: Readonly<Record<string, unknown>> | undefined, key: string): number | undefined {
    const value = block?.[key];
    return typeof value === 'number' ? value : undefined;
}

/**
 * The component runs a released product (`product`): how it writes, retries,
 * times out and handles a failing or repeated message is its vendor's code,
 * not a decision this design makes, so rules about application behaviour
 * leave it to the product; how it is deployed is still this design's.
 */
export function runsProduct(component: Component): boolean {
    return component.properties.has('product');
}
