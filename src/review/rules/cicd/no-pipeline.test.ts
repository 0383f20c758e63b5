import { testRule } from '../../../../test/helpers/rule-tester.js';
import rule from './no-pipeline.js';

const API = 'client U\nservice Api { replicas: 2 }\nU -> Api : https';
const MESSAGE = 'Design T declares no CI/CD pipeline: releases are built, tested and shipped by hand, so they are slow, unrepeatable and easy to get wrong.';

testRule(rule, {
    valid: [
        { name: 'a pipeline', design: `${API}\ndeployment { pipeline: github_actions }` },
        { name: 'nothing of its own to build', design: 'client U\nstorage Files { engine: s3 }\nU -> Files : https' }
    ],
    invalid: [
        { name: 'no deployment block (the first draft)', design: API, findings: [{ severity: 'warning', message: MESSAGE }] },
        { name: 'a deployment block without a pipeline', design: `${API}\ndeployment { strategy: rolling, rollback: automatic }`, findings: [{ message: MESSAGE }] },
        { name: 'pipeline: none', design: `${API}\ndeployment { pipeline: none }`, findings: [{ message: MESSAGE }] },
        { name: 'a gateway is code to ship too', design: 'client U\ngateway Gw { engine: kong, replicas: 2 }\nU -> Gw : https', findings: [{ message: MESSAGE }] }
    ]
});
