import { testRule } from '../../../../test/helpers/rule-tester.js';
import rule from './sensitive-data-copied.js';

testRule(rule, {
    valid: [
        { name: 'card data in one store, a token elsewhere', design: 'service Shop\ndatabase Wallet { data: [payment] }\ndatabase Orders { data: [pii] }\nShop -> Wallet : sql\nShop -> Orders : sql' },
        { name: 'personal data in several stores is not counted', design: 'service Shop\ndatabase Users { data: [pii] }\ndatabase Orders { data: [pii] }\nShop -> Users : sql\nShop -> Orders : sql' },
        { name: 'stores that state no data', design: 'service Shop\ndatabase A\ndatabase B\nShop -> A : sql\nShop -> B : sql' }
    ],
    invalid: [
        {
            name: 'card data saved with each order and with the customer',
            design: 'network cluster {\n  service Orders\n  database OrderStore { engine: mongodb, data: [pii, payment] }\n  database Accounts { engine: mongodb, data: [pii, payment, credentials] }\n  Orders -> OrderStore : tcp\n  Orders -> Accounts : tcp\n}',
            findings: [{
                element: 'cluster',
                severity: 'warning',
                message: 'Payment data is kept in 2 stores (database OrderStore and database Accounts): every copy widens what must be protected and kept in step. Keep it in one store (or with the provider) and refer to it elsewhere by a token or an id.'
            }]
        },
        {
            name: 'credentials in a database and a cache, and card data in two stores: one finding each',
            design: 'service Api\ndatabase Users { data: [credentials, payment] }\ncache Sessions { data: [credentials] }\nstorage Exports { data: [payment] }\nApi -> Users : sql\nApi -> Sessions : redis\nApi -> Exports : https',
            findings: [
                { message: 'Payment data is kept in 2 stores (database Users and storage Exports): every copy widens what must be protected and kept in step. Keep it in one store (or with the provider) and refer to it elsewhere by a token or an id.' },
                { message: 'Credential data is kept in 2 stores (database Users and cache Sessions): every copy widens what must be protected and kept in step. Keep it in one store (or with the provider) and refer to it elsewhere by a token or an id.' }
            ]
        }
    ]
});
