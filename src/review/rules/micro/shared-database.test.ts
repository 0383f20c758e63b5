import { expect } from 'chai';
import { runRule, testRule } from '../../../../test/helpers/rule-tester.js';
import rule from './shared-database.js';

const CONSEQUENCE = 'a schema change in one breaks the others, and none of them can deploy, scale or fail on its own.';

testRule(rule, {
    valid: [
        { name: 'regression (round 32): an export job that only reads the database copies it out; it shares no state', design: 'system Core {\n  service Api { replicas: 2 }\n}\nsystem Pipeline {\n  worker Export { schedule: "nightly" }\n  storage Lake\n}\ndatabase CoreDb { replicas: 2 }\nApi -> CoreDb : sql, tls\nExport -> CoreDb : reads "mongoexport"\nExport -> Lake : writes' },
        {
            name: 'a database per system',
            design: 'system Orders {\n  service OrderApi\n  database OrdersDb\n  OrderApi -> OrdersDb\n}\nsystem Billing {\n  service Invoicer\n  database BillingDb\n  Invoicer -> BillingDb\n}\nInvoicer -> OrderApi : grpcs'
        },
        { name: 'several services of one system', design: 'system Orders {\n  service OrderApi\n  worker Fulfilment\n  database Db\n  OrderApi -> Db\n  Fulfilment -> Db\n}' },
        {
            name: 'a system and a system nested in it are one boundary',
            design: 'system Shop {\n  service Front\n  database Db\n  system Cart {\n    service CartApi\n  }\n}\nFront -> Db\nCartApi -> Db'
        },
        { name: 'services outside every system', design: 'service A\nservice B\ndatabase Db\nA -> Db\nB -> Db' },
        { name: 'one system and services outside every system', design: 'system S {\n  service A\n}\nservice B\ndatabase Db\nA -> Db\nB -> Db' },
        { name: 'monitoring in another system does not use the data', design: 'system Orders {\n  service A\n  database Db\n  A -> Db\n}\nsystem Ops {\n  monitoring Metrics\n}\nMetrics -> Db' },
        { name: 'a cache shared between systems is not judged here', design: 'cache Hot\nsystem A {\n  service ServiceA\n}\nsystem B {\n  service ServiceB\n}\nServiceA -> Hot\nServiceB -> Hot' },
        { name: 'a database that replicates into another system\'s database', design: 'system A {\n  service ServiceA\n  database DbA\n  ServiceA -> DbA\n}\nsystem B {\n  service ServiceB\n  database DbB\n  ServiceB -> DbB\n}\nDbA -> DbB : async' }
    ],
    invalid: [
        {
            name: 'a job that also writes the database shares it',
            design: 'system Core {\n  service Api { replicas: 2 }\n}\nsystem Pipeline {\n  worker Export { schedule: "nightly" }\n  storage Lake\n}\ndatabase CoreDb { replicas: 2 }\nApi -> CoreDb : sql, tls\nExport -> CoreDb : reads, writes "mark exported"\nExport -> Lake : writes',
            findings: [{ element: 'CoreDb', severity: 'warning', message: 'database CoreDb is read or written by 2 systems (Core (Api), Pipeline (Export)): a schema change in one breaks the others, and none of them can deploy, scale or fail on its own.' }]
        },
        {
            name: 'a proxy in front of the database does not hide who uses it',
            design: 'database Db\nloadbalancer Proxy\nsystem Orders {\n  service OrderApi\n}\nsystem Billing {\n  service Invoicer\n}\nOrderApi -> Proxy : sql, tls\nInvoicer -> Proxy : sql, tls\nProxy -> Db : sql, tls',
            findings: [{ element: 'Db', message: `database Db is read or written by 2 systems (Orders (OrderApi), Billing (Invoicer)): ${CONSEQUENCE}` }]
        },
        {
            name: 'two systems using one database',
            design: 'database Db\nsystem Orders {\n  service OrderApi\n}\nsystem Billing {\n  service Invoicer\n}\nOrderApi -> Db : sql, tls\nInvoicer -> Db : sql, tls',
            findings: [{ element: 'Db', severity: 'warning', message: `database Db is read or written by 2 systems (Orders (OrderApi), Billing (Invoicer)): ${CONSEQUENCE}` }]
        },
        {
            name: 'another system reaching into a system\'s database, even only to read',
            design: 'system Orders {\n  service OrderApi\n  database OrdersDb\n  OrderApi -> OrdersDb\n}\nsystem Reports {\n  worker Exporter\n  function Nightly\n}\nExporter -> OrdersDb : reads\nNightly -> OrdersDb : reads',
            findings: [{ element: 'OrdersDb', message: `database OrdersDb is read or written by 2 systems (Orders (OrderApi), Reports (Exporter, Nightly)): ${CONSEQUENCE}` }]
        },
        {
            name: 'two sibling systems inside one bounded context',
            design: 'system Shop {\n  database Db\n  system Cart {\n    service CartApi\n  }\n  system Pay {\n    service PayApi\n  }\n}\nCartApi -> Db\nPayApi -> Db',
            findings: [{ element: 'Db', message: 'database Db is read or written by 2 systems (Cart (CartApi), Pay (PayApi)): a schema change in one breaks the others, and none of them can deploy, scale or fail on its own.' }]
        },
        {
            name: 'a system, a nested one, and a sibling',
            design: 'system Shop {\n  service Front\n  database Db\n  system Cart {\n    service CartApi\n  }\n}\nsystem Pay {\n  service PayApi\n}\nFront -> Db\nCartApi -> Db\nPayApi -> Db',
            findings: [{ element: 'Db', message: 'database Db is read or written by 3 systems (Shop (Front), Cart (CartApi), Pay (PayApi)): a schema change in one breaks the others, and none of them can deploy, scale or fail on its own.' }]
        }
    ]
});

describe('micro/shared-database: related locations', () => {
    it('points at each use of the database', async () => {
        const [finding] = await runRule(rule, 'database Db\nsystem Orders {\n  service OrderApi\n}\nsystem Billing {\n  service Invoicer\n}\nOrderApi -> Db\nInvoicer -> Db');
        expect(finding.related?.map((related) => related.message)).to.deep.equal(['OrderApi->Db: used from system Orders', 'Invoicer->Db: used from system Billing']);
    });
});
