import { testRule } from '../../../../test/helpers/rule-tester.js';
import rule from './credentials-in-logs.js';

testRule(rule, {
    valid: [
        { name: 'logs that state no data are not assumed to hold secrets', design: 'service Api\nlogging Logs\nApi -> Logs : writes' },
        { name: 'a service that handles credentials but logs only internal data', design: 'service Login { data: [credentials] }\nlogging Logs\nLogin -> Logs : writes { data: [internal] }' },
        { name: 'credentials sent to a store, not to the logs', design: 'service Login\ndatabase Users\nLogin -> Users : sql { data: [credentials] }' }
    ],
    invalid: [
        {
            name: 'a function that logs whole requests, tokens included',
            design: 'function Handler\nlogging Logs\nHandler -> Logs : writes "the whole event" { data: [credentials] }',
            findings: [{ element: 'Logs', severity: 'warning', message: 'logging Logs receives credentials (from Handler): anyone who can read the logs can replay the tokens or passwords in them. Redact credentials before they are logged.' }]
        },
        {
            name: 'two writers are one finding on the logs',
            design: 'service A\nservice B\nlogging Logs\nA -> Logs : writes { data: [credentials] }\nB -> Logs : writes { data: [pii, credentials] }',
            findings: [{ element: 'Logs', message: 'logging Logs receives credentials (from A, B): anyone who can read the logs can replay the tokens or passwords in them. Redact credentials before they are logged.' }]
        }
    ]
});
