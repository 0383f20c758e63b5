import { defineRule } from '../../rule.js';
import { availabilityTarget, formatPercent } from '../../../model/component-facts.js';
import { deploymentOf, shipsCode } from '../../helpers/deployment.js';

interface Options {
    readonly minAvailability: number;
}

/** Rounding slack when comparing fractions written as percentages (99.9% vs 0.999). */
const EPSILON = 1e-9;

export default defineRule<Options>({
    meta: {
        id: 'cicd/downtime-deploy',
        section: 'delivery',
        severity: 'warning',
        description: '`strategy: recreate` or no deployment strategy while the availability target is 99.9% or more.',
        rationale: 'A recreate deployment stops every instance before the new version starts: each release is an outage, and a failed start makes it a long one. At 99.9% the whole yearly budget is under nine hours, and frequent releases eat it quickly. Rolling, blue-green and canary deployments keep instances serving throughout and let a bad release be stopped before it reaches everyone.',
        question: 'How do you release a new version of {design} without taking it down?',
        messages: {
            recreate: 'Design {name} deploys with strategy: recreate, which stops every instance before the new version starts: each release is an outage, while the availability target is {target}.',
            missing: 'Design {name} declares no deployment strategy while its availability target is {target}: unless releases keep instances serving throughout (rolling, blue-green or canary), each one is an outage.'
        },
        options: {
            schema: { type: 'object', properties: { minAvailability: { type: 'number', minimum: 0, maximum: 1, description: 'The availability target (a fraction, 0.999 for 99.9%) from which a release must not take the design down.' } }, additionalProperties: false },
            defaults: { minAvailability: 0.999 }
        },
        fix: 'Sets `strategy: rolling` in the `deployment` block.',
        references: ['AWS Well-Architected OPS06-BP03 Employ safe deployment strategies', 'AWS Well-Architected REL08-BP04 Deploy using immutable infrastructure'],
        quality: {
            grouping: 'One design-wide finding: the deployment strategy is one decision for the whole design.',
            basis: 'Stated: it compares the stated `requirements.availability` with the `minAvailability` option and reads the stated `deployment.strategy`.',
            unknowns: 'A design without an availability target, or without a `deployment` block, is not judged: delivery left unsaid is `cicd/no-pipeline`\'s one question.',
            severity: 'Warning: a release that takes the design down under a stated high availability target is a gap a reviewer raises; it has no finding on the field corpus to measure.'
        },
        decisions: [
            'A design without a `deployment` block is left to `cicd/no-pipeline`: one finding says that delivery is not described at all, rather than three.',
            'Judged only when `requirements.availability` is at or above the `minAvailability` option (99.9%) and the design runs code of its own (a service, worker, function or gateway).',
            'Rolling, blue-green and canary deployments are zero-downtime strategies; `recreate` and a missing strategy are not.'
        ],
        examples: {
            flagged: 'requirements { availability: 99.95% }\nclient U\nservice Api { replicas: 2 }\nU -> Api : https\ndeployment { strategy: recreate }',
            fixed: 'requirements { availability: 99.95% }\nclient U\nservice Api { replicas: 2 }\nU -> Api : https\ndeployment { strategy: rolling }'
        }
    },
    check({ design, index, options, report }) {
        const target = availabilityTarget(design);
        if (target === undefined || target < options.minAvailability - EPSILON || !shipsCode(index)) {
            return;
        }
        const deployment = deploymentOf(design);
        const strategy = deployment?.string('strategy');
        if (!deployment || (strategy !== undefined && strategy !== 'recreate')) {
            return;
        }
        report({
            on: design,
            messageId: strategy === 'recreate' ? 'recreate' : 'missing',
            data: { name: design.name, target: formatPercent(target) },
            fix: { kind: 'set-settings', title: 'Deploy with a rolling update', settings: 'deployment', properties: [{ key: 'strategy', value: 'rolling' }] }
        });
    }
});
