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
            name: 'a broker whose console keeps the vendor login',
            design: 'network app {\n  service Api\n  queue Jobs { engine: rabbitmq, default_credentials: true }\n  Api -> Jobs : amqp\n}',
            findings: [{ element: 'Jobs', severity: 'error', message: 'queue Jobs signs in with default or published credentials: anyone who has read the vendor\'s docs or the repository can log in and read or change everything it holds. Generate them per deployment and keep them in a secret store.' }]
        },
        {
            name: 'two databases with passwords written in the manifests are one decision',
            design: 'network cluster {\n  service Api\n  database Users { engine: postgres, default_credentials: true }\n  database Ledger { engine: postgres, default_credentials: true }\n  Api -> Users : sql\n  Api -> Ledger : sql\n}',
            findings: [{
                element: 'cluster',
                severity: 'error',
                message: '2 components sign in with default or published credentials (Users, Ledger): anyone who has read the vendor\'s docs or the repository can log in and read or change everything they hold. One decision settles them all: credentials generated per deployment and kept in a secret store.'
            }]
        }
    ]
});
