import { testRule } from '../../../../test/helpers/rule-tester.js';
import rule from './plain-secret.js';

testRule(rule, {
    valid: [
        { name: 'a deployment that writes no secret in plain text', design: 'service Api\ndatabase Db\nApi -> Db : sql' },
        { name: 'an empty list', design: 'service Api { plain_secrets: [] }' },
        { name: 'a component the design draws but does not describe', design: 'service Api { plain_secrets: ["TOKEN"], out_of_scope: true }' }
    ],
    invalid: [
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
