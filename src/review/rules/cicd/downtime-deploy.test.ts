import { testRule } from '../../../../test/helpers/rule-tester.js';
import rule from './downtime-deploy.js';

const API = 'client U\nservice Api { replicas: 2 }\nU -> Api : https';

function design(availability: string, deployment = ''): string {
    return `requirements { availability: ${availability} }\n${API}${deployment ? `\ndeployment { ${deployment} }` : ''}`;
}

testRule(rule, {
    valid: [
        { name: 'regression: no strategy stated at 99.99% is not read as releases that take the design down (platforms roll by default)', design: design('99.99%', 'pipeline: github_actions') },
        { name: 'no deployment block at all: cicd/no-pipeline says it', design: design('99.9%') },
        { name: 'rolling updates', design: design('99.99%', 'strategy: rolling') },
        { name: 'blue-green deployments', design: design('99.99%', 'strategy: blue_green') },
        { name: 'canary releases', design: design('99.9%', 'strategy: canary') },
        { name: 'a target just below 99.9%', design: design('99.89%', 'strategy: recreate') },
        { name: 'no availability target', design: `${API}\ndeployment { strategy: recreate }` },
        { name: 'nothing of its own to deploy', design: 'requirements { availability: 99.99% }\nclient U\nstorage Files { engine: s3 }\nU -> Files : https' },
        { name: 'a consumer released with a rolling update of its own', design: `${API}\nqueue Q { engine: sqs }\nworker Mailer { deploy_strategy: rolling }\nApi -> Q\nQ -> Mailer` },
        { name: 'a higher threshold in the options', design: design('99.95%', 'strategy: recreate'), options: { minAvailability: 0.9999 } }
    ],
    invalid: [
        {
            name: 'a consumer that must be drained and stopped before each release, no target: a question',
            design: `${API}\nqueue Q { engine: sqs }\nworker Dispatcher { deploy_strategy: recreate }\nApi -> Q\nQ -> Dispatcher`,
            findings: [{ element: 'Dispatcher', severity: 'info', messageId: 'componentRecreate', message: 'worker Dispatcher is released by stopping it before its new version starts (deploy_strategy: recreate): each release stops its work until the new version runs, and what it serves waits or fails meanwhile. Can its versions run side by side (a rolling update) instead?' }]
        },
        {
            name: 'a component stopped at each release under a high target, the design rolling: a warning on it',
            design: `requirements { availability: 99.95% }\n${API}\nqueue Q { engine: sqs }\nworker Dispatcher { deploy_strategy: recreate }\nApi -> Q\nQ -> Dispatcher\ndeployment { strategy: rolling }`,
            findings: [{ element: 'Dispatcher', severity: 'warning', messageId: 'componentRecreate', message: 'worker Dispatcher is released by stopping it before its new version starts (deploy_strategy: recreate): each release stops its work until the new version runs, and what it serves waits or fails meanwhile. Can its versions run side by side (a rolling update) instead?' }]
        },
        {
            name: 'a whole design released by recreate under a target: one finding, not one per component too',
            design: `requirements { availability: 99.9% }\nclient U\nservice Api { replicas: 2, deploy_strategy: recreate }\nU -> Api : https\ndeployment { strategy: recreate }`,
            findings: [{ messageId: 'recreate', message: 'Design T deploys with strategy: recreate, which stops every instance before the new version starts: each release is an outage, while the availability target is 99.9%.' }]
        },
        {
            name: 'recreate at 99.9% (the boundary)',
            design: design('99.9%', 'strategy: recreate'),
            findings: [{ severity: 'warning', messageId: 'recreate', message: 'Design T deploys with strategy: recreate, which stops every instance before the new version starts: each release is an outage, while the availability target is 99.9%.' }]
        },
        { name: 'a lower threshold in the options', design: design('99.5%', 'strategy: recreate'), options: { minAvailability: 0.995 }, findings: [{ message: 'Design T deploys with strategy: recreate, which stops every instance before the new version starts: each release is an outage, while the availability target is 99.5%.' }] }
    ]
});
