import { testRule } from '../../../../test/helpers/rule-tester.js';
import rule from './no-resource-limits.js';

testRule(rule, {
    valid: [
        { name: 'limited containers', design: 'service Api { resource_limits: true }\ndatabase Db { resource_limits: true }\nApi -> Db : sql' },
        { name: 'a design that leaves the platform out', design: 'service Api\ndatabase Db\nApi -> Db : sql' },
        { name: 'a component the design draws but does not describe', design: 'service Api { resource_limits: false, out_of_scope: true }' }
    ],
    invalid: [
        {
            name: 'one unlimited component among limited peers',
            design: 'service Api { resource_limits: true }\ndatabase Db { resource_limits: false }\nApi -> Db : sql',
            findings: [{ element: 'Db', severity: 'warning', messageId: 'noLimit', message: 'database Db states no memory limit: a leak or a burst in it can take its node\'s memory and get the services beside it evicted.' }]
        },
        {
            name: 'several unlimited beside limited peers: still one decision',
            design: 'network Shop {\n  service Api { resource_limits: true }\n  database Db { resource_limits: false }\n  cache Hot { resource_limits: false }\n}\nApi -> Db : sql\nApi -> Hot : redis',
            findings: [{ element: 'Shop', severity: 'warning', messageId: 'noLimitEach', message: '2 components state no memory limit (Db and Hot): a leak or a burst in any of them can take a node\'s memory and get unrelated services evicted. Limits are one decision for the deployment: a memory limit on every container.' }]
        },
        {
            name: 'none limited: one decision',
            design: 'network Shop {\n  service Api { resource_limits: false }\n  database Db { resource_limits: false }\n}\nApi -> Db : sql',
            findings: [{ element: 'Shop', severity: 'warning', messageId: 'noLimitEach', message: '2 components state no memory limit (Api and Db): a leak or a burst in any of them can take a node\'s memory and get unrelated services evicted. Limits are one decision for the deployment: a memory limit on every container.' }]
        }
    ]
});
