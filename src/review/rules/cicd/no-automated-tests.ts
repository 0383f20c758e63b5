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
            noTests: 'The {pipeline} of design {name} runs no automated tests, so every release reaches users with only the checks someone remembers to do by hand.',
            unstated: 'The {pipeline} of design {name} does not say whether it runs automated tests: which must pass before a release reaches users (`deployment.tests`), or is every release checked only by hand?'
        },
        fix: 'Sets `tests: [unit, integration, e2e]` in the `deployment` block.',
        references: ['AWS Well-Architected OPS05-BP02 Test and validate changes', 'AWS Well-Architected REL08-BP02 Integrate functional testing as part of your deployment', 'Ham Vocke, The Practical Test Pyramid (martinfowler.com)'],
        quality: {
            grouping: 'One design-wide finding: what the pipeline tests is one decision for the whole design.',
            basis: 'Uses no figure: it reads `deployment.pipeline` and `deployment.tests`.',
            unknowns: '`tests` left out is asked as a question, not taken for no tests; a missing pipeline is `cicd/no-pipeline`\'s concern; a GitOps deployer (Flux, Argo CD) builds nothing, so the tests belong to a CI the design does not describe and are not asked of it; any stated test stage is the team\'s choice of stages.',
            severity: 'Warning where the design states the pipeline runs no tests (`tests: [none]` or `[]`): a release process with no automated check is a gap a reviewer raises. Info, a question, where `tests` is left out: the design is silent, and on the field corpus two of three such findings were a sample\'s build that was not worth raising, and one was a pipeline whose source says it tests without naming the kinds (now written `tests: [automated]`). Findings about which stages are missing were dropped, none of three was worth raising.'
        },
        decisions: [
            'Judged only when `deployment.pipeline` is declared; a missing pipeline is cicd/no-pipeline.',
            'A pipeline that states it runs no tests (`tests: []` or `tests: [none]`) is a warning. A pipeline without `tests` is a question (info): unknown is not worst case. A pipeline that runs any automated tests is not flagged, including `tests: [automated]`, written when the source says the pipeline tests without naming the kinds: which stages (unit, integration, contract, e2e, load, chaos, smoke) to run is the team\'s choice, and on the field corpus questions about missing stages were never worth raising.',
            'A GitOps deployer (`pipeline: flux` or `argocd`) applies manifests and builds nothing: the tests run in the CI that builds the images, which the design does not describe, so it is not flagged.'
        ],
        examples: {
            flagged: 'client U\nservice Api { replicas: 2 }\nU -> Api : https\ndeployment { pipeline: github_actions }',
            fixed: 'client U\nservice Api { replicas: 2 }\nU -> Api : https\ndeployment { pipeline: github_actions, tests: [unit, integration, e2e] }'
        }
    },
    check({ design, report }) {
        if (!hasPipeline(design) || deploysByGitOps(design)) {
            return;
        }
        const stated = deploymentOf(design)?.words('tests');
        if (stated !== undefined && stated.some((stage) => stage !== 'none')) {
            return;
        }
        // `tests` left out says nothing either way: a question. `tests: []` or `[none]` states there are none.
        const unstated = stated === undefined;
        report({
            on: design,
            messageId: unstated ? 'unstated' : 'noTests',
            severity: unstated ? 'info' : 'warning',
            data: { name: design.name, pipeline: pipelineName(design) },
            fix: { kind: 'set-settings', title: 'Run unit, integration and e2e tests', settings: 'deployment', properties: [{ key: 'tests', value: '[unit, integration, e2e]' }] }
        });
    }
});
