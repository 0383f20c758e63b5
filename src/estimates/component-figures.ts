/**
 * One component's own figures: capacity of one instance, availability and
 * latency, from the component's properties, else its engine's facts, else
 * the kind's default; and how many instances share the work.
 */
import type { Component, Design } from '../model/design.js';
import { regionModeOf, regionsOf } from '../model/regions.js';
import type { Assumption } from '../model/finding.js';
import { instanceCountStated, maxInstances, minInstances } from '../model/component-facts.js';
import type { EstimateSettings } from './estimate-defaults.js';
import { type FigureBasis, percent, rate, seconds } from './figure.js';

export type Origin = 'design' | 'engine' | 'default';

export interface Sourced {
    readonly value: number;
    readonly origin: Origin;
}

function sourced(component: Component, key: 'capacity_rps' | 'availability' | 'latency', fallback: number | undefined): Sourced | undefined {
    const entry = component.properties.entry(key);
    if (typeof entry?.value === 'number') {
        // A value inherited from a `defaults` block is stated by the design too.
        return { value: entry.value, origin: entry.source === 'engine' ? 'engine' : 'design' };
    }
    return fallback === undefined ? undefined : { value: fallback, origin: 'default' };
}

/** Requests per second one instance serves; undefined for elastic managed services and off-path kinds. */
export function instanceCapacity(component: Component, settings: EstimateSettings): Sourced | undefined {
    const stated = sourced(component, 'capacity_rps', undefined);
    if (stated) {
        return stated;
    }
    return component.engine?.ha ? undefined : sourced(component, 'capacity_rps', settings.kinds[component.kind].capacityRps);
}

export function instanceAvailability(component: Component, settings: EstimateSettings): Sourced {
    if (component.kind === 'external') {
        const sla = component.properties.number('sla');
        if (sla !== undefined) {
            return { value: sla, origin: 'design' };
        }
    }
    return sourced(component, 'availability', settings.kinds[component.kind].availability) as Sourced;
}

export function ownLatency(component: Component, settings: EstimateSettings): Sourced {
    return sourced(component, 'latency', settings.kinds[component.kind].latency) as Sourced;
}

/** Instances that share the load at most (autoscale max, else replicas). */
export function capacityInstances(component: Component): number {
    return maxInstances(component);
}

/**
 * The regions whose copy of the component serves its share of the load: in
 * an active_active deployment, every region it runs in (its `regions`, else
 * the deployment's, as the language reads an unstated `regions`), each with
 * its own instances; otherwise one (a passive region serves nothing until
 * failover).
 */
export function servingRegions(component: Component, design: Design): number {
    if (regionModeOf(design) !== 'active_active') {
        return 1;
    }
    const own = component.properties.words('regions') ?? [];
    return Math.max(1, (own.length > 0 ? own : regionsOf(design)).length);
}

/** Instances always running (replicas, or autoscale min). */
export function runningInstances(component: Component): number {
    return minInstances(component);
}

export function originText(origin: Origin, component: Component): string {
    switch (origin) {
        case 'design':
            return 'stated';
        case 'engine':
            return `${component.engine?.title ?? component.engine?.id ?? 'engine'} default`;
        case 'default':
            return `${component.kind} default`;
    }
}

/** What a figure taken from a component rests on: stated, its engine, or the kind's default (an assumption). */
export function basisOfSourced(component: Component, key: 'capacity_rps' | 'availability' | 'latency', own: Sourced): FigureBasis {
    if (component.kind === 'client') {
        // A client only sends load: its figures are not part of any estimate.
        return { basis: 'stated' };
    }
    switch (own.origin) {
        case 'design':
            return { basis: 'stated' };
        case 'engine':
            return { basis: 'engine' };
        case 'default':
            return { basis: 'assumed', assumptions: [defaultAssumption(component, key, own.value)] };
    }
}

function defaultAssumption(component: Component, key: 'capacity_rps' | 'availability' | 'latency', value: number): Assumption {
    const settle = key === 'availability' && component.kind === 'external' ? 'sla' : key;
    switch (key) {
        case 'capacity_rps':
            return { element: component.name, text: `one ${component.kind} instance serves ${rate(value)} (the ${component.kind} default)`, settle };
        case 'availability':
            return { element: component.name, text: `one ${component.kind} instance is available ${percent(value)} of the time (the ${component.kind} default)`, settle };
        case 'latency':
            return { element: component.name, text: `a request spends ${seconds(value)} in ${component.kind} ${component.name} (the ${component.kind} default)`, settle };
    }
}

/** `replicas: many` gives no count: capacity counts the least that "several" means (replicaCount). */
export function instanceCountAssumption(component: Component): Assumption | undefined {
    return instanceCountStated(component)
        ? undefined
        : { element: component.name, text: `${component.name} runs several instances but the count is not given: capacity counts ${maxInstances(component)}`, settle: 'replicas' };
}
