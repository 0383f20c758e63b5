import { testRule } from '../../../../test/helpers/rule-tester.js';
import rule from './no-circuit-breaker.js';

const SYSTEMS = 'system Orders {\n  service OrderApi\n}\nsystem Stock {\n  service StockApi\n}';

testRule(rule, {
    valid: [
        { name: 'regression: a durable workflow orchestrator whose runs each fail on their own', design: 'system Orders {\n  worker Saga { engine: step_functions }\n}\nsystem Pay {\n  function Charge { engine: lambda }\n  function Refund { engine: lambda }\n}\nSaga -> Charge { timeout: 5s }\nSaga -> Refund { timeout: 5s }' },
        { name: 'a circuit breaker on the connection', design: `${SYSTEMS}\nOrderApi -> StockApi { protocol: grpcs, circuit_breaker: true }` },
        { name: 'a circuit breaker on every outgoing call of the caller', design: 'system Orders {\n  service OrderApi { circuit_breaker: true }\n}\nsystem Stock {\n  service StockApi\n}\nOrderApi -> StockApi : grpcs' },
        { name: 'calls inside one system', design: 'system Orders {\n  service OrderApi\n  service Pricing\n  OrderApi -> Pricing\n}' },
        { name: 'calls into a nested system', design: 'system Shop {\n  service Front\n  system Cart {\n    service CartApi\n  }\n}\nFront -> CartApi' },
        { name: 'asynchronous calls across systems', design: `${SYSTEMS}\nOrderApi -> StockApi : async` },
        { name: 'calls from outside every system', design: 'service Legacy\nsystem Stock {\n  service StockApi\n}\nLegacy -> StockApi' },
        { name: 'a store in another system', design: 'system Orders {\n  service OrderApi\n}\nsystem Stock {\n  database StockDb\n}\nOrderApi -> StockDb' },
        { name: 'regression: calls with no timeout either are the timeout policy question, not a second finding', design: 'system Chat {\n  service Assistant\n}\nsystem Owners {\n  service OwnerApi\n}\nsystem Staff {\n  service StaffApi\n}\nAssistant -> OwnerApi : http\nAssistant -> StaffApi : http, reads' },
        { name: 'a call that waits forever (timeout: 0) is flagged by avail/no-timeout instead', design: `${SYSTEMS}\nOrderApi -> StockApi : grpcs { timeout: 0s }` }
    ],
    invalid: [
        {
            name: 'several calls of one caller into other systems: one finding on the caller',
            design: 'system Orders {\n  service OrderApi\n}\nsystem Stock {\n  service StockApi\n}\nsystem Pay {\n  service PayApi\n}\nOrderApi -> StockApi : grpcs { timeout: 2s }\nOrderApi -> PayApi : https { timeout: 2s }',
            findings: [{ element: 'OrderApi', messageId: 'noBreakers', message: 'service OrderApi calls 2 services of other systems (StockApi and PayApi) synchronously, none through a circuit breaker: when one of them slows down or fails, service OrderApi keeps waiting on it and the failure spreads into Orders. One policy (`circuit_breaker: true` on the caller) settles them all.' }]
        },
        {
            name: 'only the call that differs from the caller\'s other calls',
            design: 'system Orders {\n  service OrderApi\n}\nsystem Stock {\n  service StockApi\n}\nsystem Pay {\n  service PayApi\n}\nOrderApi -> StockApi { protocol: grpcs, circuit_breaker: true }\nOrderApi -> PayApi : https { timeout: 2s }',
            findings: [{ element: 'OrderApi->PayApi', message: 'OrderApi->PayApi calls from system Orders into system Pay without a circuit breaker: when service PayApi slows down or fails, service OrderApi keeps waiting on it and the failure spreads into Orders.' }]
        },
        {
            name: 'a synchronous call from one system into another',
            design: `${SYSTEMS}\nOrderApi -> StockApi : grpcs { timeout: 1s }`,
            findings: [{ element: 'OrderApi->StockApi', severity: 'info', message: 'OrderApi->StockApi calls from system Orders into system Stock without a circuit breaker: when service StockApi slows down or fails, service OrderApi keeps waiting on it and the failure spreads into Orders.' }]
        },
        {
            name: 'circuit_breaker: false on the connection wins over the caller',
            design: 'system Orders {\n  service OrderApi { circuit_breaker: true }\n}\nsystem Stock {\n  service StockApi\n}\nOrderApi -> StockApi { circuit_breaker: false }',
            findings: [{ element: 'OrderApi->StockApi', message: 'OrderApi->StockApi calls from system Orders into system Stock without a circuit breaker: when service StockApi slows down or fails, service OrderApi keeps waiting on it and the failure spreads into Orders.' }]
        },
        {
            name: 'between sibling systems, from a worker to a gateway',
            design: 'system Shop {\n  system Cart {\n    worker Sweeper\n  }\n  system Pay {\n    gateway PayGw\n  }\n}\nSweeper -> PayGw : https { timeout: 3s }',
            findings: [{ element: 'Sweeper->PayGw', message: 'Sweeper->PayGw calls from system Cart into system Pay without a circuit breaker: when gateway PayGw slows down or fails, worker Sweeper keeps waiting on it and the failure spreads into Cart.' }]
        }
    ]
});
