/**
 * One component's own figures: capacity of one instance, availability and
 * latency, from the component's properties, else its engine's facts, else
 * the kind's default; and how many instances share the work.
 */
import type { Component } from '../model/design.js';
import { maxInstances, minInstances } from '../model/component-facts.js';
import type { EstimateSettings } from './estimate-defaults.js';

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
