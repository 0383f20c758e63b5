import { testRule } from '../../../../test/helpers/rule-tester.js';
import rule from './single-zone.js';

testRule(rule, {
    valid: [
        { name: 'replicas over several zones', design: 'client U\nservice Api { replicas: 3, zones: 3 }\ndatabase Db { replicas: 2, zones: 2, failover: auto }\nU -> Api -> Db' },
        { name: 'engines that span zones on their own (engine facts)', design: 'client U\ncdn Edge { engine: cloudfront }\nloadbalancer Lb { engine: alb }\nfunction Fn { engine: lambda }\ndatabase Table { engine: dynamodb }\nU -> Edge -> Lb -> Fn -> Table' },
        { name: 'a single instance is avail/single-point-of-failure\'s concern', design: 'client U\nservice Api\nU -> Api' },
        { name: 'off the request path', design: 'client U\nservice Api { replicas: 2, zones: 2 }\nqueue Jobs { engine: sqs }\nworker Mailer { replicas: 2 }\nU -> Api -> Jobs\nJobs -> Mailer' },
        { name: 'a component that spans regions', design: 'client U\nservice Api { replicas: 2, regions: [us_east, eu_west] }\nU -> Api' },
        { name: 'an active-active deployment serves from the other region', design: 'client U\nservice Api { replicas: 2 }\nU -> Api\ndeployment { regions: [us_east, eu_west], mode: active_active }' },
        { name: 'external systems are not this design\'s to place', design: 'client U\nservice Api { replicas: 2, zones: 2 }\nexternal Pay { replicas: 2 }\nU -> Api -> Pay' }
    ],
    invalid: [
        {
            name: 'replicas with no zones',
            design: 'client U\nservice Api { replicas: 3 }\nU -> Api',
            findings: [{ element: 'Api', severity: 'warning', messageId: 'singleZone', message: 'service Api keeps all its instances in one availability zone: a zone outage takes every one of them down at once.' }]
        },
        {
            name: 'a replicated database written in one zone',
            design: 'client U\nservice Api { replicas: 2, zones: 2 }\ndatabase Db { engine: postgres, replicas: 2, zones: 1 }\nU -> Api -> Db',
            findings: [{ element: 'Db', message: 'database Db keeps all its instances in one availability zone: a zone outage takes every one of them down at once.' }]
        },
        {
            name: 'an explicit zones: 1 overrides an HA engine',
            design: 'client U\nloadbalancer Lb { engine: alb, zones: 1 }\nservice Api { replicas: 2, zones: 2 }\nU -> Lb -> Api',
            findings: [{ element: 'Lb', message: 'loadbalancer Lb keeps all its instances in one availability zone: a zone outage takes every one of them down at once.' }]
        },
        {
            name: 'autoscaling from two instances',
            design: 'client U\nservice Api { autoscale: { min: 2, max: 10 } }\nU -> Api',
            findings: [{ element: 'Api', message: 'service Api keeps all its instances in one availability zone: a zone outage takes every one of them down at once.' }]
        },
        {
            name: 'an active-passive deployment would fail the whole region over',
            design: 'client U\nservice Api { replicas: 2 }\nU -> Api\ndeployment { regions: [us_east, eu_west], mode: active_passive }',
            findings: [{ element: 'Api', message: 'service Api keeps all its instances in one availability zone: a zone outage takes every one of them down at once.' }]
        }
    ]
});
