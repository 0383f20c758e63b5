import { testRule } from '../../../../test/helpers/rule-tester.js';
import rule from './no-spike-testing.js';

const PEAK = 'requirements { peak_rps: 20k }\n';
const AUTOSCALING = `${PEAK}client U\nservice Api { autoscale: { min: 2, max: 20, metric: cpu } }\nU -> Api : https`;
const LOAD_TESTED = `${AUTOSCALING}\ntesting { load: 20k }`;
const CONSEQUENCE = 'an autoscaler needs minutes to add instances, a sudden spike arrives in seconds, and nobody knows what users see in between.';

testRule(rule, {
    valid: [
        { name: 'spike tests', design: `${AUTOSCALING}\ntesting { load: 20k, spike: true }` },
        { name: 'spike tests at a stated rate', design: `${AUTOSCALING}\ntesting { load: true, spike: 100k }` },
        { name: 'nothing autoscales', design: `${PEAK}client U\nservice Api { replicas: 3 }\nU -> Api : https\ntesting { load: true }` },
        { name: 'a serverless function scales on its own (not counted)', design: `${PEAK}client U\nfunction Fn { engine: lambda }\nU -> Fn : https\ntesting { load: true }` },
        { name: 'no stated peak: a spike beyond it is a detail', design: 'client U\nservice Api { autoscale: { min: 2, max: 20 } }\nU -> Api : https\ntesting { load: true }' },
        { name: 'no load test at all: perf/no-load-testing asks once', design: AUTOSCALING }
    ],
    invalid: [
        {
            name: 'an autoscaling service, load-tested, without spike tests',
            design: LOAD_TESTED,
            findings: [{ severity: 'info', message: `service Api autoscales and no spike test is declared: ${CONSEQUENCE}` }]
        },
        {
            name: 'several autoscaling components',
            design: `${PEAK}client U\nservice Api { autoscale: { min: 2, max: 20 } }\nworker Jobs { autoscale: { min: 1, max: 5 } }\nfunction Thumbs { autoscale: { min: 1, max: 50 } }\nqueue Q { engine: sqs }\nU -> Api -> Q\nQ -> Jobs\nJobs -> Thumbs\ntesting { load: true }`,
            findings: [{ message: `service Api and 2 other components autoscale and no spike test is declared: ${CONSEQUENCE}` }]
        },
        { name: 'load and stress tests ramp up gradually', design: `${AUTOSCALING}\ntesting { load: 20k, stress: true }`, findings: [{ message: `service Api autoscales and no spike test is declared: ${CONSEQUENCE}` }] },
        { name: 'spike tests turned off', design: `${AUTOSCALING}\ntesting { load: true, spike: false }`, findings: [{ message: `service Api autoscales and no spike test is declared: ${CONSEQUENCE}` }] }
    ]
});
