import { defineRule } from '../../rule.js';
import { deploymentOf, deploysByGitOps, hasPipeline, pipelineName } from '../../helpers/deployment.js';

export default defineRule({
    meta: {
        id: 'cicd/no-automated-tests',
        section: 'delivery',
        severity: 'warning',
        description: 'A CI/CD pipeline that runs no automated tests.',
        rationale: 'A pipeline that runs no tests only ships faster whatever is broken. Unit tests catch mistakes inside a component; integration (or contract) tests catch the ones between components and their stores, where most distributed-system bugs live; end-to-end tests catch broken user journeys. A release that passes none of them reaches users with only the checks someone remembered to do by hand.',
        question: 'Which automated tests must pass before a change to {design} ships?',
        messages: {
            noTests: 'The {pipeline} of design {name} runs no automated tests, so every release reaches users with only the checks someone remembers to do by hand.'
        },
        fix: 'Sets `tests: [unit, integration, e2e]` in the `deployment` block.',
        references: ['AWS Well-Architected OPS05-BP02 Test and validate changes', 'AWS Well-Architected REL08-BP02 Integrate functional testing as part of your deployment', 'Ham Vocke, The Practical Test Pyramid (martinfowler.com)'],
        quality: {
            grouping: 'One design-wide finding: what the pipeline tests is one decision for the whole design.',
            basis: 'Uses no figure: it reads `deployment.pipeline` and `deployment.tests`.',
            unknowns: '`tests` left out is not taken for no tests and is not asked: a design that names its CI system without its stages is silent on a detail; a missing pipeline is `cicd/no-pipeline`\'s concern; a GitOps deployer (Flux, Argo CD) builds nothing, so the tests belong to a CI the design does not describe and are not asked of it; any stated test stage is the team\'s choice of stages.',
            severity: 'Warning, only where the design states the pipeline runs no tests (`tests: [none]` or `[]`): a release process with no automated check is a gap a reviewer raises. The question once asked where `tests` is left out was dropped: on the field corpus none of five was worth raising (a sample\'s front-end build, Terraform of a sample, a workshop site, a talk about infrastructure). Findings about which stages are missing were dropped too, none of three was worth raising.'
        },
        decisions: [
            'Judged only when `deployment.pipeline` is declared; a missing pipeline is cicd/no-pipeline.',
            'A pipeline that states it runs no tests (`tests: []` or `tests: [none]`) is a warning. A pipeline without `tests` is not flagged: unknown is not worst case, and a design that names its CI system without its stages has not taken the subject up. A pipeline that runs any automated tests is not flagged, including `tests: [automated]`, written when the source says the pipeline tests without naming the kinds: which stages (unit, integration, contract, e2e, load, chaos, smoke) to run is the team\'s choice, and on the field corpus questions about missing stages were never worth raising.',
            'A GitOps deployer (`pipeline: flux` or `argocd`) applies manifests and builds nothing: the tests run in the CI that builds the images, which the design does not describe, so it is not flagged.'
        ],
        examples: {
            flagged: 'client U\nservice Api { replicas: 2 }\nU -> Api : https\ndeployment { pipeline: github_actions, tests: [none] }',
            fixed: 'client U\nservice Api { replicas: 2 }\nU -> Api : https\ndeployment { pipeline: github_actions, tests: [unit, integration, e2e] }'
        }
    },
    check({ design, report }) {
        if (!hasPipeline(design) || deploysByGitOps(design)) {
            return;
        }
        // `tests` left out says nothing either way; `tests: []` or `[none]` states there are none.
        const stated = deploymentOf(design)?.words('tests');
        if (stated === undefined || stated.some((stage) => stage !== 'none')) {
            return;
        }
        report({
            on: design,
            messageId: 'noTests',
            data: { name: design.name, pipeline: pipelineName(design) },
            fix: { kind: 'set-settings', title: 'Run unit, integration and e2e tests', settings: 'deployment', properties: [{ key: 'tests', value: '[unit, integration, e2e]' }] }
        });
    }
});
