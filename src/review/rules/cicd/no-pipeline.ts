import type { Settings } from '../../../model/design.js';
import { defineRule } from '../../rule.js';
import { deploymentOf, deploysFromCode, hasPipeline, shipsCode } from '../../helpers/deployment.js';
import { promisesProduction } from '../../helpers/operations-scope.js';

/**
 * The `deployment` keys that describe how releases go out (the others say
 * where the design runs and how it recovers). `tests` alone is not one: a
 * sample that states it has no automated tests has said nothing of releases.
 */
const RELEASE_KEYS = ['strategy', 'rollback'] as const;

export default defineRule({
    meta: {
        id: 'cicd/no-pipeline',
        section: 'delivery',
        practice: true,
        severity: 'info',
        description: 'The design runs code of its own and names no CI/CD pipeline (`deployment.pipeline`): a question, unless it states `pipeline: none` (releases by hand).',
        rationale: 'Without continuous integration and delivery, every release is built, tested and shipped by hand: slowly, differently each time, and with the steps someone forgot. A pipeline makes each change go through the same build, the same automated tests and the same deployment, so releases become small, frequent and reversible, which is what keeps change from causing outages.',
        question: 'How does a change to {design} get from a commit to production, and what stops a bad build on the way?',
        messages: {
            unsaid: 'Design {name} does not say how a change reaches production: is it built, tested and shipped by a CI/CD pipeline (deployment.pipeline), or by hand?',
            missing: 'Design {name} says how releases roll out ({release}) but not how they are built and tested: by a CI/CD pipeline (deployment.pipeline), or by hand?',
            none: 'Design {name} states pipeline: none: releases are built, tested and shipped by hand, so they are slow, unrepeatable and easy to get wrong.'
        },
        references: ['AWS Well-Architected OPS05-BP10 Fully automate integration and deployment', 'AWS Well-Architected REL08-BP05 Deploy changes with automation'],
        quality: {
            grouping: 'One design-wide finding: the pipeline is one decision for the whole design.',
            basis: 'Uses no figure: it reads whether `deployment.pipeline` and `deployment.iac` are stated.',
            unknowns: 'A design that promises no production service (no availability target, no RTO or RPO, no multi-region mode) is not asked: a sample or teaching application run with Docker Compose is not reviewed for how it would ship; one that makes the promise, or describes how releases roll out, but names no pipeline is asked a question, never told it ships by hand: a source silent on builds says nothing about them; `iac` counts as an automated deployment.',
            severity: 'Info by default (on the field corpus every question asked of a sample, of a design whose source deploys with templates, or of a talk that describes rolling upgrades but not builds was not worth raising); warning only when the design itself states releases by hand (`pipeline: none`).'
        },
        decisions: [
            'Only designs that run code of their own (a service, worker, function or gateway) are judged: managed stores alone have nothing to build.',
            'The question is asked only of a design that promises to run as a production service: it states an availability target, an RTO or RPO, or a multi-region `mode`. A sample, teaching or benchmark application (run with Docker Compose, with monitoring or tracing named but no target) is not asked how it would be shipped: on the field corpus no such question was worth raising.',
            'When the design does not say how it releases (no `deployment` block, or one that only names regions, failover mode, RTO, RPO or tests), the finding is a question (info). A `deployment` block that describes how releases roll out (`strategy` or `rollback`) with neither a pipeline nor `iac` is asked too, naming what it states: silence on builds is not a statement that they are done by hand. Only `pipeline: none` states that: a warning.',
            'A pipeline is declared by `deployment.pipeline` (a CI/CD system such as `github_actions`); `none` does not count. `deployment.iac` (templates such as CloudFormation or Terraform) deploys the stack from code, which is what the rule asks for.',
            'There is no quick fix: which CI/CD system to use is the team\'s choice.'
        ],
        examples: {
            flagged: 'client U\nservice Api { replicas: 2 }\nU -> Api : https\ndeployment { strategy: rolling }',
            fixed: 'client U\nservice Api { replicas: 2 }\nU -> Api : https\ndeployment { pipeline: github_actions, strategy: rolling }'
        }
    },
    check({ design, index, report }) {
        if (!shipsCode(index) || hasPipeline(design) || deploysFromCode(design)) {
            return;
        }
        const deployment = deploymentOf(design);
        if (deployment?.string('pipeline') === 'none') {
            report({ on: design, messageId: 'none', data: { name: design.name }, severity: 'warning' });
        } else if (deployment !== undefined && RELEASE_KEYS.some((key) => deployment.has(key))) {
            report({ on: design, messageId: 'missing', data: { name: design.name, release: releaseText(deployment) } });
        } else if (promisesProduction(design)) {
            report({ on: design, messageId: 'unsaid', data: { name: design.name } });
        }
    }
});

/** `strategy: rolling`, or `strategy: canary, rollback: automatic`: what the design states about its releases. */
function releaseText(deployment: Settings<'deployment'>['properties']): string {
    return RELEASE_KEYS.filter((key) => deployment.has(key)).map((key) => `${key}: ${deployment.string(key) ?? 'stated'}`).join(', ');
}
