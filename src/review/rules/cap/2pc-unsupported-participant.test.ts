import { expect } from 'chai';
import { runRule, testRule } from '../../../../test/helpers/rule-tester.js';
import rule from './2pc-unsupported-participant.js';

const API = 'service Api { replicas: 2 }\ndatabase Orders { engine: postgres, replicas: 2 }\nApi -> Orders\n';

testRule(rule, {
    valid: [
        { name: 'two transactional databases', design: `${API}database Payments { engine: mysql, replicas: 2 }\nApi -> Payments\ntransaction Pay { writes: [Orders, Payments], protocol: two_phase_commit }` },
        { name: 'Kafka takes part through its transactions (an engine fact)', design: `${API}queue Events { engine: kafka }\nApi -> Events\ntransaction Pay { writes: [Orders, Events], protocol: two_phase_commit }` },
        { name: 'a store whose support is unknown gets the benefit of the doubt', design: `${API}database Legacy\nApi -> Legacy\ntransaction Pay { writes: [Orders, Legacy], protocol: three_phase_commit }` },
        { name: 'a design that says the queue is transactional', design: `${API}queue Jobs { engine: rabbitmq, transactions: true }\nApi -> Jobs\ntransaction Pay { writes: [Orders, Jobs], protocol: two_phase_commit }` },
        { name: 'a saga over Cassandra', design: `${API}database Ledger { engine: cassandra, replicas: 3 }\nApi -> Ledger\ntransaction Pay { writes: [Orders, Ledger], protocol: saga }` },
        { name: 'external systems are not judged', design: `${API}external Bank\nApi -> Bank\ntransaction Pay { writes: [Orders, Bank], protocol: two_phase_commit }` }
    ],
    invalid: [
        {
            name: 'Cassandra in a two-phase commit',
            design: `${API}database Ledger { engine: cassandra, replicas: 3 }\nApi -> Ledger\ntransaction Pay { writes: [Orders, Ledger], protocol: two_phase_commit }`,
            findings: [{
                element: 'Pay',
                messageId: 'unsupported',
                severity: 'error',
                message: 'transaction Pay uses two-phase commit, but database Ledger cannot take part in it (cassandra has no transactions): when another participant aborts, its writes stay, so the commit is not atomic.'
            }]
        },
        {
            name: 'an SQS queue and object storage in a three-phase commit',
            design: `${API}queue Jobs { engine: sqs }\nstorage Files { engine: s3 }\nApi -> Jobs\nApi -> Files\ntransaction Upload { writes: [Orders, Jobs, Files], protocol: three_phase_commit }`,
            findings: [{ element: 'Upload', message: 'transaction Upload uses three-phase commit, but queue Jobs and storage Files cannot take part in it (sqs has no transactions and Files is object storage with no prepare phase): when another participant aborts, their writes stay, so the commit is not atomic.' }]
        },
        {
            name: 'transactions: false written in the design',
            design: `${API}database Events { transactions: false }\nApi -> Events\ntransaction Pay { writes: [Orders, Events], protocol: two_phase_commit }`,
            findings: [{ element: 'Pay', message: 'transaction Pay uses two-phase commit, but database Events cannot take part in it (Events has no transactions): when another participant aborts, its writes stay, so the commit is not atomic.' }]
        },
        {
            name: 'a cache',
            design: `${API}cache Hot { engine: redis, replicas: 2 }\nApi -> Hot\ntransaction Pay { writes: [Orders, Hot], protocol: two_phase_commit }`,
            findings: [{ element: 'Pay', message: 'transaction Pay uses two-phase commit, but cache Hot cannot take part in it (Hot is a cache with no prepare phase): when another participant aborts, its writes stay, so the commit is not atomic.' }]
        }
    ]
});

describe('cap/2pc-unsupported-participant quick fix', () => {
    it('moves to a saga and drops a strong claim the saga cannot keep', async () => {
        const [finding] = await runRule(rule, `${API}database Ledger { engine: cassandra, replicas: 3 }\nApi -> Ledger\ntransaction Pay { writes: [Orders, Ledger], protocol: two_phase_commit, consistency: strong }`);
        expect(finding.fix && 'properties' in finding.fix ? finding.fix.properties : []).to.deep.equal([{ key: 'protocol', value: 'saga' }, { key: 'consistency', value: 'eventual' }]);
    });
});
