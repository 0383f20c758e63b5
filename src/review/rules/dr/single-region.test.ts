import { testRule } from '../../../../test/helpers/rule-tester.js';
import rule from './single-region.js';

const SERVICE = 'client U\nservice Api { replicas: 2 }\nU -> Api\n';

testRule(rule, {
    valid: [
        { name: 'regression: a nightly batch with no client, stated in one region, is not asked about a regional outage', design: 'external Dumps\nworker Render { replicas: 4 }\nstorage Files { engine: s3 }\nRender -> Dumps : reads\nRender -> Files : writes\ndeployment { regions: [ap_south_1] }' },
        { name: 'regression: a design that puts high availability out of scope has accepted a regional outage', design: `requirements { out_of_scope: [high_availability] }\n${SERVICE}deployment { regions: [eu_west], mode: single }` },
        { name: 'regression: a source that limits its scope to one region (out_of_scope: [multi_region]) is not asked about a regional outage', design: `requirements { out_of_scope: [multi_region] }\n${SERVICE}deployment { mode: single }` },
        { name: 'two regions', design: `requirements { availability: 99.99% }\n${SERVICE}deployment { regions: [us_east, us_west] }` },
        { name: 'a mode that implies a second region', design: `requirements { availability: 99.99% }\n${SERVICE}deployment { mode: active_active }` },
        {
            name: 'networks in two regions',
            design: 'requirements { availability: 99.99% }\nclient U\nnetwork east {\n  region: us_east\n  service A { replicas: 2 }\n}\nnetwork west {\n  region: us_west\n  service B { replicas: 2 }\n}\nU -> A\nU -> B'
        },
        { name: 'a 99.95% target', design: `requirements { availability: 99.95% }\n${SERVICE}deployment { regions: [us_east], rto: 1h }` },
        { name: 'no availability target', design: SERVICE },
        { name: 'a raised threshold', design: `requirements { availability: 99.99% }\n${SERVICE}`, options: { availability: 0.99999 } },
        { name: 'a design that names no region is not asked', design: `${SERVICE}deployment { pipeline: jenkins }` },
        { name: 'one region stated with its recovery objectives: the outage is weighed', design: `${SERVICE}deployment { regions: [eu_west], mode: single, rto: 4h, rpo: 1h }` },
        { name: 'a call to an external system in another region does not make the design span regions', design: 'client U\nservice Api { replicas: 2 }\nexternal Bank\nU -> Api -> Bank { crosses_region: true }' },
        { name: 'parts in two regions with a standby region declared', design: 'client U\nservice Edge { replicas: 2 }\nservice Core { replicas: 2 }\nU -> Edge -> Core { crosses_region: true }\ndeployment { mode: active_passive }' }
    ],
    invalid: [
        {
            name: 'one region stated, no target and no recovery objective: one question',
            design: `${SERVICE}deployment { regions: [eu_west], mode: single }`,
            findings: [{ severity: 'info', messageId: 'statedOneRegion', message: 'The design states that it runs in one region (eu_west) and names no recovery objective: when that region is down, everything is down for as long as the outage lasts (hours, at any provider). Is that outage accepted? If not, state a standby region (`mode: active_passive`) and the RTO and RPO it must meet.' }]
        },
        {
            name: 'mode single without a region name',
            design: `${SERVICE}deployment { mode: single }`,
            findings: [{ messageId: 'statedOneRegion', message: 'The design states that it runs in one region and names no recovery objective: when that region is down, everything is down for as long as the outage lasts (hours, at any provider). Is that outage accepted? If not, state a standby region (`mode: active_passive`) and the RTO and RPO it must meet.' }]
        },
        {
            name: 'edge servers call a core in another region and nothing fails over: one question',
            design: 'client U\nservice Edge { replicas: 2 }\nservice Core { replicas: 2 }\nU -> Edge -> Core { crosses_region: true }',
            findings: [{ severity: 'info', messageId: 'spansRegions', message: 'The design spans regions (Edge->Core crosses regions) but states no second region to fail over to: when the region at either end fails, what goes through it stops for as long as the outage lasts. What still serves when one region is down, and how long until it is back?' }]
        },
        {
            name: 'a 99.99% target in one region',
            design: `requirements { availability: 99.99% }\n${SERVICE}deployment { regions: [us_east], mode: single }`,
            findings: [{ severity: 'warning', messageId: 'singleRegion', message: 'The availability target is 99.99% and the design runs in one region (us_east): one region outage lasts hours, far beyond the 52.6 minutes of downtime a year the target allows.' }]
        },
        {
            name: 'regression: five nines and no region named: the count is unsaid, so a question (info), not a stated single region',
            design: `requirements { availability: 99.999% }\n${SERVICE}`,
            findings: [{ severity: 'info', messageId: 'regionUnsaid', message: 'The availability target is 99.999% and the design names no region: if it runs in one, one region outage lasts hours, far beyond the 5.3 minutes of downtime a year the target allows. In how many regions does it run, and which takes over when one fails? `deployment { regions, mode }` settles it.' }]
        },
        {
            name: 'a lowered threshold',
            design: `requirements { availability: 99.9% }\n${SERVICE}deployment { mode: single }`,
            options: { availability: 0.999 },
            findings: [{ message: 'The availability target is 99.9% and the design runs in one region: one region outage lasts hours, far beyond the 8.8 hours of downtime a year the target allows.' }]
        }
    ]
});
