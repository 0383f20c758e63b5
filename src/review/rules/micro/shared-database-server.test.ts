import { testRule } from '../../../../test/helpers/rule-tester.js';
import rule from './shared-database-server.js';

testRule(rule, {
    valid: [
        { name: 'no server stated: each database is its own', design: 'service A\nservice B\ndatabase Da { engine: postgres }\ndatabase Db { engine: postgres }\nA -> Da\nB -> Db' },
        { name: 'each database on its own server', design: 'service A\nservice B\ndatabase Da { server: pg1 }\ndatabase Db { server: pg2 }\nA -> Da\nB -> Db' },
        // One service keeping its main and its audit schema on one server is its own business.
        { name: 'two databases of one owner on one server', design: 'system Orders {\n  service Api\n  worker Audit\n  database Main { server: pg }\n  database Log { server: pg }\n}\nApi -> Main\nAudit -> Log' }
    ],
    invalid: [
        {
            name: 'the databases of two systems on one server',
            design: 'system Orders {\n  service OrderApi\n  database OrdersDb { engine: postgres, server: main_pg }\n}\nsystem Billing {\n  service Invoicer\n  database BillingDb { engine: postgres, server: main_pg }\n}\nOrderApi -> OrdersDb : sql\nInvoicer -> BillingDb : sql',
            findings: [{ element: undefined, severity: 'warning', message: '2 databases (OrdersDb and BillingDb) of system Orders and system Billing live on one server (main_pg): a failure, failover or upgrade of that server reaches all of them at once, and a heavy query from one slows the others. Is one failure domain for these services a choice? If not, give each its own server.' }]
        },
        {
            name: 'services outside any system count one each',
            design: 'service A\nservice B\nservice C\ndatabase Da { server: pg }\ndatabase Db { server: pg }\ndatabase Dc { server: pg }\nA -> Da\nB -> Db\nC -> Dc',
            findings: [{ element: undefined, message: '3 databases (Da, Db and Dc) of service A, service B and service C live on one server (pg): a failure, failover or upgrade of that server reaches all of them at once, and a heavy query from one slows the others. Is one failure domain for these services a choice? If not, give each its own server.' }]
        }
    ]
});
