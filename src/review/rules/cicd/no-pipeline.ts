import type { Settings } from '../../../model/design.js';
import { defineRule } from '../../rule.js';
import { deploymentOf, deploysFromCode, hasPipeline, shipsCode } from '../../helpers/deployment.js';

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
        description: 'The design describes how its releases roll out but names no CI/CD pipeline (`deployment.pipeline`): a question; `pipeline: none` (releases by hand) is a warning.',
        rationale: 'Without continuous integration and delivery, every release is built, tested and shipped by hand: slowly, differently each time, and with the steps someone forgot. A pipeline makes each change go through the same build, the same automated tests and the same deployment, so releases become small, frequent and reversible, which is what keeps change from causing outages.',
        question: 'How does a change to {design} get from a commit to production, and what stops a bad build on the way?',
        messages: {
            missing: 'Design {name} says how releases roll out ({release}) but not how they are built and tested: by a CI/CD pipeline (deployment.pipeline), or by hand?',
            none: 'Design {name} states pipeline: none: releases are built, tested and shipped by hand, so they are slow, unrepeatable and easy to get wrong.'
        },
        references: ['AWS Well-Architected OPS05-BP10 Fully automate integration and deployment', 'AWS Well-Architected REL08-BP05 Deploy changes with automation'],
        quality: {
            grouping: 'One design-wide finding: the pipeline is one decision for the whole design.',
            basis: 'Uses no figure: it reads whether `deployment.pipeline` and `deployment.iac` are stated.',
            unknowns: 'A design silent on delivery (no `deployment` block that says how releases roll out) is not asked: how code ships is not the subject of a design that draws its structure, even one that states an availability target; one that describes how releases roll out but names no pipeline is asked a question, never told it ships by hand: a source silent on builds says nothing about them; `iac` counts as an automated deployment.',
            severity: 'Info by default; warning only when the design itself states releases by hand (`pipeline: none`). Round 22 (133 tuning designs): all 14 questions asked of designs silent on delivery because they state an availability target (interview write-ups, scaling talks, regional topologies) were judged not worth raising (10) or out of the source\'s scope (4); none was raised. They are no longer asked. This departs from the contract\'s first-draft example (docs/review-quality.md says why).'
        },
        decisions: [
            'Only designs that run code of their own (a service, worker, function or gateway) are judged: managed stores alone have nothing to build.',
            'The question is asked only of a design that takes up delivery: a `deployment` block that describes how releases roll out (`strategy` or `rollback`) with neither a pipeline nor `iac` is asked, naming what it states: silence on builds is not a statement that they are done by hand. Only `pipeline: none` states that: a warning.',
            'A design that does not say how it releases (no `deployment` block, or one that only names regions, failover mode, RTO, RPO or tests) is not asked, whatever it promises: an availability target, an RTO or a multi-region mode are about running, not shipping, and on the field corpus every pipeline question asked of such designs (interview write-ups, scaling talks, regional topologies, samples) was judged not worth raising.',
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
        }
    }
});

/** `strategy: rolling`, or `strategy: canary, rollback: automatic`: what the design states about its releases. */
function releaseText(deployment: Settings<'deployment'>['properties']): string {
    return RELEASE_KEYS.filter((key) => deployment.has(key)).map((key) => `${key}: ${deployment.string(key) ?? 'stated'}`).join(', ');
}
