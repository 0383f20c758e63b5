import { testRule } from '../../../../test/helpers/rule-tester.js';
import rule from './no-mfa.js';

const SIGN_IN_WITH_PII = 'client U\nservice Api { auth: oauth2 }\ndatabase Db { data: [pii] }\nU -> Api -> Db';

testRule(rule, {
    valid: [
        { name: 'MFA for the whole design', design: `${SIGN_IN_WITH_PII}\nsecurity { mfa: true }` },
        { name: 'MFA on the identity provider', design: 'client U\nidp Auth { engine: auth0, mfa: true }\nservice Api { auth: oauth2 }\ndatabase Db { data: [pii] }\nU -> Auth\nU -> Api -> Db' },
        { name: 'no sensitive data', design: 'client U\nservice Api { auth: oauth2 }\ndatabase Db { data: [public] }\nU -> Api -> Db' },
        { name: 'nobody signs in', design: 'client U\nservice Api\ndatabase Db { data: [pii] }\nU -> Api -> Db' },
        { name: 'machine authentication only', design: 'client U\nservice Api { auth: api_key }\ndatabase Db { data: [payment] }\nU -> Api -> Db' },
        { name: 'only machine clients', design: 'client Partner { human: false }\nservice Api { auth: oauth2 }\ndatabase Db { data: [pii] }\nPartner -> Api -> Db' }
    ],
    invalid: [
        {
            name: 'users sign in to a service and personal data is stored',
            design: SIGN_IN_WITH_PII,
            findings: [{ severity: 'info', message: 'Users sign in (service Api with oauth2) and the design holds personal data, but no second factor is required: one phished or reused password opens an account and all it can see.' }]
        },
        {
            name: 'an identity provider and sensitive data in the requirements',
            design: 'requirements { data: [health] }\nclient U\nidp Auth { engine: keycloak }\nservice Api\nU -> Auth\nU -> Api',
            findings: [{ message: 'Users sign in (through idp Auth) and the design holds health data, but no second factor is required: one phished or reused password opens an account and all it can see.' }]
        },
        {
            name: 'a client that sends user tokens (regression: the data classes read as a list, "pii, payment data")',
            design: 'client U\nservice Api\ndatabase Db { data: [payment, pii] }\nU -> Api { protocol: https, auth: jwt }\nApi -> Db',
            findings: [{ message: 'Users sign in (client U with jwt) and the design holds personal and payment data, but no second factor is required: one phished or reused password opens an account and all it can see.' }]
        },
        {
            name: 'security { mfa: false }',
            design: `${SIGN_IN_WITH_PII}\nsecurity { mfa: false }`,
            findings: [{ messageId: 'noMfa', message: 'Users sign in (service Api with oauth2) and the design holds personal data, but no second factor is required: one phished or reused password opens an account and all it can see.' }]
        }
    ]
});
