import { testRule } from '../../../../test/helpers/rule-tester.js';
import rule from './dual-write.js';

const API = 'service Api { replicas: 2 }\ndatabase Orders { engine: postgres, replicas: 2 }\nqueue Events { engine: kafka }\n';

testRule(rule, {
    valid: [
        { name: 'one store', design: `${API}Api -> Orders\nworker W\nEvents -> W\nW -> Orders` },
        { name: 'an outbox transaction covers the store and the queue', design: `${API}Api -> Orders : writes\nApi -> Events\ntransaction Place { writes: [Orders, Events], protocol: outbox }` },
        { name: 'reads of one store and writes of another', design: `${API}Api -> Orders : reads\nApi -> Events` },
        { name: 'a cache beside the database (cache-aside)', design: `${API}cache Hot { engine: redis, replicas: 2 }\nApi -> Orders\nApi -> Hot\nApi -> Events : reads` },
        { name: 'a lock is not a write', design: `${API}coordinator Zk { engine: zookeeper, replicas: 3 }\nApi -> Orders\nApi -> Zk : lock\nApi -> Events : reads` },
        { name: 'two pairs, each covered by its own transaction', design: `${API}database Ledger { engine: postgres }\nstorage Files { engine: s3 }\nApi -> Orders\nApi -> Events\nApi -> Ledger\nApi -> Files\ntransaction A { writes: [Orders, Events], protocol: outbox }\ntransaction B { writes: [Ledger, Files], protocol: saga }` },
        { name: 'clients and gateways are not writers here', design: `${API}client U\nU -> Orders\nU -> Events\nU -> Api` }
    ],
    invalid: [
        {
            name: 'a database write and a published event',
            design: `${API}Api -> Orders : writes\nApi -> Events`,
            findings: [{
                element: 'Api',
                messageId: 'dualWrite',
                severity: 'info',
                message: 'service Api writes database Orders and queue Events, and no transaction covers them: if one write succeeds and another fails, they disagree. If they must agree, declare a transaction (an outbox for a queue).'
            }]
        },
        {
            name: 'an unstated access counts as a write',
            design: 'worker Thumbs\ndatabase Meta\nstorage Photos { engine: s3 }\nqueue Jobs { engine: sqs }\nJobs -> Thumbs\nThumbs -> Meta\nThumbs -> Photos',
            findings: [{ element: 'Thumbs', message: 'worker Thumbs writes database Meta and storage Photos, and no transaction covers them: if one write succeeds and another fails, they disagree. If they must agree, declare a transaction (an outbox for a queue).' }]
        },
        {
            name: 'a transaction covering two of three stores',
            design: `${API}search Find { engine: elasticsearch, replicas: 2 }\nApi -> Orders\nApi -> Events\nApi -> Find : writes\ntransaction Place { writes: [Orders, Events], protocol: outbox }`,
            findings: [{ element: 'Api', message: 'service Api writes database Orders, queue Events and search Find, and no transaction covers search Find with the others: if one write succeeds and another fails, they disagree. If they must agree, declare a transaction (an outbox for a queue).' }]
        },
        {
            name: 'a transaction that covers one store with a store this writer does not write',
            design: `${API}database Other\nservice B { replicas: 2 }\nB -> Other\nApi -> Orders\nApi -> Events\ntransaction T { writes: [Orders, Other] }`,
            findings: [{ element: 'Api', message: 'service Api writes database Orders and queue Events, and no transaction covers them: if one write succeeds and another fails, they disagree. If they must agree, declare a transaction (an outbox for a queue).' }]
        }
    ]
});
