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
        { name: 'unit tests only: the stages are the team\'s choice', design: `${API}\ndeployment { pipeline: github_actions, tests: [unit] }` },
        { name: 'load and chaos validation in the pipeline', design: `${API}\ndeployment { pipeline: azure_devops, tests: [load, chaos] }` },
        { name: 'smoke tests before a slot swap', design: `${API}\ndeployment { pipeline: azure_devops, tests: [smoke], strategy: blue_green }` },
        { name: 'a pipeline said to test, kinds not named: tests: [automated]', design: `${API}\ndeployment { pipeline: azure_devops, tests: [automated] }` },
        { name: 'a GitOps deployer builds nothing to test', design: `${API}\ndeployment { pipeline: flux }` },
        { name: 'no pipeline (cicd/no-pipeline says so)', design: API },
        { name: 'a pipeline silent on its tests: unknown is not worst case', design: `${API}\ndeployment { pipeline: github_actions }` },
        { name: 'a pipeline that only copies a static site to storage, tests unstated', design: 'client U\nfunction Build\nstorage Site { engine: s3 }\nU -> Site : https\nBuild -> Site\ndeployment { pipeline: codepipeline }' }
    ],
    invalid: [
        { name: 'an empty list of tests', design: `${API}\ndeployment { pipeline: github_actions, tests: [] }`, findings: [{ severity: 'warning', messageId: 'noTests', message: NO_TESTS }] },
        { name: 'tests: [none]', design: `${API}\ndeployment { pipeline: github_actions, tests: [none] }`, findings: [{ severity: 'warning', message: NO_TESTS }] },
        { name: 'another CI system', design: `${API}\ndeployment { pipeline: jenkins, tests: [none] }`, findings: [{ message: 'The jenkins pipeline of design T runs no automated tests, so every release reaches users with only the checks someone remembers to do by hand.' }] }
    ]
});

describe('cicd/no-automated-tests: the quick fix', () => {
    it('adds unit, integration and e2e tests', async () => {
        const text = asDesign(`${API}\ndeployment { pipeline: github_actions, tests: [none] }`);
        const workspace = await buildWorkspace(text);
        const [finding] = await runRule(rule, text);
        const edit = finding.fix ? fixEdits(finding.fix, { documents: workspace.services.shared.workspace.LangiumDocuments, design: workspace.design('T') }) : undefined;
        const fixed = applyWorkspaceEdit({ 'test.arch': text }, edit ?? {})['test.arch'];
        expect(fixed).to.contain('tests: [unit, integration, e2e]');
        expect(await runRule(rule, fixed)).to.deep.equal([]);
    });
});
