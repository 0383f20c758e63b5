import { expect } from 'chai';
import { applyWorkspaceEdit } from '../../../../test/helpers/apply-edits.js';
import { asDesign, runRule, testRule } from '../../../../test/helpers/rule-tester.js';
import { buildWorkspace } from '../../../../test/helpers/workspace.js';
import { fixEdits } from '../../../language/fixes/fix-edits.js';
import rule from './no-automated-tests.js';

const API = 'client U\nservice Api { replicas: 2 }\nU -> Api : https';
const NO_TESTS = 'The github_actions pipeline of design T runs no automated tests, so every release reaches users with only the checks someone remembers to do by hand.';

testRule(rule, {
    valid: [
        { name: 'unit, integration and e2e tests', design: `${API}\ndeployment { pipeline: github_actions, tests: [unit, integration, e2e] }` },
        { name: 'contract tests in place of integration tests', design: `${API}\ndeployment { pipeline: github_actions, tests: [unit, contract, e2e] }` },
        { name: 'no pipeline (cicd/no-pipeline says so)', design: API },
        { name: 'a unit stage alone is not required', design: `${API}\ndeployment { pipeline: jenkins, tests: [integration, e2e] }` }
    ],
    invalid: [
        { name: 'a pipeline without tests', design: `${API}\ndeployment { pipeline: github_actions }`, findings: [{ severity: 'warning', messageId: 'noTests', message: NO_TESTS }] },
        { name: 'an empty list of tests', design: `${API}\ndeployment { pipeline: github_actions, tests: [] }`, findings: [{ severity: 'warning', message: NO_TESTS }] },
        { name: 'tests: [none]', design: `${API}\ndeployment { pipeline: github_actions, tests: [none] }`, findings: [{ severity: 'warning', message: NO_TESTS }] },
        {
            name: 'unit tests only: information',
            design: `${API}\ndeployment { pipeline: github_actions, tests: [unit] }`,
            findings: [{ severity: 'info', messageId: 'missingStages', message: 'The github_actions pipeline of design T runs unit tests but no integration or e2e tests, so breakages between components and their stores and broken user journeys reach production unnoticed.' }]
        },
        {
            name: 'no e2e tests: information',
            design: `${API}\ndeployment { pipeline: github_actions, tests: [unit, integration] }`,
            findings: [{ severity: 'info', message: 'The github_actions pipeline of design T runs unit, integration tests but no e2e tests, so broken user journeys reach production unnoticed.' }]
        },
        {
            name: 'no integration tests: information',
            design: `${API}\ndeployment { pipeline: github_actions, tests: [unit, e2e, load] }`,
            findings: [{ severity: 'info', message: 'The github_actions pipeline of design T runs unit, e2e, load tests but no integration tests, so breakages between components and their stores reach production unnoticed.' }]
        }
    ]
});

describe('cicd/no-automated-tests: the quick fix', () => {
    it('adds the missing stages and keeps the listed ones', async () => {
        const text = asDesign(`${API}\ndeployment { pipeline: github_actions, tests: [unit, load] }`);
        const workspace = await buildWorkspace(text);
        const [finding] = await runRule(rule, text);
        const edit = finding.fix ? fixEdits(finding.fix, { documents: workspace.services.shared.workspace.LangiumDocuments, design: workspace.design('T') }) : undefined;
        const fixed = applyWorkspaceEdit({ 'test.arch': text }, edit ?? {})['test.arch'];
        expect(fixed).to.contain('tests: [unit, load, integration, e2e]');
        expect(await runRule(rule, fixed)).to.deep.equal([]);
    });
});
