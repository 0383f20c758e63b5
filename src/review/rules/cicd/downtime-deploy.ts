import type { Component } from '../../../model/design.js';
import { defineRule } from '../../rule.js';
import { availabilityTarget, COMPUTE_KINDS, describe, formatPercent } from '../../../model/component-facts.js';
import { inScope } from '../../../model/out-of-scope.js';
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
        description: '`strategy: recreate` stated while the availability target is 99.9% or more, or `deploy_strategy: recreate` on a component.',
        rationale: 'A recreate deployment stops every instance before the new version starts: each release is an outage, and a failed start makes it a long one. At 99.9% the whole yearly budget is under nine hours, and frequent releases eat it quickly. Rolling, blue-green and canary deployments keep instances serving throughout and let a bad release be stopped before it reaches everyone.',
        question: 'How do you release a new version of {design} without taking it down?',
        messages: {
            recreate: 'Design {name} deploys with strategy: recreate, which stops every instance before the new version starts: each release is an outage, while the availability target is {target}.',
            componentRecreate: '{what} is released by stopping it before its new version starts (deploy_strategy: recreate): each release stops its work until the new version runs, and what it serves waits or fails meanwhile. Can its versions run side by side (a rolling update) instead?'
        },
        options: {
            schema: { type: 'object', properties: { minAvailability: { type: 'number', minimum: 0, maximum: 1, description: 'The availability target (a fraction, 0.999 for 99.9%) from which a release must not take the design down.' } }, additionalProperties: false },
            defaults: { minAvailability: 0.999 }
        },
        fix: 'Sets `strategy: rolling` in the `deployment` block.',
        references: ['AWS Well-Architected OPS06-BP03 Employ safe deployment strategies', 'AWS Well-Architected REL08-BP04 Deploy using immutable infrastructure'],
        quality: {
            grouping: 'One design-wide finding: the deployment strategy is one decision for the whole design; a component that states a strategy of its own is its own finding.',
            basis: 'Stated: it compares the stated `requirements.availability` with the `minAvailability` option and reads the stated `deployment.strategy` and `deploy_strategy`.',
            unknowns: 'A design without an availability target, or without a `deployment` block, is not judged as a whole: delivery left unsaid is `cicd/no-pipeline`\'s one question; a component that states its own `recreate` is asked about all the same.',
            severity: 'Warning: a release that takes the design down under a stated high availability target is a gap a reviewer raises; a component stopped at each release without such a target is a question (info). On the 79-design field corpus its one finding left is a queue consumer that must be drained before each release (tp); the 2 that read an unstated strategy as outages (1 wrong, 1 noise) are no longer raised.'
        },
        decisions: [
            'A design without a `deployment` block is left to `cicd/no-pipeline`: one finding says that delivery is not described at all, rather than three.',
            'Judged only when `requirements.availability` is at or above the `minAvailability` option (99.9%) and the design runs code of its own (a service, worker, function or gateway).',
            'Rolling, blue-green and canary deployments are zero-downtime strategies; `recreate` is not. A strategy left unstated is not read as `recreate`: the platforms services run on (Kubernetes Deployments, scale sets and auto scaling groups, App Service, managed functions) roll by default, and on the field corpus both findings that read silence as outages were wrong or not worth raising (stateless tiers behind load balancers, one whose source rolls node by node with zero downtime). Unknown is not worst case.',
            'A component that states its own `deploy_strategy: recreate` (its versions cannot run side by side: a consumer whose queue must be drained before a new version, a singleton) is reported on itself, with or without a target: the design says that component stops at every release. A warning when the design\'s target is at or above `minAvailability`, else a question (info). When the whole design deploys with `recreate` and is reported, its components are not reported again.'
        ],
        examples: {
            flagged: 'requirements { availability: 99.95% }\nclient U\nservice Api { replicas: 2 }\nU -> Api : https\ndeployment { strategy: recreate }',
            fixed: 'requirements { availability: 99.95% }\nclient U\nservice Api { replicas: 2 }\nU -> Api : https\ndeployment { strategy: rolling }'
        }
    },
    check({ design, index, options, report }) {
        const target = availabilityTarget(design);
        const promised = target !== undefined && target >= options.minAvailability - EPSILON;
        const deployment = deploymentOf(design);
        const strategy = deployment?.string('strategy');
        // An unstated strategy is not a stated outage: platforms roll by default.
        const designDown = promised && shipsCode(index) && strategy === 'recreate';
        if (!designDown) {
            for (const component of recreatedComponents(index.ofKind(...COMPUTE_KINDS))) {
                report({
                    on: component,
                    messageId: 'componentRecreate',
                    data: { what: describe(component) },
                    severity: promised ? 'warning' : 'info',
                    basis: 'stated',
                    fix: { kind: 'set-properties', title: `Release ${component.name} with a rolling update`, target: component, properties: [{ key: 'deploy_strategy', value: 'rolling' }] }
                });
            }
        }
        if (!designDown || target === undefined) {
            return;
        }
        report({
            on: design,
            messageId: 'recreate',
            data: { name: design.name, target: formatPercent(target) },
            fix: { kind: 'set-settings', title: 'Deploy with a rolling update', settings: 'deployment', properties: [{ key: 'strategy', value: 'rolling' }] }
        });
    }
});

/** Components that state they are stopped before their new version starts. */
function recreatedComponents(components: readonly Component[]): Component[] {
    return inScope(components).filter((component) => !component.foreign && component.properties.string('deploy_strategy') === 'recreate');
}
