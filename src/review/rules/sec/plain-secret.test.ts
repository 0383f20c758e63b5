import { testRule } from '../../../../test/helpers/rule-tester.js';
import rule from './plain-secret.js';

testRule(rule, {
    valid: [
        { name: 'a deployment that writes no secret in plain text', design: 'service Api\ndatabase Db\nApi -> Db : sql' },
        { name: 'an empty list', design: 'service Api { plain_secrets: [] }' },
        // Round 22: on two demos the plain-secret finding repeated the published logins sec/default-credentials lists.
        { name: 'regression: a published login is left to sec/default-credentials, on the store and on its client', design: 'service Api { plain_secrets: [DB_PASSWORD] }\ndatabase Db { default_credentials: true, plain_secrets: [POSTGRES_PASSWORD] }\nApi -> Db : sql' },
        { name: 'a component the design draws but does not describe', design: 'service Api { plain_secrets: ["TOKEN"], out_of_scope: true }' }
    ],
    invalid: [
        {
            name: 'a client of a store with a generated login still reports its own plain secret',
            design: 'service Api { plain_secrets: [API_KEY] }\ndatabase Db\nApi -> Db : sql',
            findings: [{ element: 'Api', message: 'service Api has `API_KEY` written as plain text in its deployment: anyone who reads the repository or the running configuration has it, and rotating it takes a commit and a redeploy.' }]
        },
        {
            name: 'one component with two plain secrets',
            design: 'service Api { plain_secrets: ["JWT_SECRET", "DATABASE_URL"] }',
            findings: [{ element: 'Api', severity: 'warning', messageId: 'plain', message: 'service Api has `JWT_SECRET` and `DATABASE_URL` written as plain text in its deployment: anyone who reads the repository or the running configuration has them, and rotating them takes a commit and a redeploy.' }]
        },
        {
            name: 'several components: one decision, listed once',
            design: 'network Default {\n  service Api { plain_secrets: ["JWT_SECRET"] }\n  database Db { plain_secrets: ["POSTGRES_PASSWORD"] }\n}\nApi -> Db : sql',
            findings: [{ element: 'Default', severity: 'warning', messageId: 'plainEach', message: '2 components have secrets written as plain text in their deployment (Api and Db): anyone who reads the repository or the running configuration has them. Where secrets live is one decision: pass them as secrets (Compose `secrets:`, a Kubernetes Secret, a secrets manager) everywhere.' }]
        }
    ]
});
