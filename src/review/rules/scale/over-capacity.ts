import type { Component, Design } from '../../../model/design.js';
import type { DesignIndex } from '../../../model/design-index.js';
import type { Traffic } from '../../graph/traffic.js';
import type { ComponentEstimate } from '../../../estimates/estimate-design.js';
import { exactRate, share, uniqueAssumptions } from '../../../estimates/figure.js';
import type { Report } from '../../rule-context.js';
import { joinWords, unique } from '../../helpers/wording.js';
import { archDigits } from '../../../model/units.js';
import type { Fix } from '../../fix.js';
import type { Assumption } from '../../../model/finding.js';
import { defineRule } from '../../rule.js';
import { autoscales, describe, instanceCountStated } from '../../../model/component-facts.js';
import { isOutOfScope } from '../../../model/out-of-scope.js';
import { servingRegions } from '../../../estimates/component-figures.js';
import { frontServices } from '../../helpers/front-tier.js';

/** Headroom the quick fix leaves over the estimated peak. */
const HEADROOM = 1.25;

/**
 * How far a kind's default capacity per instance can be from a real one:
 * the defaults are planning figures good to an order of magnitude (an API
 * instance serves hundreds to thousands of requests a second, depending on
 * what each one does). A fleet the design sized itself is not questioned on
 * a default it is within this factor of.
 */
const PLANNING_MARGIN = 10;

export default defineRule({
    meta: {
        id: 'scale/over-capacity',
        section: 'scaling',
        severity: 'error',
        description: 'The estimated load on a component exceeds what its instances can serve.',
        rationale: 'At peak, a component asked for more than its instances can serve queues requests until they time out: latency climbs, then errors, then retries that add more load. On the request path that is an outage at the worst moment. Behind a queue the work is not lost, but the backlog grows for as long as the peak lasts. The fix is capacity where the load lands (more replicas, a higher autoscale maximum), or less load reaching it (a cache, a CDN, shards).',
        question: 'How much can one instance of {element} serve, and how many do you need for the peak with headroom?',
        messages: {
            overloaded: '{what} gets an estimated {load} at peak but its instances serve {capacity} ({utilisation}): requests queue, time out and fail. Load: {loadDerivation}. Capacity: {capacityDerivation}.',
            backlog: '{what} gets an estimated {load} at peak, behind a queue, but serves {capacity} ({utilisation}): the backlog grows for as long as the peak lasts. Load: {loadDerivation}. Capacity: {capacityDerivation}.',
            brokerOverloaded: '{what} gets an estimated {load} at peak but its brokers take {capacity} ({utilisation}): producers are throttled or fail to enqueue. Load: {loadDerivation}. Capacity: {capacityDerivation}.',
            assumedOne: 'At the stated peak {what} would get {load} against {capacity} ({utilisation}), but only if {assumed}: how much does it serve, and how many instances run? State {settle} to settle it. Load: {loadDerivation}. Capacity: {capacityDerivation}.',
            assumedMany: 'At the stated peak, {count} components ({names}) would get more than they serve, but only on figures the review assumed ({kinds}): how much does each serve, and how many instances run? State {settle} to settle it.'
        },
        fix: 'Raises `replicas` (or the `autoscale` maximum) to carry the estimated peak with 25% headroom.',
        references: ['AWS Well-Architected REL07-BP01 Use automation when obtaining or scaling resources', 'Google SRE book, ch. 21 "Handling Overload"'],
        decisions: [
            'Load is estimated from `requirements.peak_rps` and `read_ratio` as docs/estimates.md describes; capacity is instances (the autoscale maximum where set) × `capacity_rps` (the component\'s, its engine\'s, or the kind\'s default), times the regions that serve it in an active_active deployment (its own `regions`, else the deployment\'s: each region runs its own instances and takes its share of the peak). Managed elastic services with no stated capacity (DynamoDB, S3, ALB…) are not judged.',
            'An error on the request path (requests fail); information for components fed only through queues, where overload means a growing backlog rather than failed requests; a queue over its brokers\' capacity throttles its producers.',
            'A component whose size the design leaves wholly unsaid, no instance count written (or `replicas: many`) and no capacity of its own or its engine\'s, is not judged while its load is within ten times one default instance: its overload would rest on two planning defaults at once, and the source that leaves both out has said nothing a reviewer could weigh. Past that margin it is still asked how the tier is sized.',
            'Managed elastic engines (the catalogue\'s `ha` engines without a `capacity_rps` fact: ALB/ELB/NLB, SQS, Pub/Sub, S3, Lambda, CloudFront, DynamoDB) are not capacity-bound by a default.',
            'When the overload rests on a default (the kind\'s capacity per instance, an instance count not given, an even split over routes, a cache\'s default hit ratio), it is a question at information level: one for the design listing every such component, or on the component when it is the only one.',
            'An overload that rests on the engine\'s planning capacity per instance and on an instance count the design never wrote (no `replicas`, no `autoscale`) is a question too, not an error: unstated is not one instance (a search or database cluster runs several nodes), so it asks for `replicas` in the same design-wide question.',
            'A component that autoscales with no maximum stated (an HPA or KEDA trigger whose ceiling the source leaves out) grows with its load: it is not judged, as a fleet counted at its minimum shows no overload (round 18: four autoscaled services of a banking design were questioned at one instance each).',
            'Under a stated `peak_rps`, a service that takes client traffic on a fixed fleet (no autoscale, not an elastic engine) is not questioned on assumed figures: `scale/no-autoscaling` asks how many of its instances take the peak and how they scale, one sizing decision; an overload on stated figures is still reported.',
            'A fleet whose instance count the design states (`replicas`) is not questioned when the only figure assumed is the kind\'s capacity per instance and its load per instance is under ten times that default: the defaults are planning figures good to an order of magnitude, and the author sized the fleet. Far beyond the default (two servers for a peak a hundred would need), the question is still asked.'
        ],
        quality: {
            grouping: 'Overloads on stated or engine figures are per component (each needs its own capacity); overloads that rest on assumptions are one design-wide question listing each component with its figures.',
            basis: 'Load and capacity carry their basis from the estimates: stated figures and engine facts on a stated instance count give a warning or error; any default (or an instance count never written under an engine\'s capacity) (capacity per kind, count not given, even split, hit ratio) makes the finding an assumed question naming the property that settles it.',
            unknowns: 'Managed elastic engines are not capacity-bound; a component whose size the design does not give at all (no instance count written, or `replicas: many`, and no capacity of its own or of its engine) is not judged unless the load is ten times what one instance of the default serves: an overload computed from two unknowns within the defaults\' margin of error is no evidence. An unstated capacity is not taken as proof of overload, only as a question, and not even that for a fleet the design sized whose load per instance is within an order of magnitude of the kind\'s default. Components the design draws but does not describe (`out_of_scope: true`) are not judged, counted or listed.',
            severity: 'Error on the request path when the stated figures show the overload (requests fail at the stated peak); information behind a queue and whenever a figure is assumed. On the tuning corpus (73 designs) it reports 3 findings, all information-level questions on assumed figures (2 tp, 1 noise: a sizing question on a talk that gives no fleet figures); the front services the autoscaling finding already asks about are left to it (a copy of that question was labelled noise); the two errors it gave on caches of an active_active deployment, read as one instance taking every region\'s load, are gone. Round 13: the error on a search cluster of unstated size (an engine default on one instance read from no count, labelled fp) is now part of the design\'s assumed sizing question; 4 findings, 2 tp, 2 noise, no errors.'
        },
        examples: {
            flagged: 'requirements { peak_rps: 5k, read_ratio: 10 }\nclient U\nloadbalancer Lb { engine: alb }\nservice Api { replicas: 2, capacity_rps: 1k }\nU -> Lb -> Api : https',
            fixed: 'requirements { peak_rps: 5k, read_ratio: 10 }\nclient U\nloadbalancer Lb { engine: alb }\nservice Api { replicas: 7, capacity_rps: 1k }\nU -> Lb -> Api : https'
        }
    },
    check({ design, index, traffic, estimates, report }) {
        const askedForFleet = fixedFrontFleets(design, index, traffic);
        const overloaded = [...estimates().components].filter(([component, estimate]) => !component.foreign && !isOutOfScope(component) && !growsWithoutLimit(component)
            && estimate.load && estimate.capacity && estimate.utilisation && estimate.utilisation.value > 1);
        const assumed: Overload[] = [];
        for (const [component, estimate] of overloaded) {
            const overload = overloadOf(component, estimate, servingRegions(component, design));
            const oneInstanceRead = engineSizedOnly(component, estimate);
            if (estimate.utilisation?.basis === 'assumed' || oneInstanceRead) {
                if (!sizedByDesignWithinDefault(component, estimate) && !sizeUnknown(component, estimate) && !askedForFleet.has(component)) {
                    assumed.push(oneInstanceRead ? { ...overload, countAssumed: countAssumption(component) } : overload);
                }
                continue;
            }
            // A queue that refuses messages fails the producers that enqueue on the request path.
            const onRequestPath = traffic.onRequestPath(component) || (component.kind === 'queue' && index.incoming(component).some((connection) => traffic.onRequestPath(connection.source)));
            report({
                on: component,
                messageId: component.kind === 'queue' ? 'brokerOverloaded' : onRequestPath ? 'overloaded' : 'backlog',
                severity: onRequestPath ? 'error' : 'info',
                data: overload.data,
                basis: estimate.utilisation?.basis ?? 'stated',
                fix: overload.fix
            });
        }
        reportAssumed(design, assumed, report);
    }
});

/**
 * The design states how many instances run (`replicas`, or an autoscale
 * range), the only figure assumed is the kind's capacity per instance, and
 * the load per instance is within an order of magnitude of that default:
 * the author sized the fleet, and a planning default is no evidence against it.
 */
/**
 * Under a stated peak, the services that take client traffic on a fixed
 * fleet (no autoscale, not an elastic engine) are asked how many instances
 * take the peak, and how they scale, by `scale/no-autoscaling`: one sizing
 * decision, so an overload resting on assumed figures does not ask it again.
 */
function fixedFrontFleets(design: Design, index: DesignIndex, traffic: Traffic): ReadonlySet<Component> {
    if (design.settings.requirements?.properties.number('peak_rps') === undefined) {
        return new Set();
    }
    return new Set(frontServices(index, traffic).filter((service) => !autoscales(service) && service.engine?.ha !== true));
}

function sizedByDesignWithinDefault(component: Component, estimate: ComponentEstimate): boolean {
    const assumptions = estimate.utilisation?.assumptions ?? [];
    const countStated = component.properties.entry('replicas') !== undefined && instanceCountStated(component);
    return countStated && assumptions.length > 0 && assumptions.every((assumption) => assumption.settle === 'capacity_rps')
        && (estimate.utilisation?.value ?? Infinity) < PLANNING_MARGIN;
}

/**
 * Nothing about the component's size is stated: neither how many instances
 * run nor what one serves (the capacity is the kind's planning default), and
 * the load is within the defaults' margin of error. An overload computed from
 * two unknowns is no evidence (review-quality: unknown is not worst case); a
 * load ten times past one default instance still asks how the tier is sized.
 */
function sizeUnknown(component: Component, estimate: ComponentEstimate): boolean {
    const capacityDefault = (estimate.utilisation?.assumptions ?? []).some((assumption) => assumption.settle === 'capacity_rps');
    return !countWritten(component) && capacityDefault && (estimate.utilisation?.value ?? Infinity) < PLANNING_MARGIN;
}

/**
 * An autoscaler with no stated maximum (`autoscale: { metric: cpu }`: an HPA
 * or KEDA trigger whose ceiling the source leaves out) adds instances as the
 * load grows: a fleet counted at its minimum is no evidence of an overload.
 */
function growsWithoutLimit(component: Component): boolean {
    const autoscale = component.properties.block('autoscale');
    return autoscale !== undefined && autoscale.max === undefined;
}

function countWritten(component: Component): boolean {
    return (component.properties.entry('replicas') !== undefined || autoscales(component)) && instanceCountStated(component);
}

/** The design itself states what one instance serves (not its engine's catalogue figure). */
function capacityStated(component: Component): boolean {
    const entry = component.properties.entry('capacity_rps');
    return typeof entry?.value === 'number' && entry.source !== 'engine';
}

/**
 * The overload rests on the engine's planning figure per instance and on one
 * instance read from a count the design never wrote: unstated is not one
 * instance (a search or database cluster runs several nodes), so it is a
 * question, not an error on stated facts.
 */
function engineSizedOnly(component: Component, estimate: ComponentEstimate): boolean {
    return estimate.utilisation?.basis === 'engine' && !countWritten(component) && !capacityStated(component);
}

function countAssumption(component: Component): Assumption {
    return { element: component.name, text: `${component.name} runs one instance (no count stated)`, settle: 'replicas' };
}

/** What each kind of assumption is, by the property that settles it. */
const ASSUMED_KINDS: Readonly<Record<string, string>> = {
    capacity_rps: 'a capacity per kind',
    rps: 'an even split over routes',
    hit_ratio: 'a cache\'s hit ratio',
    replicas: 'an instance count not given',
    peak_rps: 'a peak factor'
};

interface Overload {
    readonly component: Component;
    readonly estimate: ComponentEstimate;
    readonly data: Readonly<Record<string, string>>;
    readonly fix: Fix;
    /** The instance count the estimate read as one, when the design wrote none. */
    readonly countAssumed?: Assumption;
}

function overloadOf(component: Component, estimate: ComponentEstimate, regions: number): Overload {
    const load = estimate.load?.total;
    const capacity = estimate.capacity;
    const utilisation = estimate.utilisation?.value ?? 0;
    return {
        component,
        estimate,
        data: {
            what: describe(component),
            load: exactRate(load?.value ?? 0),
            capacity: exactRate(capacity?.value ?? 0),
            utilisation: `${share(utilisation)} of capacity`,
            loadDerivation: load?.derivation ?? '',
            capacityDerivation: capacity?.derivation ?? ''
        },
        fix: capacityFix(component, load?.value ?? 0, estimate.capacityPerInstance ?? load?.value ?? 0, regions)
    };
}

/**
 * Overloads that rest on a default (a capacity per kind, an even split, a hit
 * ratio) are questions, and one question for the design: how the fleet is
 * sized is one decision; each component is a related line with its figures.
 */
function reportAssumed(design: Design, assumed: readonly Overload[], report: (report: Report) => void): void {
    if (assumed.length === 0) {
        return;
    }
    const assumptions = uniqueAssumptions(assumed.flatMap((overload) => [...(overload.estimate.utilisation?.assumptions ?? []), ...(overload.countAssumed ? [overload.countAssumed] : [])]));
    const settles = unique(assumptions.map((assumption) => `\`${assumption.settle}\``));
    if (assumed.length === 1) {
        const [overload] = assumed;
        report({
            on: overload.component,
            messageId: 'assumedOne',
            data: { ...overload.data, assumed: joinWords(assumptions.map((assumption) => assumption.text)), settle: joinWords(settles, 'or') },
            basis: 'assumed',
            assumptions,
            fix: overload.fix
        });
        return;
    }
    report({
        on: design,
        messageId: 'assumedMany',
        data: { count: assumed.length, names: joinWords(assumed.map((overload) => overload.component.name)), kinds: joinWords(unique(assumptions.map((assumption) => ASSUMED_KINDS[assumption.settle] ?? `\`${assumption.settle}\``))), settle: joinWords(settles, 'and') },
        basis: 'assumed',
        assumptions,
        related: assumed.map((overload) => ({ on: overload.component, message: `${overload.component.name}: ${overload.data.load} at peak against ${overload.data.capacity} (${overload.data.utilisation}). Load: ${overload.data.loadDerivation}. Capacity: ${overload.data.capacityDerivation}.` }))
    });
}

/** Instances per shard (in each active region) that carry the load with headroom. */
function capacityFix(component: Component, load: number, perInstance: number, regions: number): Fix {
    const shards = component.properties.number('shards') ?? 1;
    const needed = Math.max(2, Math.ceil((load * HEADROOM) / (perInstance * shards * regions)));
    const autoscale = component.properties.block('autoscale');
    const value = autoscale
        ? `{ ${Object.entries({ ...autoscale, max: needed }).map(([key, entry]) => `${key}: ${typeof entry === 'number' ? archDigits(entry) : String(entry)}`).join(', ')} }`
        : archDigits(needed);
    return { kind: 'set-properties', title: shards > 1 ? `Run ${archDigits(needed)} instances of each shard of ${component.name}` : `Run ${archDigits(needed)} instances of ${component.name}`, target: component, properties: [{ key: autoscale ? 'autoscale' : 'replicas', value }] };
}
