import { testRule } from '../../../../test/helpers/rule-tester.js';
import rule from './blocking-disruption-budget.js';

const WAITS = 'every node drain or cluster upgrade that reaches one of its pods waits until someone deletes the budget or adds instances. Let one go at a time (`max_unavailable: 1`) with two or more replicas.';

testRule(rule, {
    valid: [
        { name: 'a budget that lets one instance go', design: 'service Api { replicas: 3, disruption_budget: { max_unavailable: 1 } }' },
        { name: 'a minimum below the replicas', design: 'service Api { replicas: 3, disruption_budget: { min_available: 2 } }' },
        { name: 'no budget: a drain may take several pods at once, which is not a stall', design: 'service Api { replicas: 1 }' },
        { name: 'a minimum against a fleet of unsaid size is not judged', design: 'service Api { replicas: many, disruption_budget: { min_available: 2 } }' },
        { name: 'a minimum below the autoscaler\'s floor', design: 'service Api { autoscale: { min: 3, max: 10 }, disruption_budget: { min_available: 2 } }' }
    ],
    invalid: [
        {
            name: 'no eviction allowed at all',
            design: 'service Api { replicas: many, disruption_budget: { max_unavailable: 0 } }',
            findings: [{ element: 'Api', severity: 'warning', message: `service Api has a disruption budget that lets no instance be evicted (max_unavailable: 0): ${WAITS}` }]
        },
        {
            name: 'a minimum equal to the replicas',
            design: 'service Api { replicas: 2, disruption_budget: { min_available: 2 } }',
            findings: [{ element: 'Api', severity: 'warning', message: `service Api has a disruption budget that lets no instance be evicted (min_available: 2 of 2 instances): ${WAITS}` }]
        },
        {
            name: 'a minimum of one on a single pod',
            design: 'database Db { engine: postgres, replicas: 1, disruption_budget: { min_available: 1 } }',
            findings: [{ element: 'Db', severity: 'warning', message: `database Db has a disruption budget that lets no instance be evicted (min_available: 1 of 1 instance): ${WAITS}` }]
        }
    ]
});
