import { testRule } from '../../../../test/helpers/rule-tester.js';
import rule from './no-central-logging.js';

const SERVICE_AND_WORKER = 'client U\nservice Api { replicas: 2 }\nqueue Jobs { engine: sqs }\nworker Mailer\nU -> Api -> Jobs\nJobs -> Mailer\n';

testRule(rule, {
    valid: [
        { name: 'a logging component', design: `${SERVICE_AND_WORKER}logging Logs { engine: loki }` },
        { name: 'a monitoring product that also collects logs (an engine fact)', design: `${SERVICE_AND_WORKER}monitoring Observability { engine: datadog }` },
        { name: 'one service keeps its logs in one place', design: 'client U\nservice Api\nU -> Api' },
        { name: 'functions ship their logs to the provider', design: 'client U\nfunction Upload { engine: lambda }\nfunction Resize { engine: lambda }\nU -> Upload -> Resize' },
        { name: 'below a raised threshold', design: SERVICE_AND_WORKER, options: { minServices: 3 } }
    ],
    invalid: [
        {
            name: 'a service and a worker without logging',
            design: SERVICE_AND_WORKER,
            findings: [{ severity: 'warning', messageId: 'missing', message: 'Design T runs 2 services and workers with no central logging: to follow one failing request someone must search every instance by hand, and the logs of a replaced instance are gone.' }]
        },
        {
            name: 'a monitoring product that keeps only metrics',
            design: `${SERVICE_AND_WORKER}monitoring Metrics { engine: prometheus }`,
            findings: [{ message: 'Design T runs 2 services and workers with no central logging: to follow one failing request someone must search every instance by hand, and the logs of a replaced instance are gone.' }]
        },
        {
            name: 'a threshold lowered to one service',
            design: 'client U\nservice Api\nU -> Api',
            options: { minServices: 1 },
            findings: [{ message: 'Design T runs 1 service or worker with no central logging: to follow one failing request someone must search every instance by hand, and the logs of a replaced instance are gone.' }]
        }
    ]
});
