import { testRule } from '../../../../test/helpers/rule-tester.js';
import rule from './single-point-of-failure.js';

testRule(rule, {
    valid: [
        { name: 'replicated service and database', design: 'client U\nservice Api { replicas: 3 }\ndatabase Db { replicas: 2, failover: auto }\nU -> Api -> Db' },
        { name: 'autoscaling with a minimum of two', design: 'client U\nservice Api { autoscale: { min: 2, max: 10 } }\nU -> Api' },
        { name: 'an engine that is highly available on its own', design: 'client U\nfunction Fn { engine: lambda }\nstorage Files { engine: s3 }\nU -> Fn -> Files' },
        { name: 'a worker behind a queue is off the request path', design: 'client U\nservice Api { replicas: 2 }\nqueue Q { engine: sqs }\nworker W\nU -> Api -> Q\nQ -> W' },
        { name: 'clients, externals and observers', design: 'client U\nexternal Pay\nmonitoring M\nlogging L\nservice Api { replicas: 2 }\nU -> Api -> Pay\nApi -> M\nApi -> L' },
        { name: 'a component nobody calls synchronously from a client', design: 'service Batch\ndatabase Db\nBatch -> Db' },
        { name: 'a manual failover is another rule\'s concern', design: 'client U\ndatabase Db { engine: postgres, replicas: 2 }\nU -> Db' }
    ],
    invalid: [
        {
            name: 'a single service and database (the first draft)',
            design: 'client Mobile\nservice Web\ndatabase Db { engine: mysql }\nMobile -> Web : https\nWeb -> Db : sql',
            findings: [
                { element: 'Web', messageId: 'singleInstance', severity: 'error', message: 'service Web runs as a single instance: when it fails, every request through it fails.' },
                { element: 'Db', message: 'database Db runs as a single instance: when it fails, every request that reads or writes it fails.' }
            ]
        },
        {
            name: 'a cache used for locks with one instance',
            design: 'client U\nservice Api { replicas: 2 }\ncache Locks { engine: redis }\nU -> Api -> Locks : redis, lock',
            findings: [{ element: 'Locks', message: 'cache Locks runs as a single instance: when it fails, no lock can be taken and the work that needs one stops.' }]
        },
        {
            name: 'a cache read as a cache with one instance: reads fall through to the store',
            design: 'client U\nservice Api { replicas: 2 }\ncache Hot { engine: redis }\ndatabase Db { replicas: 2, failover: auto }\nU -> Api -> Hot : redis, reads\nApi -> Db',
            findings: [{ element: 'Hot', message: 'cache Hot runs as a single instance: when it fails, every request falls through to the store behind it at once, or fails.' }]
        },
        {
            name: 'a replicated database that cannot fail over',
            design: 'client U\ndatabase Db { replicas: 3, failover: none }\nU -> Db',
            findings: [{ element: 'Db', messageId: 'noFailover', message: 'database Db has 3 replicas but failover: none: when the leader fails, writes stop until it is rebuilt by hand.' }]
        },
        {
            name: 'autoscaling that may scale down to one',
            design: 'client U\nservice Api { autoscale: { min: 1, max: 5 } }\nU -> Api',
            findings: [{ element: 'Api', message: 'service Api runs as a single instance: when it fails, every request through it fails.' }]
        }
    ]
});
