/**
 * Availability: each component's, with its redundancy (n instances that
 * cover for each other give 1 − (1 − a)ⁿ; a consensus cluster is up while a
 * majority is), and each request path's (the product of its components; the
 * design's is its weakest client path, and in an active-active deployment
 * the regional part of a path is multiplied by the regions).
 */
import type { Component, Design } from '../model/design.js';
import type { DesignIndex } from '../model/design-index.js';
import { regionModeOf, regionsOf } from '../model/regions.js';
import { instanceCountStated } from '../model/component-facts.js';
import { basisOfSourced, instanceAvailability, originText, runningInstances } from './component-figures.js';
import type { EstimateSettings } from './estimate-defaults.js';
import { type Figure, type FigureBasis, combinedBasis, figure, percent } from './figure.js';

const STORE_KINDS = new Set<Component['kind']>(['database', 'cache', 'queue', 'search', 'storage']);
const BALANCER_KINDS = new Set<Component['kind']>(['loadbalancer', 'gateway']);
/** Served from everywhere: not multiplied by the regions of an active-active deployment. */
const GLOBAL_KINDS = new Set<Component['kind']>(['client', 'cdn', 'dns', 'external']);

export interface AvailabilityContext {
    readonly index: DesignIndex;
    readonly settings: EstimateSettings;
    /** Components that clients reach over synchronous connections (clients included). */
    readonly onClientPath: ReadonlySet<Component>;
}

export function componentAvailability(component: Component, context: AvailabilityContext): Figure {
    const own = instanceAvailability(component, context.settings);
    const source = originText(own.origin, component);
    const basis = basisOfSourced(component, 'availability', own);
    if (component.engine?.ha && own.origin !== 'default') {
        return figure(own.value, `${percent(own.value)} (${source}: the service is redundant on its own)`, basis);
    }
    const instances = runningInstances(component);
    if (component.kind === 'coordinator' && instances > 1) {
        return quorumAvailability(own.value, instances, source, basis);
    }
    const why = redundancy(component, instances, context);
    if (!why) {
        return figure(own.value, `${percent(own.value)} (${source}, one instance serves${instances > 1 ? ` — ${instances} instances but ${nonRedundantReason(component)}` : ''})`, basis);
    }
    const value = 1 - (1 - own.value) ** instances;
    // `replicas: many` states redundancy but not the count: say the count is assumed.
    const assumed = instanceCountStated(component) ? '' : '; replicas: many, count assumed';
    return figure(value, `1 − (1 − ${percent(own.value)})^${instances} = ${percent(value)} (${source}; ${why}${assumed})`, basis);
}

/**
 * The largest cluster summed exactly. Real ones have 3 to 7 members; past a
 * few hundred the sum no longer moves, while `replicas: 1B` would loop for
 * hours and C(n, k) overflows to NaN past about 1,030.
 */
const MAX_QUORUM_MEMBERS = 999;

/** A consensus cluster answers while a majority of its n members is up: Σ C(n, k) aᵏ (1 − a)ⁿ⁻ᵏ for k from the majority to n. */
function quorumAvailability(one: number, members: number, source: string, basis: FigureBasis): Figure {
    const majority = Math.floor(members / 2) + 1;
    const summed = Math.min(members, MAX_QUORUM_MEMBERS);
    let value = 0;
    for (let up = Math.floor(summed / 2) + 1; up <= summed; up++) {
        value += binomial(summed, up) * one ** up * (1 - one) ** (summed - up);
    }
    // Rounding in a long sum can pass 1 by an ulp.
    value = Math.min(value, 1);
    return figure(value, `a majority (${majority} of ${members}) of ${percent(one)} members up = ${percent(value)} (${source}; consensus)`, basis);
}

function binomial(n: number, k: number): number {
    let result = 1;
    for (let i = 1; i <= k; i++) {
        result = (result * (n - k + i)) / i;
    }
    return result;
}

/**
 * Why several instances make the component more available, or undefined when
 * they do not: stores need automatic failover; stateless instances cover for
 * each other (however callers find them: a balancer, discovery or DNS); a
 * component that keeps state covers only when a balancer moves its users,
 * judged on the callers clients reach it through (an internal caller that
 * addresses one node, such as a fan-out worker, does not change that).
 */
function redundancy(component: Component, instances: number, context: AvailabilityContext): string | undefined {
    if (instances < 2) {
        return undefined;
    }
    if (STORE_KINDS.has(component.kind)) {
        return component.properties.string('failover') === 'auto' ? 'automatic failover' : undefined;
    }
    if (component.properties.boolean('stateless') !== false) {
        return 'stateless instances cover for each other';
    }
    const callers = context.index.incoming(component).filter((connection) => connection.mode === 'sync');
    const fromClients = callers.filter((connection) => context.onClientPath.has(connection.source));
    const judged = fromClients.length > 0 ? fromClients : callers;
    return judged.length > 0 && judged.every((connection) => BALANCER_KINDS.has(connection.source.kind) || connection.source.engine?.ha === true)
        ? 'a balancer moves users to healthy instances'
        : undefined;
}

function nonRedundantReason(component: Component): string {
    return STORE_KINDS.has(component.kind) ? 'no automatic failover' : 'instances keep state and no balancer moves their users';
}

/**
 * A path's availability: the product of its components, except that in an
 * active-active deployment over R regions the regional part p becomes
 * 1 − (1 − p)^R (each region runs it; traffic moves to a healthy one).
 */
export function pathAvailability(design: Design, path: readonly Component[], availabilityOf: (component: Component) => number, basisOf: (component: Component) => FigureBasis | undefined = () => undefined): Figure {
    const counted = path.filter((component) => component.kind !== 'cache');
    const basis = combinedBasis(...counted.map(basisOf));
    const factor = (component: Component): string => `${component.name} ${percent(availabilityOf(component))}`;
    // `A 99% × B 99% = 98%`, but a lone factor is its own value: `A 99%`, not `A 99% = 99%`.
    const productText = (components: readonly Component[], value: number): string =>
        (components.length === 1 ? factor(components[0]) : `${components.map(factor).join(' × ')} = ${percent(value)}`);
    const product = (components: readonly Component[]): number => components.reduce((value, component) => value * availabilityOf(component), 1);
    const regions = activeRegions(design);
    const regional = counted.filter((component) => !GLOBAL_KINDS.has(component.kind));
    if (regions < 2 || regional.length === 0) {
        const value = product(counted);
        return figure(value, productText(counted, value), basis);
    }
    const global = counted.filter((component) => GLOBAL_KINDS.has(component.kind));
    const inOneRegion = product(regional);
    const inAnyRegion = 1 - (1 - inOneRegion) ** regions;
    const value = product(global) * inAnyRegion;
    const regionalText = `1 − (1 − ${productText(regional, inOneRegion)})^${regions} active regions = ${percent(inAnyRegion)}`;
    return figure(value, `${[...global.map(factor), `(${regionalText})`].join(' × ')} = ${percent(value)}`, basis);
}

/**
 * The components of a path whose failures cost it most: ranked by what the
 * path would gain if each were never down (in an active-active deployment a
 * global dependency outranks a regional one of the same availability).
 * Within the global or the regional part the gain falls as availability
 * rises, so only a global and a regional component need their gains
 * compared; each gain comes from the product of the others, kept as prefix
 * and suffix products: one pass, not one path product per component.
 */
export function weakestLinks(design: Design, path: readonly Component[], availabilityOf: (component: Component) => number): Component[] {
    const counted = path.filter((component) => component.kind !== 'cache');
    const regions = activeRegions(design);
    const isGlobal = (component: Component): boolean => regions < 2 || GLOBAL_KINDS.has(component.kind);
    const global = productsWithoutEach(counted.filter(isGlobal).map(availabilityOf));
    const regional = productsWithoutEach(counted.filter((component) => !isGlobal(component)).map(availabilityOf));
    const pathValue = (globalPart: number, regionalPart: number): number => (regional.without.length === 0 ? globalPart : globalPart * (1 - (1 - regionalPart) ** regions));
    let nextGlobal = 0;
    let nextRegional = 0;
    const ranked = counted.map((component, order) => {
        const inGlobal = isGlobal(component);
        const without = inGlobal ? pathValue(global.without[nextGlobal++], regional.all) : pathValue(global.all, regional.without[nextRegional++]);
        return { component, inGlobal, availability: availabilityOf(component), without, order };
    });
    return ranked
        .sort((a, b) => (a.inGlobal === b.inGlobal ? 0 : b.without - a.without) || a.availability - b.availability || a.order - b.order)
        .map(({ component }) => component);
}

/** The product of all the values, and for each value the product of the others (no division: a value may be 0). */
function productsWithoutEach(values: readonly number[]): { all: number; without: number[] } {
    const without = values.map(() => 1);
    let before = 1;
    for (let index = 0; index < values.length; index++) {
        without[index] = before;
        before *= values[index];
    }
    let after = 1;
    for (let index = values.length - 1; index >= 0; index--) {
        without[index] *= after;
        after *= values[index];
    }
    return { all: before, without };
}

function activeRegions(design: Design): number {
    return regionModeOf(design) === 'active_active' ? Math.max(2, regionsOf(design).length) : 1;
}

/** Estimates within this of the target reach it: they are products of rounded percentages. */
const TOLERANCE = 1e-6;

export function reachesAvailability(estimate: number, target: number): boolean {
    return estimate >= target - TOLERANCE;
}
