import { testRule } from '../../../../test/helpers/rule-tester.js';
import rule from './no-secrets-management.js';

testRule(rule, {
    valid: [
        { name: 'a secrets manager in the security settings', design: 'service Api\ndatabase Db\nApi -> Db\nsecurity { secrets: aws_secrets_manager }' },
        { name: 'a component running a secret store', design: 'service Api\ncoordinator Secrets { engine: vault }\nApi -> Secrets' },
        { name: 'no code of its own', design: 'client U\nstorage Site { engine: s3 }\nU -> Site' },
        { name: 'a design that says nothing about security (regression: a talk about timelines)', design: 'service Api\ndatabase Db\nApi -> Db' }
    ],
    invalid: [
        {
            name: 'no security settings',
            design: 'service Api\ndatabase Db\nApi -> Db : sql',
            findings: [{ severity: 'info', message: 'Design T does not say where its secrets live: database passwords and API keys tend to end up in code, config files or environment variables, where they leak and cannot be rotated quickly.' }]
        },
        {
            name: 'secrets: false',
            design: 'service Api\ndatabase Db\nApi -> Db\nsecurity { secrets: false }',
            findings: [{ messageId: 'noSecrets', message: 'Design T does not say where its secrets live: database passwords and API keys tend to end up in code, config files or environment variables, where they leak and cannot be rotated quickly.' }]
        },
        {
            name: 'secrets: none',
            design: 'gateway Gw\nservice Api\nGw -> Api\nsecurity { secrets: none }',
            findings: [{ messageId: 'noSecrets', message: 'Design T does not say where its secrets live: database passwords and API keys tend to end up in code, config files or environment variables, where they leak and cannot be rotated quickly.' }]
        }
    ]
});
