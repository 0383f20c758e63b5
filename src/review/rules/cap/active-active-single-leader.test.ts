import { expect } from 'chai';
import { runRule, testRule } from '../../../../test/helpers/rule-tester.js';
import rule from './active-active-single-leader.js';

const ACTIVE_ACTIVE = 'deployment { regions: [eu_west, us_east], mode: active_active }\n';
const API = 'service Api { replicas: 2 }\n';

testRule(rule, {
    valid: [
        { name: 'regression: a store written only by a scheduled batch job, read from every region', design: `${ACTIVE_ACTIVE}${API}worker Aggregation { schedule: "hourly" }\ndatabase Suggestions { engine: postgres, replicas: 2 }\nAggregation -> Suggestions : writes "UPSERT query frequencies"\nApi -> Suggestions : reads` },
        { name: 'geo-partitioned: each region leads its own rows', design: `${ACTIVE_ACTIVE}${API}database Orders { engine: postgres, replicas: 2, partitioning: geo }\nApi -> Orders` },
        { name: 'active-passive', design: `deployment { regions: [eu_west, us_east], mode: active_passive }\n${API}database Orders { engine: postgres, replicas: 2 }\nApi -> Orders` },
        { name: 'active-active in one region', design: `deployment { regions: [eu_west], mode: active_active }\n${API}database Orders { engine: postgres, replicas: 2 }\nApi -> Orders` },
        { name: 'a consensus engine (Spanner, CockroachDB)', design: `${ACTIVE_ACTIVE}${API}database A { engine: spanner }\ndatabase B { engine: cockroachdb, replicas: 3 }\nApi -> A\nApi -> B` },
        { name: 'a leaderless store (Cassandra)', design: `${ACTIVE_ACTIVE}${API}database Stats { engine: cassandra, replicas: 3 }\nApi -> Stats` },
        { name: 'a multi-leader store stated in the design', design: `${ACTIVE_ACTIVE}${API}database Orders { engine: postgres, replicas: 2, topology: multi_leader, conflict_resolution: app }\nApi -> Orders` },
        { name: 'only read from the other regions', design: `${ACTIVE_ACTIVE}${API}database Orders { engine: postgres, replicas: 2 }\nApi -> Orders : reads` },
        { name: 'writers pinned to the leader\'s region (geo-partitioned writes)', design: `${ACTIVE_ACTIVE}${API}service Writer { replicas: 2, regions: [eu_west] }\ndatabase Orders { engine: postgres, replicas: 2 }\nApi -> Orders : reads\nWriter -> Orders : writes` },
        { name: 'an eventually consistent single-leader store', design: `${ACTIVE_ACTIVE}${API}database Kv { engine: redis, replicas: 2 }\nApi -> Kv` },
        { name: 'regression: a pipeline with no stated regions, in a design that lists every region where components run everywhere', design: `deployment { regions: [us_east, eu_west], mode: active_active }\nservice Feed { replicas: 2, regions: [us_east, eu_west] }\nworker Ingest { replicas: 2 }\ndatabase Raw { engine: postgres, replicas: 2 }\nIngest -> Raw : writes\nFeed -> Raw : reads` },
        { name: 'a database whose topology is unknown', design: `${ACTIVE_ACTIVE}${API}database Db { consistency: strong }\nApi -> Db` }
    ],
    invalid: [
        {
            name: 'the payments orders database',
            design: `${ACTIVE_ACTIVE}${API}database Orders { engine: postgres, replicas: 2 }\nApi -> Orders { access: read_write }`,
            findings: [{
                element: 'Orders',
                messageId: 'singleLeader',
                severity: 'error',
                message: 'database Orders is a strongly consistent single-leader store written from every region of an active_active deployment (eu_west and us_east): all writes must reach one leader in one region, so the other regions pay a cross-region round trip per write and cannot write when that region fails.'
            }]
        },
        {
            name: 'writers in different regions that together cover every region',
            design: `deployment { regions: [eu_west, us_east, ap_south], mode: active_active }\nservice Eu { replicas: 2, regions: [eu_west] }\nservice Rest { replicas: 2, regions: [us_east, ap_south] }\ndatabase Users { engine: mysql, replicas: 2 }\nEu -> Users : writes\nRest -> Users : writes`,
            findings: [{ element: 'Users', message: 'database Users is a strongly consistent single-leader store written from every region of an active_active deployment (eu_west, us_east and ap_south): all writes must reach one leader in one region, so the other regions pay a cross-region round trip per write and cannot write when that region fails.' }]
        },
        {
            name: 'a writer stated in every region, beside one that states none',
            design: `deployment { regions: [us_east, eu_west], mode: active_active }\nservice Feed { replicas: 2, regions: [us_east, eu_west] }\nworker Ingest { replicas: 2 }\ndatabase Users { engine: postgres, replicas: 2 }\nIngest -> Users : writes\nFeed -> Users : writes`,
            findings: [{ element: 'Users', message: 'database Users is a strongly consistent single-leader store written from every region of an active_active deployment (us_east and eu_west): all writes must reach one leader in one region, so the other regions pay a cross-region round trip per write and cannot write when that region fails.' }]
        },
        {
            name: 'a store listing every region does not make an unstated writer regional',
            design: `${ACTIVE_ACTIVE}${API}database Orders { engine: postgres, replicas: 2, regions: [eu_west, us_east] }\nApi -> Orders : writes`,
            findings: [{ element: 'Orders', message: 'database Orders is a strongly consistent single-leader store written from every region of an active_active deployment (eu_west and us_east): all writes must reach one leader in one region, so the other regions pay a cross-region round trip per write and cannot write when that region fails.' }]
        },
        {
            name: 'an asynchronous writer writes from every region too',
            design: `${ACTIVE_ACTIVE}queue Jobs { engine: sqs }\nworker W { replicas: 2 }\ndatabase Docs { engine: mongodb, replicas: 3 }\nJobs -> W\nW -> Docs : async, writes`,
            findings: [{ element: 'Docs', message: 'database Docs is a strongly consistent single-leader store written from every region of an active_active deployment (eu_west and us_east): all writes must reach one leader in one region, so the other regions pay a cross-region round trip per write and cannot write when that region fails.' }]
        }
    ]
});

describe('cap/active-active-single-leader quick fix', () => {
    it('switches the deployment to active-passive', async () => {
        const [finding] = await runRule(rule, `${ACTIVE_ACTIVE}${API}database Orders { engine: postgres, replicas: 2 }\nApi -> Orders`);
        expect(finding.fix).to.deep.equal({ kind: 'set-settings', title: 'Run the regions active-passive', settings: 'deployment', properties: [{ key: 'mode', value: 'active_passive' }] });
        expect(finding.related?.map((related) => related.message)).to.deep.equal(['Api->Orders writes Orders from eu_west and us_east.']);
    });
});
