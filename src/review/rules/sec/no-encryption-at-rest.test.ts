import { testRule } from '../../../../test/helpers/rule-tester.js';
import rule from './no-encryption-at-rest.js';

testRule(rule, {
    valid: [
        {
            name: 'every persistent store encrypted',
            design: 'service Api\ndatabase Db { encryption: at_rest }\nstorage F { encryption: at_rest }\nsearch S { encryption: at_rest }\nqueue Q { encryption: at_rest }\nApi -> Db\nApi -> F\nApi -> S\nApi -> Q'
        },
        { name: 'engines that encrypt at rest by default', design: 'service Api\nstorage F { engine: s3 }\ndatabase D { engine: dynamodb }\nqueue Q { engine: sqs }\nApi -> F\nApi -> D\nApi -> Q' },
        { name: 'an in-memory cache, even of personal data', design: 'service Api\ncache C { engine: redis, data: [pii] }\nApi -> C' }
    ],
    invalid: [
        {
            name: 'a database with no sensitive data: a warning (the first draft)',
            design: 'service Api\ndatabase Db { engine: mysql }\nApi -> Db : sql',
            findings: [{ element: 'Db', messageId: 'plain', severity: 'warning', message: 'database Db is not encrypted at rest: a copied disk, snapshot or backup exposes its data in the clear.' }]
        },
        {
            name: 'a store of sensitive data: an error',
            design: 'service Api\ndatabase Users { data: [pii, credentials] }\nApi -> Users',
            findings: [{ element: 'Users', messageId: 'sensitive', severity: 'error', message: 'database Users holds pii, credentials data unencrypted at rest: a copied disk, snapshot or backup exposes it in the clear.' }]
        },
        {
            name: 'a design that overrides the engine\'s default',
            design: 'service Api\nstorage F { engine: s3, encryption: none }\nApi -> F',
            findings: [{ element: 'F', severity: 'warning', message: 'storage F is not encrypted at rest: a copied disk, snapshot or backup exposes its data in the clear.' }]
        },
        {
            name: 'the design handles payment data and the store says nothing: an error',
            design: 'requirements { data: [payment] }\nservice Api\nqueue Q { engine: kafka }\nApi -> Q',
            findings: [{ element: 'Q', messageId: 'designData', severity: 'error', message: 'queue Q is not encrypted at rest while the design handles payment data: if it stores any, a copied disk, snapshot or backup exposes it in the clear.' }]
        },
        {
            name: 'a store\'s own data wins over the requirements',
            design: 'requirements { data: [pii] }\nservice Api\nsearch Catalog { data: [public] }\nApi -> Catalog',
            findings: [{ element: 'Catalog', messageId: 'plain', severity: 'warning', message: 'search Catalog is not encrypted at rest: a copied disk, snapshot or backup exposes its data in the clear.' }]
        }
    ]
});
