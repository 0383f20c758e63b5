import { testRule } from '../../../../test/helpers/rule-tester.js';
import rule from './no-rto-rpo.js';

const SERVICE = 'client U\nservice Api { replicas: 2 }\ndatabase Db { engine: postgres }\nU -> Api\nApi -> Db\n';
const FRONT_END = 'client U\nservice Web { replicas: 2 }\nU -> Web\n';

testRule(rule, {
    valid: [
        { name: 'both objectives', design: `${SERVICE}deployment { regions: [us_east, us_west], mode: active_passive, rto: 15m, rpo: 1m }` },
        { name: 'no DR mode: one region', design: `${SERVICE}deployment { regions: [us_east] }` },
        { name: 'no DR mode: an explicit single mode', design: `${SERVICE}deployment { regions: [us_east, us_west], mode: single }` },
        { name: 'no deployment block', design: SERVICE },
        { name: 'regression: a design promising availability in words is asked by avail/availability-in-words, not twice', design: `architecture Shop "Zone-redundant shop over two regions" {\n${SERVICE}deployment { regions: [us_east, us_west], mode: active_passive }\n}` },
        { name: 'a stateless front end in two regions with no availability target', design: `${FRONT_END}deployment { regions: [us_east, us_west] }` }
    ],
    invalid: [
        {
            name: 'availability words with a stated target still need RTO and RPO',
            design: `architecture Shop "Highly available shop" {\nrequirements { availability: 99.9% }\n${SERVICE}deployment { regions: [us_east, us_west], mode: active_passive }\n}`,
            findings: [{ messageId: 'missing', message: 'The design declares an active_passive deployment but no rto and rpo: nobody can tell whether its failover and backups are good enough, and a DR drill has nothing to pass or fail.' }]
        },
        {
            name: 'an active-passive mode without objectives',
            design: `${SERVICE}deployment { regions: [us_east, us_west], mode: active_passive }`,
            findings: [{ severity: 'info', messageId: 'missing', message: 'The design declares an active_passive deployment but no rto and rpo: nobody can tell whether its failover and backups are good enough, and a DR drill has nothing to pass or fail.' }]
        },
        {
            name: 'two regions and no mode, with an RTO only',
            design: `${SERVICE}deployment { regions: [us_east, us_west], rto: 30m }`,
            findings: [{ message: 'The design declares a deployment over 2 regions (us_east, us_west) but no rpo: nobody can tell whether its failover and backups are good enough, and a DR drill has nothing to pass or fail.' }]
        },
        {
            name: 'a stateless front end that promises an availability target',
            design: `requirements { availability: 99.99% }\n${FRONT_END}deployment { regions: [us_east, us_west], mode: active_active, rpo: 0s }`,
            findings: [{ message: 'The design declares an active_active deployment but no rto: nobody can tell whether its failover and backups are good enough, and a DR drill has nothing to pass or fail.' }]
        },
        {
            name: 'networks in two regions',
            design: 'client U\nqueue Q { engine: sqs }\nA -> Q\nnetwork east {\n  region: us_east\n  service A { replicas: 2 }\n}\nnetwork west {\n  region: us_west\n  service B { replicas: 2 }\n}\nU -> A\nU -> B\ndeployment { rpo: 5m }',
            findings: [{ message: 'The design declares a deployment over 2 regions (us_east, us_west) but no rto: nobody can tell whether its failover and backups are good enough, and a DR drill has nothing to pass or fail.' }]
        }
    ]
});
