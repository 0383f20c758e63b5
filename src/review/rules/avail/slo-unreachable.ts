import { pathText } from '../../../estimates/estimate-text.js';
import { reachesAvailability, weakestLinks } from '../../../estimates/availability.js';
import { percent } from '../../../estimates/figure.js';
import { defineRule } from '../../rule.js';
import { availabilityTarget } from '../../../model/component-facts.js';

/** How many of the weakest components a message names. */
const NAMED = 3;

export default defineRule({
    meta: {
        id: 'avail/slo-unreachable',
        section: 'failure-recovery',
        severity: 'error',
        description: 'The estimated availability of the weakest request path is below `requirements.availability`.',
        rationale: 'A request succeeds only when every component it passes through is up, so the availability of a path is the product of its components\' availabilities, and it is always lower than the weakest of them. When that product is below the target, no amount of work elsewhere reaches the target: the weakest links need redundancy (more instances with failover, more zones), a more available engine, or the dependency taken off the request path.',
        question: 'Which components keep {design} below its availability target, and which would you make redundant first?',
        messages: {
            unreachable: 'The request path {path} reaches an estimated {estimate}, below the {target} target: the weakest links are {weakest}. {derivation}.'
        },
        references: ['AWS Well-Architected REL11-BP07 Architect your product to meet availability targets and uptime service level agreements (SLAs)', 'Google SRE book, ch. 3 "Embracing Risk"'],
        decisions: [
            'Availability per component: its `availability`, else its engine\'s SLA, else the kind\'s default (one instance: 99.5%, the EC2 instance-level SLA); n instances with automatic failover, or stateless instances behind a balancer, give 1 − (1 − a)ⁿ. See docs/estimates.md.',
            'A path is the product of the components a client\'s synchronous requests pass through; the design\'s availability is its weakest client path. A cache is a soft dependency (reads fall through to the store behind it) and does not count.'
        ],
        examples: {
            flagged: 'requirements { availability: 99.95% }\nclient U\nloadbalancer Lb { engine: alb }\nservice Api\nU -> Lb -> Api : https',
            fixed: 'requirements { availability: 99.95% }\nclient U\nloadbalancer Lb { engine: alb }\nservice Api { replicas: 3 }\nU -> Lb -> Api : https'
        }
    },
    check({ design, estimates, report }) {
        const target = availabilityTarget(design);
        const estimate = estimates().availability;
        if (target === undefined || !estimate || reachesAvailability(estimate.value.value, target)) {
            return;
        }
        const availabilityOf = (component: (typeof estimate.path)[number]): number => estimates().components.get(component)?.availability.value ?? 1;
        const weakest = weakestLinks(design, estimate.path, availabilityOf).slice(0, NAMED);
        report({
            // Where the target is written: a suppression goes above `requirements`.
            on: design.settings.requirements ?? design,
            messageId: 'unreachable',
            data: {
                path: pathText(estimate),
                estimate: percent(estimate.value.value),
                target: percent(target),
                weakest: weakest.map((component) => `${component.name} (${percent(availabilityOf(component))})`).join(', '),
                derivation: estimate.value.derivation
            },
            related: weakest.map((component) => ({ on: component, message: `${component.name}: ${estimates().components.get(component)?.availability.derivation ?? ''}` }))
        });
    }
});
