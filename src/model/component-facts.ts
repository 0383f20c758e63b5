/**
 * What a reviewer reads off a component's properties (explicit or engine
 * facts), shared by the rules so that each notion is decided once.
 */
import type { Component, ComponentKind, Design } from './design.js';

export const DATA_STORE_KINDS: readonly ComponentKind[] = ['database', 'cache', 'queue', 'storage', 'search'];
export const PERSISTENT_STORE_KINDS: readonly ComponentKind[] = ['database', 'storage', 'search', 'queue'];
export const COMPUTE_KINDS: readonly ComponentKind[] = ['service', 'worker', 'function', 'gateway'];
/** Components that pass a request on without doing the product's work: where edge controls are usually configured. */
export const EDGE_KINDS: ReadonlySet<ComponentKind> = new Set<ComponentKind>(['dns', 'cdn', 'loadbalancer', 'gateway']);
export const SENSITIVE_DATA = ['pii', 'payment', 'credentials', 'health'] as const;

export function isDataStore(component: Component): boolean {
    return DATA_STORE_KINDS.includes(component.kind);
}

/** `database Urls`: how messages name a component. */
export function describe(component: Component): string {
    return `${component.kind} ${component.name}`;
}

/** Instances always running: replicas, or the autoscaler's minimum when higher. */
export function minInstances(component: Component): number {
    const replicas = component.properties.number('replicas') ?? 1;
    const autoscaleMin = numberIn(component.properties.block('autoscale'), 'min') ?? 0;
    return Math.max(replicas, autoscaleMin);
}

/** Instances at most: the autoscaler's maximum when set, else replicas. */
export function maxInstances(component: Component): number {
    const replicas = component.properties.number('replicas') ?? 1;
    const autoscaleMax = numberIn(component.properties.block('autoscale'), 'max');
    return Math.max(replicas, autoscaleMax ?? 0);
}

/**
 * Whether the design gives the component's instance count: `replicas` left out
 * means one instance (the language's meaning), a number or an autoscale range
 * gives it; `replicas: many` says there are several without a count.
 */
export function instanceCountStated(component: Component): boolean {
    const replicas = component.properties.entry('replicas');
    return replicas === undefined || typeof replicas.value === 'number' || autoscales(component);
}

export function autoscales(component: Component): boolean {
    return component.properties.block('autoscale') !== undefined;
}

/** Runs more than one instance (replicas, autoscaling, or an engine that is HA on its own). */
export function isRedundant(component: Component): boolean {
    return minInstances(component) >= 2 || component.engine?.ha === true;
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
