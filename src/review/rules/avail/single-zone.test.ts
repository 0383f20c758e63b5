import { testRule } from '../../../../test/helpers/rule-tester.js';
import rule from './single-zone.js';

const TARGET = 'requirements { availability: 99.95% }\n';

testRule(rule, {
    valid: [
        { name: 'round 36: two clusters linked by replication, each stated in one zone, are a pair drawn to survive each other', design: 'client U\nservice App { replicas: 2 }\ndatabase A { engine: hbase, replicas: 3, zones: 1 }\ndatabase B { engine: hbase, replicas: 3, zones: 1 }\nU -> App : https\nApp -> A : reads, writes\nApp -> B : writes\nA -> B "cross-cluster replication"' },
        { name: 'regression: a 99.99% target in one region: dr/single-region asks the deployment question, zones included', design: 'requirements { availability: 99.99% }\nclient U\nservice Api { replicas: 3 }\nU -> Api' },
        { name: 'a design that puts high availability out of scope is not judged on its zones', design: 'requirements { availability: 99.95%, out_of_scope: [high_availability] }\nclient U\nservice Api { replicas: 2, zones: 1 }\nU -> Api' },
        { name: 'replicas over several zones', design: `${TARGET}client U\nservice Api { replicas: 3, zones: 3 }\ndatabase Db { replicas: 2, zones: 2, failover: auto }\nU -> Api -> Db` },
        { name: 'engines that span zones on their own (engine facts)', design: `${TARGET}client U\ncdn Edge { engine: cloudfront }\nloadbalancer Lb { engine: alb }\nfunction Fn { engine: lambda }\ndatabase Table { engine: dynamodb }\nU -> Edge -> Lb -> Fn -> Table` },
        { name: 'a single instance is avail/single-point-of-failure\'s concern', design: `${TARGET}client U\nservice Api\nU -> Api` },
        { name: 'off the request path', design: `${TARGET}client U\nservice Api { replicas: 2, zones: 2 }\nqueue Jobs { engine: sqs }\nworker Mailer { replicas: 2 }\nU -> Api -> Jobs\nJobs -> Mailer` },
        { name: 'a component that spans regions', design: `${TARGET}client U\nservice Api { replicas: 2, regions: [us_east, eu_west] }\nU -> Api` },
        { name: 'an active-active deployment serves from the other region', design: `${TARGET}client U\nservice Api { replicas: 2, zones: 1 }\nU -> Api\ndeployment { regions: [us_east, eu_west], mode: active_active }` },
        { name: 'external systems are not this design\'s to place', design: `${TARGET}client U\nservice Api { replicas: 2, zones: 2 }\nexternal Pay { replicas: 2 }\nU -> Api -> Pay` },
        { name: 'unstated zones with a target one zone can meet', design: 'requirements { availability: 99.9% }\nclient U\nservice Api { replicas: 3 }\nU -> Api' },
        { name: 'a managed store whose zone redundancy is a tier, with zones stated', design: `${TARGET}client U\nservice Api { replicas: 2, zones: 2 }\ndatabase Db { engine: azure_sql, zones: 3 }\nU -> Api -> Db` },
        { name: 'no words and no target: a managed store\'s zone tier is not asked', design: 'client U\nservice Api { replicas: 2, zones: 2 }\ndatabase Db { engine: azure_sql }\nU -> Api -> Db' },
        { name: 'unstated zones and no target: nothing for the zones to serve (on premises, racks may be the failure domain)', design: 'client U\nservice Api { replicas: 3 }\ndatabase Db { replicas: 2, failover: auto }\nU -> Api -> Db' }
    ],
    invalid: [
        {
            name: 'round 36: one cluster in one zone with no drawn copy is flagged',
            design: 'client U\nservice App { replicas: 2 }\ndatabase A { engine: hbase, replicas: 3, zones: 1 }\nU -> App : https\nApp -> A : reads, writes',
            findings: [{ element: 'A', severity: 'warning', message: 'database A keeps all its instances in one availability zone (zones: 1): a zone outage takes every one of them down at once.' }]
        },
        {
            name: 'unstated zones with a target: one question for the design',
            design: `${TARGET}client U\nservice Api { replicas: 3 }\ndatabase Db { engine: postgres, replicas: 2, failover: auto }\nU -> Api -> Db`,
            findings: [{ severity: 'info', messageId: 'unstatedZones', message: 'The design targets 99.95% availability, but 2 replicated components on the request path do not say how many availability zones they span (service Api and database Db): are their instances spread over zones, so that one zone outage leaves the others serving?' }]
        },
        {
            name: 'a design sold as highly available in words: managed stores whose zone redundancy is a tier left unstated are asked about once',
            design: 'architecture Votes "High availability voting app" {\n  client U\n  service Web { replicas: 2, zones: 2 }\n  database Votes { engine: azure_sql }\n  database Ads { engine: cosmosdb }\n  U -> Web\n  Web -> Votes\n  Web -> Ads : reads\n}',
            findings: [{ severity: 'info', messageId: 'unstatedZonesInWords', message: 'The design speaks of "High availability" (in its title), but 2 replicated components on the request path do not say how many availability zones they span (database Votes and database Ads): are they zone-redundant (for a managed service, a tier or setting to choose), so that one zone outage leaves the others serving?' }]
        },
        {
            name: 'a replicated database stated in one zone',
            design: 'client U\nservice Api { replicas: 2, zones: 2 }\ndatabase Db { engine: postgres, replicas: 2, zones: 1 }\nU -> Api -> Db',
            findings: [{ element: 'Db', severity: 'warning', messageId: 'singleZone', message: 'database Db keeps all its instances in one availability zone (zones: 1): a zone outage takes every one of them down at once.' }]
        },
        {
            name: 'an explicit zones: 1 overrides an HA engine',
            design: 'client U\nloadbalancer Lb { engine: alb, zones: 1 }\nservice Api { replicas: 2, zones: 2 }\nU -> Lb -> Api',
            findings: [{ element: 'Lb', message: 'loadbalancer Lb keeps all its instances in one availability zone (zones: 1): a zone outage takes every one of them down at once.' }]
        },
        {
            name: 'one zone stated with a target above what one zone is promised',
            design: 'requirements { availability: 99.99% }\nclient U\nservice Api { autoscale: { min: 2, max: 10 }, zones: 1 }\nU -> Api',
            findings: [{ element: 'Api', severity: 'error', messageId: 'singleZoneTarget', message: 'service Api keeps all its instances in one availability zone (zones: 1), but the design targets 99.99%: one zone cannot meet that (single-zone deployments are promised 99.95% at most), and a zone outage takes every instance down at once.' }]
        },
        {
            name: 'an active-passive deployment would fail the whole region over',
            design: 'client U\nservice Api { replicas: 2, zones: 1 }\nU -> Api\ndeployment { regions: [us_east, eu_west], mode: active_passive }',
            findings: [{ element: 'Api', message: 'service Api keeps all its instances in one availability zone (zones: 1): a zone outage takes every one of them down at once.' }]
        }
    ]
});
