import type { Component } from '../../../model/design.js';
import type { ComponentPropertyText } from '../../fix.js';
import { defineRule } from '../../rule.js';
import type { DesignIndex } from '../../../model/design-index.js';
import type { Traffic } from '../../graph/traffic.js';
import type { Report } from '../../rule-context.js';
import { COMPUTE_KINDS, EDGE_KINDS, autoscales, describe, instanceCountStated, replicaCount } from '../../../model/component-facts.js';
import { frontServices, sizedForPeak } from '../../helpers/front-tier.js';
import { decisionScope } from '../../helpers/one-decision.js';
import { joinWords, replicasText } from '../../helpers/wording.js';
import { formatCount } from '../../../model/units.js';
import { inScope } from '../../../model/out-of-scope.js';

/** The kinds whose instance counts size the request-serving fleet. */
const FLEET_KINDS = new Set<Component['kind']>([...COMPUTE_KINDS, 'loadbalancer']);

/** The quick fix's ceiling, as a multiple of the floor: room for a peak several times the usual load. */
const HEADROOM = 4;

export default defineRule({
    meta: {
        id: 'scale/no-autoscaling',
        section: 'scaling',
        severity: 'info',
        description: 'The design states a peak load, and a service that takes client traffic runs a fixed number of replicas; or, with no peak stated, an edge spreads client traffic over fixed fleets in several regions, so a region\'s loss lands on fleets that cannot grow.',
        rationale: 'Traffic is not flat: it follows the day, campaigns and incidents. A fixed fleet is sized either for the peak (and paid for all day) or for the average (and overwhelmed at the peak or in a spike). Autoscaling on CPU, request rate or latency lets the fleet follow the load between a floor that keeps it available and a ceiling that caps the cost.',
        question: 'How does {element} absorb the peak, and a spike beyond it, with a fixed number of instances?',
        messages: {
            fixed: 'The design expects a peak of {peak} requests/s, and {what} takes client traffic on {replicas} with no autoscale: how does it absorb the peak, or a spike beyond it?',
            fixedMany: 'The design expects a peak of {peak} requests/s, and {count} services that take client traffic ({names}) run fixed fleets with no autoscale: how do they absorb the peak, or a spike beyond it? One autoscaling policy settles all of them.',
            unstated: 'The design expects a peak of {peak} requests/s and gives no instance count for {names}: how many instances take the peak, and do they scale with the load? State `replicas` or `autoscale`.',
            regionFailover: '{edge} spreads client traffic over fixed fleets in {count} regions ({names}) with no autoscale: when a region fails, the others take all of its traffic on the instances they already run. How do they absorb it?'
        },
        fix: 'Sets `autoscale: { min, max, metric: cpu }` with min the current replicas (at least 2) and max four times that.',
        references: ['AWS Well-Architected REL07-BP01 Use automation when obtaining or scaling resources'],
        decisions: [
            'The peak question fires only when `requirements.peak_rps` is set: without a stated load there is nothing to size against.',
            'Without a peak, one topology still asks: a load balancer, gateway, CDN or DNS that spreads client traffic over fixed fleets (no `autoscale`) in two or more regions (a service\'s single `regions` entry, or the `region` of its network). When a region fails, the survivors take all of its traffic on the instances they already run: one question on that edge, each fleet a related line.',
            'An entry-point service is a service a client or external caller reaches over synchronous connections through DNS, CDNs, load balancers and gateways only: the front tier that takes the peak. Services further in are not asked (their load follows the front tier\'s).',
            'Only services are asked, as the catalog says; functions scale by themselves and gateways are sized like load balancers.',
            'A service on a highly available managed engine is not asked: the platform scales it.',
            'A fixed fleet whose stated capacity covers the whole peak on its own (replicas × `capacity_rps`, written or the engine\'s, at least `peak_rps`) is not asked: the design has answered the question by sizing for the peak. Nor is a fleet the estimates put at or under 50% of its capacity at peak (sized for twice the peak), on the capacity figure the estimates use (docs/estimates.md).',
            'A design that gives no instance count for any service, worker, function, gateway or load balancer (no `replicas` or `autoscale`), or a service with `replicas: many`, is asked once, at information level, how many instances take the peak: one instance is the language\'s reading of the silence, not a finding.',
            'An autoscaling policy is one decision: several fixed front services are one finding on the innermost group holding them, each a related line.'
        ],
        quality: {
            grouping: 'One finding for every fixed front service together (an autoscaling policy is one decision), on the component when there is one; the regional question is one finding on the edge in front of the fleets, each fleet a related line.',
            basis: 'Stated: the peak and the instance counts; a fleet is let off on the estimates\' capacity at peak (stated, engine or the kind\'s default). The regional question uses no figure: the fleets\' regions and their missing autoscale are stated.',
            unknowns: 'A design silent on every instance count gets one question, not a finding per service on an imagined single instance. Components the design draws but does not describe (`out_of_scope: true`) are not judged, counted or listed.',
            severity: 'Information: whether to autoscale is a question for the author, not a verdict.'
        },
        examples: {
            flagged: 'requirements { peak_rps: 10k }\nclient Web\nloadbalancer Lb { engine: alb }\nservice Api { replicas: 3 }\nWeb -> Lb -> Api : https',
            fixed: 'requirements { peak_rps: 10k }\nclient Web\nloadbalancer Lb { engine: alb }\nservice Api { autoscale: { min: 3, max: 12, metric: cpu } }\nWeb -> Lb -> Api : https'
        }
    },
    check({ design, index, traffic, estimates, report }) {
        const peak = design.settings.requirements?.properties.number('peak_rps');
        if (peak === undefined) {
            askRegionalFailover(index, traffic, report);
            return;
        }
        const fixed = inScope(frontServices(index, traffic)).filter((service) => !service.foreign && !autoscales(service) && service.engine?.ha !== true);
        // Counts given for stores say nothing of the fleets that serve requests.
        const countsGiven = design.components.some((component) => FLEET_KINDS.has(component.kind) && (component.properties.entry('replicas') !== undefined || autoscales(component)));
        const unstated = fixed.filter((service) => !countsGiven || !instanceCountStated(service));
        const sized = fixed.filter((service) => !unstated.includes(service) && !sizedForPeak(service, peak, estimates()));
        const peakText = formatCount(peak);
        if (unstated.length > 0) {
            report({
                on: unstated.length === 1 ? unstated[0] : decisionScope(design, unstated),
                messageId: 'unstated',
                data: { peak: peakText, names: joinWords(unstated.map(describe)) },
                related: unstated.length === 1 ? undefined : unstated.map((service) => ({ on: service, message: `${service.name}: no instance count given` }))
            });
        }
        if (sized.length === 1) {
            const [service] = sized;
            report({
                on: service,
                messageId: 'fixed',
                data: { peak: peakText, what: describe(service), replicas: replicasText(service) },
                fix: { kind: 'set-properties', title: `Autoscale ${service.name}`, target: service, properties: [autoscaleFor(service)] }
            });
        } else if (sized.length > 1) {
            report({
                on: decisionScope(design, sized),
                messageId: 'fixedMany',
                data: { peak: peakText, count: sized.length, names: joinWords(sized.map((service) => service.name)) },
                related: sized.map((service) => ({ on: service, message: `${service.name}: ${replicasText(service)}, fixed` })),
                fix: { kind: 'set-properties-each', title: 'Autoscale every front service', targets: sized, properties: [autoscaleFor(sized.reduce((most, service) => ((replicaCount(service)) > (replicaCount(most)) ? service : most)))] }
            });
        }
    }
});

function autoscaleFor(service: Component): ComponentPropertyText {
    const floor = Math.max(replicaCount(service), 2);
    return { key: 'autoscale', value: `{ min: ${floor}, max: ${floor * HEADROOM}, metric: cpu }` };
}

/**
 * An edge that spreads client traffic over fixed fleets in several regions:
 * losing one region sends all of its traffic to the others, which run no
 * more instances than before. One question per edge.
 */
function askRegionalFailover(index: DesignIndex, traffic: Traffic, report: (report: Report) => void): void {
    for (const edge of index.design.components.filter((component) => EDGE_KINDS.has(component.kind) && !component.foreign)) {
        const fleets = inScope(unique(traffic.syncOutgoing(edge).map((connection) => connection.target).filter((target) => target.kind === 'service' && !target.foreign)));
        const regions = unique(fleets.map(regionOf));
        if (fleets.length < 2 || regions.length < 2 || regions.includes(undefined) || fleets.some((fleet) => autoscales(fleet) || fleet.engine?.ha === true)) {
            continue;
        }
        report({
            on: edge,
            messageId: 'regionFailover',
            data: { edge: describe(edge), count: regions.length, names: joinWords(fleets.map((fleet) => fleet.name)) },
            basis: 'stated',
            related: fleets.map((fleet) => ({ on: fleet, message: `${fleet.name}: ${replicasText(fleet)} in ${regionOf(fleet) ?? ''}, fixed` })),
            fix: { kind: 'set-properties-each', title: 'Autoscale every regional fleet', targets: fleets, properties: [autoscaleFor(fleets.reduce((most, fleet) => (replicaCount(fleet) > replicaCount(most) ? fleet : most)))] }
        });
    }
}

/** The one region a service runs in: its single `regions` entry, else the `region` of a network holding it. */
function regionOf(service: Component): string | undefined {
    const own = service.properties.words('regions') ?? [];
    if (own.length === 1) {
        return own[0];
    }
    for (let group = service.group; group; group = group.parent) {
        const region = group.kind === 'network' ? group.properties.string('region') : undefined;
        if (region !== undefined) {
            return region;
        }
    }
    return undefined;
}

function unique<Item>(items: readonly Item[]): Item[] {
    return [...new Set(items)];
}
