import { testRule } from '../../../../test/helpers/rule-tester.js';
import rule from './sensitive-data-copied.js';

testRule(rule, {
    valid: [
        { name: 'card data in one store, a token elsewhere', design: 'service Shop\ndatabase Wallet { data: [payment] }\ndatabase Orders { data: [pii] }\nShop -> Wallet : sql\nShop -> Orders : sql' },
        { name: 'personal data in several stores is not counted', design: 'service Shop\ndatabase Users { data: [pii] }\ndatabase Orders { data: [pii] }\nShop -> Users : sql\nShop -> Orders : sql' },
        { name: 'regression: two services each keep their own payment records (a ledger and wallet balances): one class, not one datum', design: 'service Wallet\nservice Ledger\ndatabase WalletDb { data: [payment] }\ndatabase LedgerDb { data: [payment] }\nWallet -> WalletDb : tcp\nLedger -> LedgerDb : tcp\nWallet -> Ledger : https "record a payment"' },
        { name: 'stores that state no data', design: 'service Shop\ndatabase A\ndatabase B\nShop -> A : sql\nShop -> B : sql' }
    ],
    invalid: [
        {
            name: 'the order service reads the customer\'s card from the accounts service and saves it with the order',
            design: 'service Orders\nservice Accounts\ndatabase OrderDb { data: [payment] }\ndatabase AccountDb { data: [pii, payment] }\nOrders -> Accounts : https, reads "customer and card"\nOrders -> OrderDb : tcp, writes\nAccounts -> AccountDb : tcp',
            findings: [{ message: 'Payment data is kept in 2 stores (database OrderDb and database AccountDb): every copy widens what must be protected and kept in step. Keep it in one store (or with the provider) and refer to it elsewhere by a token or an id.' }]
        },
        {
            name: 'a ledger whose changefeed fills a queue of payment events',
            design: 'service Pay\nservice Trips\ndatabase Ledger { data: [payment] }\nqueue Events { data: [payment] }\nPay -> Ledger : sql\nLedger -> Events : kafka\nEvents -> Trips : kafka',
            findings: [{ message: 'Payment data is kept in 2 stores (database Ledger and queue Events): every copy widens what must be protected and kept in step. Keep it in one store (or with the provider) and refer to it elsewhere by a token or an id.' }]
        },
        {
            name: 'credentials pushed from one service to another are counted without a stated flow',
            design: 'service Users\nservice Login\ndatabase UserDb { data: [credentials] }\ndatabase LoginDb { data: [credentials] }\nUsers -> UserDb : tcp\nLogin -> LoginDb : tcp\nUsers -> Login : https',
            findings: [{ message: 'Credential data is kept in 2 stores (database UserDb and database LoginDb): every copy widens what must be protected and kept in step. Keep it in one store (or with the provider) and refer to it elsewhere by a token or an id.' }]
        },
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
