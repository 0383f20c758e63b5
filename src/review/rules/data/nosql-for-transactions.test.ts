import { expect } from 'chai';
import { runRule, testRule } from '../../../../test/helpers/rule-tester.js';
import rule from './nosql-for-transactions.js';

const API = 'service Api { replicas: 2 }\n';

testRule(rule, {
    valid: [
        { name: 'payment data in PostgreSQL', design: `${API}database Ledger { engine: postgres, replicas: 2, data: [payment] }\nApi -> Ledger` },
        { name: 'a NoSQL store without payment data or strong transactions', design: `${API}database Stats { engine: cassandra, replicas: 3, data: [pii] }\nApi -> Stats` },
        { name: 'regression (field corpus, round 16): DynamoDB serves strong reads on request and has transactions', design: `${API}database Payments { engine: dynamodb, data: [payment] }\nApi -> Payments` },
        { name: 'MongoDB offers transactions and strong reads (engine facts)', design: `${API}database Wallets { engine: mongodb, replicas: 3, data: [payment] }\nApi -> Wallets` },
        { name: 'DynamoDB with strongly consistent reads stated in the design', design: `${API}database Wallets { engine: dynamodb, consistency: strong, data: [payment] }\nApi -> Wallets` },
        { name: 'a saga over a NoSQL store is not a strong transaction', design: `requirements { consistency: strong }\n${API}database Orders { engine: postgres, replicas: 2 }\ndatabase Events { engine: cassandra, replicas: 3 }\nApi -> Orders\nApi -> Events\ntransaction Place { writes: [Orders, Events], protocol: saga }` },
        { name: 'a database whose model is unknown', design: `${API}database Ledger { data: [payment] }\nApi -> Ledger` },
        { name: 'payment data in a cache is not this rule\'s concern', design: `${API}cache Hot { engine: redis, replicas: 2, data: [payment] }\nApi -> Hot` }
    ],
    invalid: [
        {
            name: 'the payments ledger on Cassandra',
            design: `${API}database Orders { engine: postgres, replicas: 2 }\ndatabase Ledger { engine: cassandra, replicas: 3, data: [payment] }\nApi -> Orders\nApi -> Ledger\ntransaction PlaceOrder { writes: [Orders, Ledger], consistency: strong }`,
            findings: [{
                element: 'Ledger',
                messageId: 'nosql',
                severity: 'warning',
                message: 'database Ledger is a wide-column store (cassandra) that holds payment data and is written by the strongly consistent transaction PlaceOrder, but it has no multi-record transactions and it is only eventually consistent: payments and other records that must add up can be lost, counted twice or left half-written.'
            }]
        },
        {
            name: 'DynamoDB under a strong product requirement, written by a transaction',
            design: `requirements { consistency: strong }\n${API}database Orders { engine: postgres, replicas: 2 }\ndatabase Carts { engine: dynamodb, consistency: eventual }\nApi -> Orders\nApi -> Carts\ntransaction Checkout { writes: [Orders, Carts], protocol: two_phase_commit }`,
            findings: [{ element: 'Carts', message: 'database Carts is a key-value store (dynamodb) that is written by the strongly consistent transaction Checkout, but it is only eventually consistent: payments and other records that must add up can be lost, counted twice or left half-written.' }]
        },
        {
            name: 'a document model written in the design',
            design: `${API}database Payments { model: document, data: [payment, pii] }\nApi -> Payments`,
            findings: [{ element: 'Payments', message: 'database Payments is a document store that holds payment data, but it declares no transactions and it declares no read consistency: payments and other records that must add up can be lost, counted twice or left half-written.' }]
        }
    ]
});

describe('data/nosql-for-transactions quick fix', () => {
    it('moves the store to PostgreSQL and overrides written facts that contradict it', async () => {
        const [finding] = await runRule(rule, `${API}database Payments { engine: cassandra, model: wide_column, consistency: eventual, data: [payment] }\nApi -> Payments`);
        expect(finding.fix && 'properties' in finding.fix ? finding.fix.properties : []).to.deep.equal([
            { key: 'engine', value: 'postgres' },
            { key: 'model', value: 'relational' },
            { key: 'consistency', value: 'strong' }
        ]);
    });
});
