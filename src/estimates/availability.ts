/**
 * Availability: each component's, with its redundancy (n instances with
 * automatic failover, or stateless instances behind a balancer, give
 * 1 − (1 − a)ⁿ), and each request path's (the product of its components;
 * the design's is its weakest client path).
 */
import type { Component } from '../model/design.js';
import type { DesignIndex } from '../model/design-index.js';
import { instanceAvailability, originText, runningInstances } from './component-figures.js';
import type { EstimateSettings } from './estimate-defaults.js';
import { type Figure, figure, percent } from './figure.js';

const STORE_KINDS = new Set<Component['kind']>(['database', 'cache', 'queue', 'search', 'storage', 'coordinator']);
const BALANCER_KINDS = new Set<Component['kind']>(['loadbalancer', 'gateway']);

export function componentAvailability(component: Component, index: DesignIndex, settings: EstimateSettings): Figure {
    const own = instanceAvailability(component, settings);
    const source = originText(own.origin, component);
    if (component.engine?.ha && own.origin !== 'default') {
        return figure(own.value, `${percent(own.value)} (${source}: the service is redundant on its own)`);
    }
    const instances = runningInstances(component);
    const why = redundancy(component, instances, index);
    if (!why) {
        return figure(own.value, `${percent(own.value)} (${source}, one instance serves${instances > 1 ? ` — ${instances} instances but ${nonRedundantReason(component)}` : ''})`);
    }
    const value = 1 - (1 - own.value) ** instances;
    return figure(value, `1 − (1 − ${percent(own.value)})^${instances} = ${percent(value)} (${source}; ${why})`);
}

/**
 * Why several instances make the component more available, or undefined when
 * they do not: stores need automatic failover; stateless instances cover for
 * each other (however callers find them: a balancer, discovery or DNS); a
 * component that keeps state covers only when a balancer moves its users.
 */
function redundancy(component: Component, instances: number, index: DesignIndex): string | undefined {
    if (instances < 2) {
        return undefined;
    }
    if (STORE_KINDS.has(component.kind)) {
        return component.properties.string('failover') === 'auto' ? 'automatic failover' : undefined;
    }
    if (component.properties.boolean('stateless') !== false) {
        return 'stateless instances cover for each other';
    }
    const callers = index.incoming(component).filter((connection) => connection.mode === 'sync');
    return callers.length > 0 && callers.every((connection) => BALANCER_KINDS.has(connection.source.kind) || connection.source.engine?.ha === true)
        ? 'a balancer moves users to healthy instances'
        : undefined;
}

function nonRedundantReason(component: Component): string {
    return STORE_KINDS.has(component.kind) ? 'no automatic failover' : 'instances keep state and no balancer moves their users';
}

/** Estimates within this of the target reach it: they are products of rounded percentages. */
const TOLERANCE = 1e-6;

export function reachesAvailability(estimate: number, target: number): boolean {
    return estimate >= target - TOLERANCE;
}
