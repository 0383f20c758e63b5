import { expect } from 'chai';
import { runRule, testRule } from '../../../../test/helpers/rule-tester.js';
import rule from './availability-in-words.js';

const BODY = '  client U\n  service Api { replicas: 2 }\n  U -> Api\n';

testRule(rule, {
    valid: [
        { name: 'a target is stated', design: `architecture Shop "Highly available shop" {\n  requirements { availability: 99.9% }\n${BODY}}` },
        { name: 'no words about availability', design: `architecture Shop "Online shop" {\n${BODY}}` },
        { name: 'a word that only contains the letters', design: `architecture Shop "HAProxy in front of a shop, p99.9 latency" {\n${BODY}}` },
        { name: 'a component title describes the component, not the design', design: 'architecture Shop "Online shop" {\n  client U\n  cache C "Cross-zone, highly available cache" { replicas: 2, zones: 2 }\n  service Api { replicas: 2 }\n  U -> Api -> C\n}' }
    ],
    invalid: [
        {
            name: 'zone-redundant in the title, nothing stated',
            design: `architecture Shop "Zone-redundant web shop" {\n${BODY}}`,
            findings: [{ severity: 'info', messageId: 'inWords', message: 'The design speaks of "Zone-redundant" (in its title) but states no availability target, RTO or RPO: what availability must it reach (requirements.availability), how long may an outage last (deployment.rto), and how much recent data may be lost (deployment.rpo)?' }]
        },
        {
            name: 'a group that promises high availability, with recovery objectives stated',
            design: `architecture Shop "Online shop" {\n  network Core "Fault-tolerant core" {\n    service Api { replicas: 2 }\n  }\n  client U\n  U -> Api\n  deployment { rto: 15m, rpo: 1m }\n}`,
            findings: [{ message: 'The design speaks of "Fault-tolerant" (in network Core) but states no availability target: what availability must it reach (requirements.availability), how long may an outage last (deployment.rto), and how much recent data may be lost (deployment.rpo)?' }]
        }
    ]
});

describe('avail/availability-in-words: the words it reads', () => {
    for (const title of ['Always-on payments', 'High availability API', 'Four nines ledger', 'Ledger at 99.99%', 'HA ledger', 'Multi-AZ shop', 'A shop with no single point of failure']) {
        it(`asks about "${title}"`, async () => {
            expect(await runRule(rule, `architecture T "${title}" {\n${BODY}}`)).to.have.length(1);
        });
    }
});
