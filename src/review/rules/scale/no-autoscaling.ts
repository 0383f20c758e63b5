import type { Component } from '../../../model/design.js';
import type { ComponentPropertyText } from '../../fix.js';
import { defineRule } from '../../rule.js';
import { autoscales, describe, replicaCount } from '../../../model/component-facts.js';
import { replicasText } from '../../helpers/wording.js';
import { frontServices } from '../../helpers/front-tier.js';
import { formatCount } from '../../../model/units.js';

/** The quick fix's ceiling, as a multiple of the floor: room for a peak several times the usual load. */
const HEADROOM = 4;

export default defineRule({
    meta: {
        id: 'scale/no-autoscaling',
        section: 'scaling',
        severity: 'info',
        description: 'The design states a peak load, and a service that takes client traffic runs a fixed number of replicas.',
        rationale: 'Traffic is not flat: it follows the day, campaigns and incidents. A fixed fleet is sized either for the peak (and paid for all day) or for the average (and overwhelmed at the peak or in a spike). Autoscaling on CPU, request rate or latency lets the fleet follow the load between a floor that keeps it available and a ceiling that caps the cost.',
        question: 'How does {element} absorb the peak, and a spike beyond it, with a fixed number of instances?',
        messages: {
            fixed: 'The design expects a peak of {peak} requests/s, and {what} takes client traffic on {replicas} with no autoscale: how does it absorb the peak, or a spike beyond it?'
        },
        fix: 'Sets `autoscale: { min, max, metric: cpu }` with min the current replicas (at least 2) and max four times that.',
        references: ['AWS Well-Architected REL07-BP01 Use automation when obtaining or scaling resources'],
        decisions: [
            'Fires only when `requirements.peak_rps` is set: without a stated load there is nothing to scale for.',
            'An entry-point service is a service a client or external caller reaches over synchronous connections through DNS, CDNs, load balancers and gateways only: the front tier that takes the peak. Services further in are not asked (their load follows the front tier\'s).',
            'Only services are asked, as the catalog says; functions scale by themselves and gateways are sized like load balancers.',
            'A service on a highly available managed engine is not asked: the platform scales it.',
            'A fixed fleet whose stated capacity covers the whole peak on its own (replicas × `capacity_rps`, written or the engine\'s, at least `peak_rps`) is not asked: the design has answered the question by sizing for the peak. Without a stated capacity the rule does not guess one (`scale/over-capacity` estimates load).'
        ],
        examples: {
            flagged: 'requirements { peak_rps: 10k }\nclient Web\nloadbalancer Lb { engine: alb }\nservice Api { replicas: 3 }\nWeb -> Lb -> Api : https',
            fixed: 'requirements { peak_rps: 10k }\nclient Web\nloadbalancer Lb { engine: alb }\nservice Api { autoscale: { min: 3, max: 12, metric: cpu } }\nWeb -> Lb -> Api : https'
        }
    },
    check({ design, index, traffic, report }) {
        const peak = design.settings.requirements?.properties.number('peak_rps');
        if (peak === undefined) {
            return;
        }
        for (const service of frontServices(index, traffic)) {
            const replicas = replicaCount(service);
            if (service.foreign || autoscales(service) || service.engine?.ha === true || sizedForPeak(service, replicas, peak)) {
                continue;
            }
            report({
                on: service,
                messageId: 'fixed',
                data: { peak: formatCount(peak), what: describe(service), replicas: replicasText(service) },
                fix: { kind: 'set-properties', title: `Autoscale ${service.name}`, target: service, properties: [autoscaleFor(service)] }
            });
        }
    }
});

/** The fixed fleet's stated capacity takes the design's whole peak by itself. */
function sizedForPeak(service: Component, replicas: number, peak: number): boolean {
    const capacity = service.properties.number('capacity_rps');
    return capacity !== undefined && replicas * capacity >= peak;
}

function autoscaleFor(service: Component): ComponentPropertyText {
    const floor = Math.max(replicaCount(service), 2);
    return { key: 'autoscale', value: `{ min: ${floor}, max: ${floor * HEADROOM}, metric: cpu }` };
}
