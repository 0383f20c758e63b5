import { expect } from 'chai';
import { applyWorkspaceEdit } from '../../../../test/helpers/apply-edits.js';
import { asDesign, runRule, testRule } from '../../../../test/helpers/rule-tester.js';
import { buildWorkspace } from '../../../../test/helpers/workspace.js';
import { fixEdits } from '../../../language/fixes/fix-edits.js';
import rule from './no-automated-tests.js';

const API = 'client U\nservice Api { replicas: 2 }\nU -> Api : https';
const NO_TESTS = 'The github_actions pipeline of design T runs no automated tests, so every release reaches users with only the checks someone remembers to do by hand.';
const UNSTATED = 'The github_actions pipeline of design T does not say whether it runs automated tests: which must pass before a release reaches users (`deployment.tests`), or is every release checked only by hand?';

testRule(rule, {
    valid: [
        { name: 'unit, integration and e2e tests', design: `${API}\ndeployment { pipeline: github_actions, tests: [unit, integration, e2e] }` },
        { name: 'unit tests only: the stages are the team\'s choice', design: `${API}\ndeployment { pipeline: github_actions, tests: [unit] }` },
        { name: 'load and chaos validation in the pipeline', design: `${API}\ndeployment { pipeline: azure_devops, tests: [load, chaos] }` },
        { name: 'smoke tests before a slot swap', design: `${API}\ndeployment { pipeline: azure_devops, tests: [smoke], strategy: blue_green }` },
        { name: 'a pipeline said to test, kinds not named: tests: [automated]', design: `${API}\ndeployment { pipeline: azure_devops, tests: [automated] }` },
        { name: 'a GitOps deployer builds nothing to test', design: `${API}\ndeployment { pipeline: flux }` },
        { name: 'no pipeline (cicd/no-pipeline says so)', design: API }
    ],
    invalid: [
        { name: 'a pipeline silent on tests is a question, not a warning', design: `${API}\ndeployment { pipeline: github_actions }`, findings: [{ severity: 'info', messageId: 'unstated', message: UNSTATED }] },
        { name: 'a pipeline that only builds images, tests unstated, is asked once', design: `${API}\nservice Worker\nApi -> Worker\ndeployment { pipeline: github_actions, strategy: rolling }`, findings: [{ severity: 'info', message: UNSTATED }] },
        { name: 'an empty list of tests', design: `${API}\ndeployment { pipeline: github_actions, tests: [] }`, findings: [{ severity: 'warning', message: NO_TESTS }] },
        { name: 'tests: [none]', design: `${API}\ndeployment { pipeline: github_actions, tests: [none] }`, findings: [{ severity: 'warning', message: NO_TESTS }] },
        { name: 'another CI system', design: `${API}\ndeployment { pipeline: jenkins, tests: [none] }`, findings: [{ message: 'The jenkins pipeline of design T runs no automated tests, so every release reaches users with only the checks someone remembers to do by hand.' }] }
    ]
});

describe('cicd/no-automated-tests: the quick fix', () => {
    it('adds unit, integration and e2e tests', async () => {
        const text = asDesign(`${API}\ndeployment { pipeline: github_actions }`);
        const workspace = await buildWorkspace(text);
        const [finding] = await runRule(rule, text);
        const edit = finding.fix ? fixEdits(finding.fix, { documents: workspace.services.shared.workspace.LangiumDocuments, design: workspace.design('T') }) : undefined;
        const fixed = applyWorkspaceEdit({ 'test.arch': text }, edit ?? {})['test.arch'];
        expect(fixed).to.contain('tests: [unit, integration, e2e]');
        expect(await runRule(rule, fixed)).to.deep.equal([]);
    });
});
