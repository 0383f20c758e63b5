import type { Fix } from '../../fix.js';
import { defineRule } from '../../rule.js';
import { deploymentOf, hasPipeline, pipelineName } from '../../helpers/deployment.js';

/** Stages that test how components work together: consumer-driven contract tests do that job between services. */
const INTEGRATION_STAGES = ['integration', 'contract'];

export default defineRule({
    meta: {
        id: 'cicd/no-automated-tests',
        section: 'delivery',
        severity: 'warning',
        description: 'A pipeline without automated tests (information when integration or end-to-end tests are missing).',
        rationale: 'A pipeline that runs no tests only ships faster whatever is broken. Unit tests catch mistakes inside a component; integration (or contract) tests catch the ones between components and their stores, where most distributed-system bugs live; end-to-end tests catch broken user journeys. Each stage that is missing lets its kind of bug reach production.',
        question: 'Which automated tests must pass before a change to {design} ships?',
        messages: {
            noTests: 'The {pipeline} of design {name} runs no automated tests, so every release reaches users with only the checks someone remembers to do by hand.',
            missingStages: 'The {pipeline} of design {name} runs {tests} tests but no {missing} tests, so {consequence} reach production unnoticed.'
        },
        fix: 'Sets `tests: [unit, integration, e2e]` in the `deployment` block (keeping the stages already listed).',
        references: ['AWS Well-Architected OPS05-BP02 Test and validate changes', 'AWS Well-Architected REL08-BP02 Integrate functional testing as part of your deployment', 'Ham Vocke, The Practical Test Pyramid (martinfowler.com)'],
        decisions: [
            'Judged only when `deployment.pipeline` is declared; a missing pipeline is cicd/no-pipeline.',
            'A pipeline without `tests` (or with an empty list, or `[none]`) is a warning. A pipeline whose tests lack integration or e2e stages is information: testing exists, some kinds of bugs slip through.',
            'Contract tests count as integration tests: between services they check the same thing without starting every service.',
            'A missing unit stage alone is not reported: the catalog grades only integration and e2e.'
        ],
        examples: {
            flagged: 'client U\nservice Api { replicas: 2 }\nU -> Api : https\ndeployment { pipeline: github_actions }',
            fixed: 'client U\nservice Api { replicas: 2 }\nU -> Api : https\ndeployment { pipeline: github_actions, tests: [unit, integration, e2e] }'
        }
    },
    check({ design, report }) {
        if (!hasPipeline(design)) {
            return;
        }
        const tests = (deploymentOf(design)?.words('tests') ?? []).filter((stage) => stage !== 'none');
        const missing = missingStages(tests);
        if (tests.length > 0 && missing.length === 0) {
            return;
        }
        const stages = tests.length === 0 ? ['unit', 'integration', 'e2e'] : [...tests, ...missing];
        const fix: Fix = { kind: 'set-settings', title: `Run ${stages.join(', ')} tests`, settings: 'deployment', properties: [{ key: 'tests', value: `[${stages.join(', ')}]` }] };
        if (tests.length === 0) {
            report({ on: design, messageId: 'noTests', data: { name: design.name, pipeline: pipelineName(design) }, fix });
            return;
        }
        report({
            on: design,
            messageId: 'missingStages',
            data: { name: design.name, pipeline: pipelineName(design), tests: tests.join(', '), missing: missing.join(' or '), consequence: consequenceOf(missing) },
            severity: 'info',
            fix
        });
    }
});

/** The integration and e2e stages a list of tests lacks. */
function missingStages(tests: readonly string[]): string[] {
    const missing: string[] = [];
    if (!tests.some((stage) => INTEGRATION_STAGES.includes(stage))) {
        missing.push('integration');
    }
    if (!tests.includes('e2e')) {
        missing.push('e2e');
    }
    return missing;
}

function consequenceOf(missing: readonly string[]): string {
    const bugs = missing.map((stage) => (stage === 'integration' ? 'breakages between components and their stores' : 'broken user journeys'));
    return bugs.join(' and ');
}
