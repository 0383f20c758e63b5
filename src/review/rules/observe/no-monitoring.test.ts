import { testRule } from '../../../../test/helpers/rule-tester.js';
import rule from './no-monitoring.js';

testRule(rule, {
    valid: [
        { name: 'a monitoring component', design: 'service Api\nmonitoring M { engine: cloudwatch }' },
        { name: 'no services at all', design: 'client U\nstorage Files { engine: s3 }\nU -> Files : https' }
    ],
    invalid: [
        {
            name: 'services without monitoring',
            design: 'service Api\nworker Jobs\nlogging Logs',
            findings: [{ message: 'Design T has 2 services and no monitoring: failures and saturation go unseen until users report them.', severity: 'warning' }]
        }
    ]
});
