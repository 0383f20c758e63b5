import { testRule } from '../../../../test/helpers/rule-tester.js';
import rule from './no-apm.js';

const THREE = 'client U\nservice A { replicas: 2 }\nworker B { replicas: 2 }\nfunction C { engine: lambda }\nU -> A -> B -> C : https';
const MESSAGE = 'Design T has 3 services and no APM: when a request is slow, nobody can see which service, query or call spends the time.';

testRule(rule, {
    valid: [
        { name: 'APM in operations', design: `${THREE}\noperations { apm: datadog }` },
        { name: 'APM during tests', design: `${THREE}\ntesting { apm: true }` },
        { name: 'two services', design: 'client U\nservice A\nservice B\nU -> A -> B' },
        { name: 'a higher threshold in the options', design: THREE, options: { minServices: 4 } }
    ],
    invalid: [
        { name: 'services, workers and functions without APM', design: THREE, findings: [{ severity: 'info', message: MESSAGE }] },
        { name: 'APM turned off', design: `${THREE}\noperations { apm: false }`, findings: [{ message: MESSAGE }] },
        { name: 'tracing alone is not APM', design: `${THREE}\noperations { tracing: opentelemetry }`, findings: [{ message: MESSAGE }] },
        { name: 'a monitoring component alone is not APM', design: `${THREE}\nmonitoring Metrics { engine: datadog }`, findings: [{ message: MESSAGE }] },
        { name: 'a lower threshold in the options', design: 'client U\nservice A\nservice B\nU -> A -> B', options: { minServices: 2 }, findings: [{ message: 'Design T has 2 services and no APM: when a request is slow, nobody can see which service, query or call spends the time.' }] }
    ]
});
