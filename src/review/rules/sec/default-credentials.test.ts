import { testRule } from '../../../../test/helpers/rule-tester.js';
import rule from './default-credentials.js';

testRule(rule, {
    valid: [
        { name: 'a store that says nothing about its login is not assumed to use a default one', design: 'service Api\ndatabase Db { engine: postgres }\nApi -> Db : sql' },
        { name: 'credentials stated as generated per deployment', design: 'service Api\ndatabase Db { engine: postgres, default_credentials: false }\nApi -> Db : sql' },
        { name: 'a component left out of scope is not judged', design: 'service Api\nqueue Jobs { engine: rabbitmq, default_credentials: true, out_of_scope: true }\nApi -> Jobs : amqp' },
        { name: 'regression: a demo\'s seed data that every caller only reads (its published root login was an error)', design: 'requirements { purpose: demo }\nservice Api\ndatabase Db { engine: mysql, default_credentials: true }\nApi -> Db : sql, reads' }
    ],
    invalid: [
        {
            name: 'a production store of reference data: its published login also lets anyone change it',
            design: 'service Api\ndatabase Db { engine: mysql, default_credentials: true }\nApi -> Db : sql, reads',
            findings: [{ element: 'Db', severity: 'error', message: 'database Db signs in with default or published credentials: anyone who has read the vendor\'s docs or the repository can log in and read or change everything it holds. Generate them per deployment and keep them in a secret store.' }]
        },
        {
            name: 'a demo store its callers write',
            design: 'requirements { purpose: demo }\nservice Api\ndatabase Db { engine: mysql, default_credentials: true }\nApi -> Db : sql',
            findings: [{ element: 'Db', severity: 'info', messageId: 'notProduction', message: 'database Db signs in with the demo\'s published credentials: harmless where it runs for its reader, but whoever runs it anywhere else must generate them per deployment and keep them in a secret store.' }]
        },
        {
            name: 'regression: a sample\'s two published logins are one info note listing both',
            design: 'requirements { purpose: sample }\nnetwork app {\n  service Api\n  database Db { engine: postgres, default_credentials: true }\n  queue Jobs { engine: rabbitmq, default_credentials: true }\n  Api -> Db : sql\n  Api -> Jobs : amqp\n}',
            findings: [{ element: 'app', severity: 'info', messageId: 'notProduction', message: 'database Db and queue Jobs sign in with the sample\'s published credentials: harmless where it runs for its reader, but whoever runs it anywhere else must generate them per deployment and keep them in a secret store.' }]
        },
        {
            name: 'round 34: a broker in a private network that keeps the vendor login is a warning (a foothold inside comes first)',
            design: 'network app {\n  service Api\n  queue Jobs { engine: rabbitmq, default_credentials: true }\n  Api -> Jobs : amqp\n}',
            findings: [{ element: 'Jobs', severity: 'warning', message: 'queue Jobs signs in with default or published credentials: nothing outside its private network reaches it, but any workload there that is compromised can log in with them and read or change everything it holds. Generate them per deployment and keep them in a secret store.' }]
        },
        {
            name: 'round 34: two private databases with passwords written in the manifests are one decision, a warning',
            design: 'network cluster {\n  service Api\n  database Users { engine: postgres, default_credentials: true }\n  database Ledger { engine: postgres, default_credentials: true }\n  Api -> Users : sql\n  Api -> Ledger : sql\n}',
            findings: [{
                element: 'cluster',
                severity: 'warning',
                message: '2 components sign in with default or published credentials (Users, Ledger): nothing outside their private network reaches them, but any workload there that is compromised can log in with them and read or change everything they hold. One decision settles them all: credentials generated per deployment and kept in a secret store.'
            }]
        },
        {
            name: 'round 34: a dashboard that users reach through the edge keeps the vendor login: an error',
            design: 'client Admin\nnetwork host {\n  loadbalancer Proxy { public: true }\n  monitoring Grafana { engine: grafana, default_credentials: true }\n  Proxy -> Grafana : http\n}\nAdmin -> Proxy : https',
            findings: [{ element: 'Grafana', severity: 'error', message: 'monitoring Grafana signs in with default or published credentials: anyone who has read the vendor\'s docs or the repository can log in and read or change everything it holds. Generate them per deployment and keep them in a secret store.' }]
        },
        {
            name: 'round 34: one published store among private ones makes the shared decision an error',
            design: 'network cluster {\n  service Api\n  database Users { engine: postgres, default_credentials: true }\n  storage Files { engine: minio, default_credentials: true, public: true }\n  Api -> Users : sql\n  Api -> Files : https\n}',
            findings: [{
                element: 'cluster',
                severity: 'error',
                message: '2 components sign in with default or published credentials (Users, Files): anyone who has read the vendor\'s docs or the repository can log in and read or change everything they hold. One decision settles them all: credentials generated per deployment and kept in a secret store.'
            }]
        }
    ]
});
