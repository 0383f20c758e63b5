import { testRule } from '../../../../test/helpers/rule-tester.js';
import rule from './latency-budget.js';

testRule(rule, {
    valid: [
        { name: 'exactly at the budget', design: 'requirements { latency_p99: 30ms }\nclient U\nservice A { latency: 10ms }\nservice B { latency: 20ms }\nU -> A -> B' },
        { name: 'asynchronous work adds nothing', design: 'requirements { latency_p99: 20ms }\nclient U\nservice A { latency: 10ms }\nqueue Q\nworker W { latency: 1h }\nU -> A -> Q\nQ -> W' },
        { name: 'regression: a push handed to a provider that delivers to the client is not a hop of the request', design: 'requirements { latency_p99: 50ms }\nclient App\nservice Chat { latency: 10ms }\nexternal Push { latency: 100ms }\nApp -> Chat : wss\nChat -> Push : https\nPush -> App' },
        { name: 'regression: a snapshot restore between stores and a cache replica are not hops of the request', design: 'requirements { latency_p99: 50ms }\nclient U\nservice Feed { latency: 10ms }\nsearch Index { latency: 20ms }\nstorage Snapshots { engine: s3, latency: 50ms }\nsearch Replica { latency: 20ms }\ncache Hot { latency: 1ms }\ncache HotCopy { latency: 1ms }\nU -> Feed\nFeed -> Index : reads\nFeed -> Hot : reads\nIndex -> Snapshots\nSnapshots -> Replica { crosses_region: true }\nHot -> HotCopy { crosses_region: true }' },
        { name: 'no budget', design: 'client U\nservice A { latency: 1h }\nU -> A' }
    ],
    invalid: [
        {
            name: 'one millisecond over, naming the slowest path',
            design: 'requirements { latency_p99: 30ms }\nclient U\nservice A { latency: 10ms }\nservice B { latency: 21ms }\nservice C { latency: 1ms }\nU -> A -> B\nA -> C',
            findings: [{ element: 'requirements', severity: 'error', message: 'The slowest request path U → A → B takes an estimated 31ms, over the 30ms p99 budget: A 10ms + B 21ms = 31ms.' }]
        },
        {
            name: 'a cross-region hop',
            design: 'requirements { latency_p99: 50ms }\nclient U\nservice A { latency: 5ms }\ndatabase Db { latency: 5ms }\nU -> A\nA -> Db { crosses_region: true }',
            findings: [{ element: 'requirements', message: 'The slowest request path U → A → Db takes an estimated 90ms, over the 50ms p99 budget: A 5ms + 80ms cross-region + Db 5ms = 90ms.' }]
        },
        {
            name: 'default latencies on the path: a question naming them (regression: an error on assumed latencies)',
            design: 'requirements { latency_p99: 15ms }\nclient U\nservice A { latency: 5ms }\nservice B\ndatabase Db\nU -> A -> B -> Db',
            findings: [{ element: 'requirements', severity: 'info', messageId: 'assumedOverBudget', message: 'The slowest request path U → A → B → Db would take 20ms, over the 15ms p99 budget, but the latencies of B and Db are the kinds\' defaults: how long does each hop take? State `latency` on them to settle it. A 5ms + B 10ms + Db 5ms = 20ms.' }]
        }
    ]
});
