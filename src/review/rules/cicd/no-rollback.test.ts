import { testRule } from '../../../../test/helpers/rule-tester.js';
import rule from './no-rollback.js';

const API = 'client U\nservice Api { replicas: 2 }\nU -> Api : https';
const MISSING = 'Design T declares no rollback: when a release goes wrong, going back to the last good version is improvised under pressure while users wait.';

testRule(rule, {
    valid: [
        { name: 'no deployment block at all: cicd/no-pipeline says it', design: API },
        { name: 'automatic rollback', design: `${API}\ndeployment { rollback: automatic }` },
        { name: 'a manual rollback is a plan', design: `${API}\ndeployment { strategy: rolling, rollback: manual }` },
        { name: 'blue-green keeps the previous version serving', design: `${API}\ndeployment { strategy: blue_green }` },
        { name: 'a canary can be called back', design: `${API}\ndeployment { strategy: canary }` },
        { name: 'nothing of its own to deploy', design: 'client U\nstorage Files { engine: s3 }\nU -> Files : https' }
    ],
    invalid: [
        { name: 'a rolling update without rollback', design: `${API}\ndeployment { strategy: rolling }`, findings: [{ message: MISSING }] },
        {
            name: 'rollback: none, even with blue-green',
            design: `${API}\ndeployment { strategy: blue_green, rollback: none }`,
            findings: [{ messageId: 'none', message: 'Design T declares rollback: none: a bad release can only be fixed forward, and users wait while the fix is written, tested and shipped.' }]
        }
    ]
});
