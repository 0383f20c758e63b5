import { testRule } from '../../../../test/helpers/rule-tester.js';
import rule from './no-pipeline.js';

const API = 'client U\nservice Api { replicas: 2 }\nU -> Api : https';
const ROLLOUT_ONLY = 'Design T says how releases roll out (strategy: rolling, rollback: automatic) but not how they are built and tested: by a CI/CD pipeline (deployment.pipeline), or by hand?';

testRule(rule, {
    valid: [
        { name: 'a pipeline', design: `${API}\ndeployment { pipeline: github_actions }` },
        { name: 'nothing of its own to build', design: 'requirements { availability: 99.9% }\nclient U\nstorage Files { engine: s3 }\nU -> Files : https' },
        { name: 'a design silent on how it is run (a sketch of one algorithm)', design: `requirements { peak_rps: 5k }\n${API}` },
        { name: 'a sample with tracing and monitoring but no production target (run with Docker Compose)', design: `${API}\nmonitoring Metrics { engine: prometheus }\noperations { tracing: zipkin }` },
        { name: 'a sample that states it has no automated tests says nothing of releases', design: `${API}\ndeployment { tests: [] }` },
        { name: 'one region named, no target', design: `${API}\ndeployment { regions: [eu] }` },
        { name: 'Bicep templates deploy the stack (iac)', design: `requirements { availability: 99.9% }\n${API}\ndeployment { iac: bicep }` },
        { name: 'templates deploy the stack (iac)', design: `${API}\nmonitoring Metrics { engine: cloudwatch }\ndeployment { iac: terraform }` },
        // Round 22: all 14 such questions on the field corpus were judged not worth raising or out of the source's scope.
        { name: 'regression: an availability target and no deployment block (an interview draft) is not asked how it ships', design: `requirements { availability: 99.9% }\n${API}` },
        { name: 'regression: a deployment block about regions only is about running, not shipping', design: `${API}\ndeployment { regions: [eu, us], mode: active_active }` },
        { name: 'regression: monitoring and an availability target, delivery not taken up', design: `requirements { availability: 99.95% }\n${API}\nmonitoring Metrics { engine: prometheus }` },
        { name: 'regression: a recovery objective is about recovery, not releases', design: `${API}\ndeployment { rto: 1h }` }
    ],
    invalid: [
        { name: 'regression: rolling releases described, builds not mentioned: a question, not "shipped by hand"', design: `${API}\ndeployment { strategy: rolling, rollback: automatic }`, findings: [{ severity: 'info', messageId: 'missing', message: ROLLOUT_ONLY }] },
        { name: 'iac: false is no template', design: `${API}\ndeployment { strategy: rolling, iac: false }`, findings: [{ severity: 'info', message: 'Design T says how releases roll out (strategy: rolling) but not how they are built and tested: by a CI/CD pipeline (deployment.pipeline), or by hand?' }] },
        {
            name: 'pipeline: none',
            design: `${API}\ndeployment { pipeline: none }`,
            findings: [{ severity: 'warning', messageId: 'none', message: 'Design T states pipeline: none: releases are built, tested and shipped by hand, so they are slow, unrepeatable and easy to get wrong.' }]
        },
        { name: 'a gateway is code to ship too', design: 'client U\ngateway Gw { engine: kong, replicas: 2 }\nU -> Gw : https\ndeployment { strategy: blue_green }', findings: [{ message: 'Design T says how releases roll out (strategy: blue_green) but not how they are built and tested: by a CI/CD pipeline (deployment.pipeline), or by hand?' }] }
    ]
});
