import { testRule } from '../../../../test/helpers/rule-tester.js';
import rule from './no-spike-testing.js';

const AUTOSCALING = 'client U\nservice Api { autoscale: { min: 2, max: 20, metric: cpu } }\nU -> Api : https';
const CONSEQUENCE = 'an autoscaler needs minutes to add instances, a sudden spike arrives in seconds, and nobody knows what users see in between.';

testRule(rule, {
    valid: [
        { name: 'spike tests', design: `${AUTOSCALING}\ntesting { spike: true }` },
        { name: 'spike tests at a stated rate', design: `${AUTOSCALING}\ntesting { spike: 100k }` },
        { name: 'nothing autoscales', design: 'client U\nservice Api { replicas: 3 }\nU -> Api : https' },
        { name: 'a serverless function scales on its own (not counted)', design: 'client U\nfunction Fn { engine: lambda }\nU -> Fn : https' }
    ],
    invalid: [
        {
            name: 'an autoscaling service without spike tests',
            design: AUTOSCALING,
            findings: [{ severity: 'info', message: `service Api autoscales and no spike test is declared: ${CONSEQUENCE}` }]
        },
        {
            name: 'several autoscaling components',
            design: 'client U\nservice Api { autoscale: { min: 2, max: 20 } }\nworker Jobs { autoscale: { min: 1, max: 5 } }\nfunction Thumbs { autoscale: { min: 1, max: 50 } }\nqueue Q { engine: sqs }\nU -> Api -> Q\nQ -> Jobs\nJobs -> Thumbs',
            findings: [{ message: `service Api and 2 other components autoscale and no spike test is declared: ${CONSEQUENCE}` }]
        },
        { name: 'load and stress tests ramp up gradually', design: `${AUTOSCALING}\ntesting { load: 20k, stress: true }`, findings: [{ message: 'service Api autoscales and no spike test is declared: an autoscaler needs minutes to add instances, a sudden spike arrives in seconds, and nobody knows what users see in between.' }] },
        { name: 'spike tests turned off', design: `${AUTOSCALING}\ntesting { spike: false }`, findings: [{ message: 'service Api autoscales and no spike test is declared: an autoscaler needs minutes to add instances, a sudden spike arrives in seconds, and nobody knows what users see in between.' }] }
    ]
});
