import { testRule } from '../../../../test/helpers/rule-tester.js';
import rule from './manual-failover.js';

const PATH = 'client U\nservice Api { replicas: 2 }\nU -> Api -> Db\n';

testRule(rule, {
    valid: [
        { name: 'automatic failover', design: `requirements { availability: 99.99% }\n${PATH}database Db { engine: postgres, replicas: 2, failover: auto }` },
        { name: 'an engine that fails over automatically (engine fact)', design: `requirements { availability: 99.99% }\n${PATH}database Db { engine: aurora, replicas: 2 }` },
        { name: 'a target below 99.95%', design: `requirements { availability: 99.9% }\n${PATH}database Db { engine: postgres, replicas: 2 }` },
        { name: 'no availability target', design: `${PATH}database Db { engine: postgres, replicas: 2 }` },
        { name: 'a single instance has nothing to fail over to', design: `requirements { availability: 99.99% }\n${PATH}database Db { engine: postgres }` },
        {
            name: 'a database behind a queue does not fail requests',
            design: 'requirements { availability: 99.99% }\nclient U\nservice Api { replicas: 2 }\nqueue Events { engine: sqs }\nworker Loader { replicas: 2 }\ndatabase Warehouse { engine: postgres, replicas: 2 }\nU -> Api -> Events\nEvents -> Loader -> Warehouse'
        },
        { name: 'a raised threshold', design: `requirements { availability: 99.95% }\n${PATH}database Db { engine: postgres, replicas: 2 }`, options: { availability: 0.9999 } }
    ],
    invalid: [
        {
            name: 'PostgreSQL fails over by hand unless told otherwise',
            design: `requirements { availability: 99.99% }\n${PATH}database Db { engine: postgres, replicas: 2 }`,
            findings: [{ element: 'Db', severity: 'warning', messageId: 'manualFailover', message: 'database Db is replicated but fails over by hand (the postgres default): paging an operator and promoting a replica can use up the 4.3 minutes of downtime a month that the 99.99% target allows.' }]
        },
        {
            name: 'failover: manual written, at exactly 99.95%',
            design: `requirements { availability: 99.95% }\n${PATH}database Db { engine: cockroachdb, replicas: 3, failover: manual }`,
            findings: [{ element: 'Db', message: 'database Db is replicated but fails over by hand (failover: manual): paging an operator and promoting a replica can use up the 21.6 minutes of downtime a month that the 99.95% target allows.' }]
        },
        {
            name: 'a lowered threshold',
            design: `requirements { availability: 99.9% }\n${PATH}database Db { engine: mysql, replicas: 2 }`,
            options: { availability: 0.999 },
            findings: [{ element: 'Db', message: 'database Db is replicated but fails over by hand (the mysql default): paging an operator and promoting a replica can use up the 43.2 minutes of downtime a month that the 99.9% target allows.' }]
        },
        {
            name: 'every replicated database fails over by hand: one decision',
            design: 'requirements { availability: 99.99% }\nclient U\nservice Api { replicas: 2 }\ndatabase Orders { engine: postgres, replicas: 2 }\ndatabase Users { engine: mysql, replicas: 2 }\nU -> Api -> Orders\nApi -> Users',
            findings: [{ messageId: 'manualFailoverEach', message: 'None of the 2 replicated databases fails over by itself (database Orders and database Users): paging an operator and promoting a replica can use up the 4.3 minutes of downtime a month that the 99.99% target allows.' }]
        }
    ]
});
