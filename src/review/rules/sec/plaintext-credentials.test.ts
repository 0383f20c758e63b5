import { testRule } from '../../../../test/helpers/rule-tester.js';
import rule from './plaintext-credentials.js';

testRule(rule, {
    valid: [
        { name: 'a store of credentials that says nothing about hashing is not assumed to keep them as given', design: 'service Users\ndatabase Accounts { data: [credentials] }\nUsers -> Accounts : sql' },
        { name: 'passwords hashed with a slow hash', design: 'service Users\ndatabase Accounts { data: [credentials], password_hashing: bcrypt }\nUsers -> Accounts : sql' }
    ],
    invalid: [
        {
            name: 'passwords kept as given',
            design: 'service Users\ndatabase Accounts { engine: mongodb, data: [pii, credentials], password_hashing: none }\nUsers -> Accounts : tcp',
            findings: [{ element: 'Accounts', severity: 'error', message: 'database Accounts keeps the passwords or secrets it checks sign-ins against as given (`password_hashing: none`): one leaked backup, snapshot or injection exposes every one of them, and users reuse passwords elsewhere.' }]
        },
        {
            name: 'an identity provider that keeps client secrets as given, even though its disk is encrypted',
            design: 'idp Login { protocols: [oauth2], encryption: at_rest, password_hashing: none }',
            findings: [{ element: 'Login', message: 'idp Login keeps the passwords or secrets it checks sign-ins against as given (`password_hashing: none`): one leaked backup, snapshot or injection exposes every one of them, and users reuse passwords elsewhere.' }]
        }
    ]
});
