import { testRule } from '../../../../test/helpers/rule-tester.js';
import rule from './published-store-port.js';

testRule(rule, {
    valid: [
        { name: 'a store reached only inside its network', design: 'service Api { published: [8080] }\ndatabase Db { engine: postgres }\nApi -> Db : sql' },
        { name: 'a service publishes its port to be used', design: 'service Api { published: [443] }' },
        { name: 'a store the design draws but does not describe', design: 'database Db { published: [5432], out_of_scope: true }' }
    ],
    invalid: [
        {
            name: 'a database port published beside stores that publish none',
            design: 'service Api\ndatabase Db { engine: postgres, published: [5432] }\ncache Hot { engine: redis }\nApi -> Db : sql\nApi -> Hot : redis',
            findings: [{ element: 'Db', severity: 'warning', messageId: 'published', message: 'database Db publishes port 5432 outside its private network: whatever reaches the host reaches it directly, past the services in front of it, with nothing but its own login in the way.' }]
        },
        {
            name: 'regression: two of three stores published: one decision of the deployment file, one finding',
            design: 'network Default {\n  service Api\n  database Db { published: [5432] }\n  cache Hot { published: [6379] }\n  queue Jobs { engine: rabbitmq }\n}\nApi -> Db : sql\nApi -> Hot : redis\nApi -> Jobs : amqp',
            findings: [{ element: 'Default', severity: 'warning', messageId: 'publishedEach', message: '2 stores publish their ports outside their private network (Db and Hot): whatever reaches the host reaches each directly, past the services in front of them. Publishing stores is one decision: reach them from inside the network (or bind them to 127.0.0.1) instead.' }]
        },
        {
            name: 'every store published: one decision',
            design: 'network Default {\n  service Api\n  database Db { published: [5432] }\n  queue Jobs { published: [5672, 15672] }\n}\nApi -> Db : sql\nApi -> Jobs : amqp',
            findings: [{ element: 'Default', severity: 'warning', messageId: 'publishedEach', message: '2 stores publish their ports outside their private network (Db and Jobs): whatever reaches the host reaches each directly, past the services in front of them. Publishing stores is one decision: reach them from inside the network (or bind them to 127.0.0.1) instead.' }]
        }
    ]
});
