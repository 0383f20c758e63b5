import { testRule } from '../../../../test/helpers/rule-tester.js';
import rule from './no-rollback.js';

const API = 'client U\nservice Api { replicas: 2 }\nU -> Api : https';

function missing(strategy: string): string {
    return `Design T replaces the running version in place (strategy: ${strategy}) and does not say how a bad release is rolled back: is going back to the last good version automatic, planned, or improvised while users wait?`;
}

testRule(rule, {
    valid: [
        { name: 'no deployment block at all: cicd/no-pipeline asks', design: API },
        { name: 'a pipeline with no strategy: no release process to judge', design: `${API}\ndeployment { pipeline: github_actions, tests: [unit] }` },
        { name: 'CloudFormation rolls a failed stack update back by itself (regression: a rolling update released through templates)', design: `${API}\ndeployment { iac: cloudformation, strategy: rolling }` },
        { name: 'automatic rollback', design: `${API}\ndeployment { strategy: rolling, rollback: automatic }` },
        { name: 'a manual rollback is a plan', design: `${API}\ndeployment { strategy: rolling, rollback: manual }` },
        { name: 'a stated roll-forward is a decision', design: `${API}\ndeployment { strategy: rolling, rollback: none }` },
        { name: 'blue-green keeps the previous version serving', design: `${API}\ndeployment { strategy: blue_green }` },
        { name: 'a canary can be called back', design: `${API}\ndeployment { strategy: canary }` },
        { name: 'a GitOps deployer rolls back by a revert', design: `${API}\ndeployment { pipeline: flux, strategy: rolling }` },
        { name: 'nothing of its own to deploy', design: 'client U\nstorage Files { engine: s3 }\nU -> Files : https\ndeployment { strategy: rolling }' }
    ],
    invalid: [
        { name: 'a rolling update without rollback', design: `${API}\ndeployment { pipeline: github_actions, strategy: rolling }`, findings: [{ severity: 'info', messageId: 'missing', message: missing('rolling') }] },
        { name: 'a recreate deployment without rollback', design: `${API}\ndeployment { strategy: recreate }`, findings: [{ severity: 'info', message: missing('recreate') }] },
        { name: 'Terraform does not undo a failed apply', design: `${API}\ndeployment { iac: terraform, strategy: rolling }`, findings: [{ message: missing('rolling') }] }
    ]
});
