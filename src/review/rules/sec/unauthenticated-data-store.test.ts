import { testRule } from '../../../../test/helpers/rule-tester.js';
import rule from './unauthenticated-data-store.js';

const OPEN_ONE = 'anything that reaches its port can read, change or delete all it holds, so the network is its only protection. Give it credentials per service (kept in a secret store).';

testRule(rule, {
    valid: [
        { name: 'authentication not stated is not assumed missing', design: 'service Api\ndatabase Db { engine: mongodb }\nApi -> Db : tcp' },
        { name: 'a store that requires credentials', design: 'service Api\ncache Sessions { engine: redis, auth: basic }\nApi -> Sessions : redis' },
        { name: 'an embedded store has no port to reach', design: 'service Api\ndatabase Local { engine: sqlite, embedded: true, auth: none }\nApi -> Local' },
        { name: 'a store drawn but not described', design: 'service Api\ndatabase Legacy { auth: none, out_of_scope: true }\nApi -> Legacy' },
        { name: 'one client connects with no credentials, another states nothing: not taken as open', design: 'service Api\nworker Jobs\ndatabase Db { engine: mongodb }\nApi -> Db { auth: none }\nJobs -> Db' },
        { name: 'the store states its own authentication over its clients\' connections', design: 'service Api\ndatabase Db { engine: mongodb, auth: basic }\nApi -> Db { auth: none }' },
        { name: 'round 34: a job queue with no sensitive data on a one-host install, not published', design: 'network Host {\n  hosts: 1\n  service App\n  queue Jobs { engine: redis, auth: none }\n  App -> Jobs : redis\n}' }
    ],
    invalid: [
        {
            name: 'one document store with no authentication, no sensitive data: a warning',
            design: 'service Catalog\ndatabase Products { engine: mongodb, auth: none }\nCatalog -> Products : tcp',
            findings: [{ element: 'Products', severity: 'warning', messageId: 'one', message: `database Products accepts connections with no authentication (auth: none): ${OPEN_ONE}` }]
        },
        {
            name: 'holding personal data makes it an error',
            design: 'service Users\ndatabase People { engine: mongodb, auth: none, data: [pii, credentials] }\nUsers -> People : tcp',
            findings: [{ element: 'People', severity: 'error', messageId: 'one', message: `database People accepts connections with no authentication (auth: none) and holds pii, credentials data: ${OPEN_ONE}` }]
        },
        {
            name: 'every client connecting with auth: none states a store without authentication',
            design: 'service Api\nworker Jobs\ndatabase Tickets { engine: mongodb }\nApi -> Tickets { auth: none }\nJobs -> Tickets { auth: none }',
            findings: [{ element: 'Tickets', severity: 'warning', messageId: 'one', message: `database Tickets accepts connections with no authentication (auth: none): ${OPEN_ONE}` }]
        },
        {
            name: 'several open stores are one decision, reported once (round 34: a warning while only the private network reaches them)',
            design: 'network Cluster {\n  service Orders\n  service Carts\n  database OrderDb { engine: mongodb, auth: none, data: [pii] }\n  cache CartCache { engine: redis, auth: none }\n  Orders -> OrderDb : tcp\n  Carts -> CartCache : redis\n}',
            findings: [{ element: 'Cluster', severity: 'warning', messageId: 'many', message: '2 stores accept connections with no authentication (auth: none: database OrderDb and cache CartCache), and between them they hold pii data: anything that reaches their ports can read, change or delete all they hold, so the network is their only protection. Turning authentication on with credentials per service is one decision for all of them.' }]
        },
        {
            name: 'round 34: on a one-host install, an open store of personal data is still judged (a warning: nothing outside reaches it)',
            design: 'network Host {\n  hosts: 1\n  service App\n  database Db { engine: postgres, auth: none, data: [pii] }\n  queue Jobs { engine: redis, auth: none }\n  App -> Db : sql\n  App -> Jobs : redis\n}',
            findings: [{ element: 'Db', severity: 'warning', messageId: 'one', message: `database Db accepts connections with no authentication (auth: none) and holds pii data: ${OPEN_ONE}` }]
        },
        {
            name: 'round 34: a published job queue on a one-host install is still judged',
            design: 'network Host {\n  hosts: 1\n  service App\n  queue Jobs { engine: redis, auth: none, public: true }\n  App -> Jobs : redis\n}',
            findings: [{ element: 'Jobs', severity: 'warning', messageId: 'one', message: `queue Jobs accepts connections with no authentication (auth: none): ${OPEN_ONE}` }]
        }
    ]
});
