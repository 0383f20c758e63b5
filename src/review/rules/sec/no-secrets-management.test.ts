import { testRule } from '../../../../test/helpers/rule-tester.js';
import rule from './no-secrets-management.js';

testRule(rule, {
    valid: [
        {
            // The answer names the auth service it calls and leaves it to another team: its token-signing keys are that team's to keep.
            name: 'regression (field corpus, round 27): an identity provider drawn out of scope keeps its own keys',
            design: 'client U\nidp AuthServices { out_of_scope: true }\nservice FrontEnd { replicas: 3 }\nU -> FrontEnd : https\nFrontEnd -> AuthServices : https "authenticate and authorise"'
        },
        { name: 'regression: a managed API gateway presenting a function key to its backend keeps it in its own encrypted configuration', design: 'client Browser\ngateway Apim { engine: azure_api_management, auth: oauth2 }\nfunction Fn { engine: azure_functions }\nBrowser -> Apim : https\nApim -> Fn : https { auth: api_key }' },
        { name: 'regression: the only secret is a published default login, which sec/default-credentials reports', design: 'service Api\ndatabase Db { engine: mysql, default_credentials: true }\nApi -> Db : sql { auth: password }' },
        { name: 'a secrets manager in the security settings', design: 'service Api\ndatabase Db\nApi -> Db : sql { auth: password }\nsecurity { secrets: aws_secrets_manager }' },
        { name: 'a component running a secret store', design: 'service Api\ncoordinator Secrets { engine: vault }\ndatabase Db\nApi -> Secrets\nApi -> Db : sql { auth: password }' },
        { name: 'no code of its own', design: 'client U\nstorage Site { engine: s3 }\nU -> Site : https { auth: token }' },
        { name: 'a design that says nothing about security (regression: a talk about timelines)', design: 'service Api\ndatabase Db\nApi -> Db' },
        { name: 'no credential stated anywhere (regression: a sample shop whose stores take no password)', design: 'client U\nservice Api { auth: session }\ndatabase Db { data: [pii] }\nU -> Api : https\nApi -> Db : sql' },
        { name: 'users\' passwords in a store are data, not a secret the code holds (regression)', design: 'service Users\ndatabase Accounts { data: [credentials] }\nUsers -> Accounts : tcp' },
        { name: 'workload identity holds no secret', design: 'service Api\ndatabase Db\nApi -> Db : sql { auth: iam }' },
        { name: 'an external with no stated auth is not assumed to take a key', design: 'service Pay\nexternal Psp\nPay -> Psp : https' },
        { name: 'a managed identity provider keeps its own keys', design: 'client U\nidp Login { engine: cognito }\nservice Api { auth: jwt }\nU -> Login : https\nU -> Api : https' }
    ],
    invalid: [
        { name: 'a self-run gateway presenting a key to its backend keeps the question', design: 'client Browser\ngateway Edge { engine: nginx }\nservice Api\nBrowser -> Edge : https\nEdge -> Api : https { auth: api_key }', findings: [{ message: 'Design T holds secrets (API keys) and does not say where they live: passwords and keys tend to end up in code, config files or environment variables, where they leak and cannot be rotated quickly.' }] },
        { name: 'a published default login beside another secret keeps the question', design: 'service Api\ndatabase Db { engine: mysql, default_credentials: true }\nexternal Mail { auth: api_key }\nApi -> Db : sql { auth: password }\nApi -> Mail : https', findings: [{ message: 'Design T holds secrets (passwords and API keys) and does not say where they live: passwords and keys tend to end up in code, config files or environment variables, where they leak and cannot be rotated quickly.' }] },
        {
            name: 'a database whose own login the design states (not a published default): its callers hold the password (regression: passwords written in manifests went unasked)',
            design: 'service Api\ndatabase Db { engine: postgres, default_credentials: false }\nApi -> Db : sql',
            findings: [{ severity: 'info', message: 'Design T holds secrets (passwords) and does not say where they live: passwords and keys tend to end up in code, config files or environment variables, where they leak and cannot be rotated quickly.' }]
        },
        {
            name: 'a password on a database connection',
            design: 'service Api\ndatabase Db\nApi -> Db : sql { auth: password }',
            findings: [{ severity: 'info', message: 'Design T holds secrets (passwords) and does not say where they live: passwords and keys tend to end up in code, config files or environment variables, where they leak and cannot be rotated quickly.' }]
        },
        {
            name: 'an API key for an external provider, and a network whose members use passwords',
            design: 'network Inner {\n  auth: password\n  service Chat\n  service Notes\n  Chat -> Notes : http\n}\nexternal Llm { auth: api_key }\nChat -> Llm : https',
            findings: [{ messageId: 'noSecrets', message: 'Design T holds secrets (passwords and API keys) and does not say where they live: passwords and keys tend to end up in code, config files or environment variables, where they leak and cannot be rotated quickly.' }]
        },
        {
            name: 'an identity provider the design runs and describes holds its token-signing keys',
            design: 'client U\nidp AuthServices\nservice FrontEnd { replicas: 3 }\nU -> FrontEnd : https\nFrontEnd -> AuthServices : https "authenticate and authorise"',
            findings: [{ messageId: 'noSecrets', message: 'Design T holds secrets (token-signing keys) and does not say where they live: passwords and keys tend to end up in code, config files or environment variables, where they leak and cannot be rotated quickly.' }]
        },
        {
            name: 'sign-in through an identity provider the design runs itself',
            design: 'client U\nidp Identity\nservice Web { auth: oidc }\nU -> Web : https\nWeb -> Identity : https',
            findings: [{ messageId: 'noSecrets', message: 'Design T holds secrets (token-signing keys and sign-in client secrets) and does not say where they live: passwords and keys tend to end up in code, config files or environment variables, where they leak and cannot be rotated quickly.' }]
        },
        {
            name: 'secrets: false',
            design: 'service Api\ndatabase Db\nApi -> Db : sql { auth: password }\nsecurity { secrets: false }',
            findings: [{ messageId: 'noSecrets', message: 'Design T holds secrets (passwords) and does not say where they live: passwords and keys tend to end up in code, config files or environment variables, where they leak and cannot be rotated quickly.' }]
        },
        {
            name: 'secrets: none',
            design: 'gateway Gw\nexternal Mail { auth: api_key }\nGw -> Mail : https\nsecurity { secrets: none }',
            findings: [{ messageId: 'noSecrets', message: 'Design T holds secrets (API keys) and does not say where they live: passwords and keys tend to end up in code, config files or environment variables, where they leak and cannot be rotated quickly.' }]
        },
        {
            name: 'secrets stated to live in environment variables',
            design: 'service Api\ndatabase Db\nApi -> Db : sql\nsecurity { secrets: env }',
            findings: [{ severity: 'warning', messageId: 'plainSecrets', message: 'Design T keeps its secrets in env (`security.secrets: env`): they leak through repositories, logs, crash dumps and images, and cannot be rotated quickly. Keep them in a secrets manager.' }]
        }
    ]
});
