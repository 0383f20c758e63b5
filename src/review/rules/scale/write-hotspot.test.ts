import { testRule } from '../../../../test/helpers/rule-tester.js';
import rule from './write-hotspot.js';

const design = (peak: string, database: string): string => `requirements { peak_rps: ${peak}, read_ratio: 1 }\nclient U\nloadbalancer Lb { engine: alb }\nservice Api { autoscale: { min: 3, max: 200 } }\ndatabase Db { ${database} }\nU -> Lb -> Api\nApi -> Db : writes`;

testRule(rule, {
    valid: [
        { name: 'exactly one leader\'s worth of writes', design: design('20k', 'engine: postgres') },
        { name: 'sharded', design: design('40k', 'engine: postgres, shards: 4, shard_key: user_id') },
        { name: 'a leaderless store shares writes', design: design('40k', 'engine: cassandra, replicas: 3') },
        { name: 'a consensus store is not single-leader', design: design('40k', 'engine: cockroachdb, replicas: 5') },
        { name: 'a stated higher capacity', design: design('40k', 'engine: postgres, capacity_rps: 25k') }
    ],
    invalid: [
        {
            name: 'more writes than one PostgreSQL leader takes',
            design: design('20002', 'engine: postgres, replicas: 3'),
            findings: [{ element: 'Db', severity: 'warning', message: 'database Db gets an estimated 10,001/s writes at peak, more than its single leader takes (10,000/s): replicas do not share writes. Writes: Api: 10k/s = 10k/s.' }]
        },
        {
            name: 'a leader whose capacity is the database default: a question naming the assumption',
            design: 'requirements { peak_rps: 12k, read_ratio: 1 }\nclient U\nloadbalancer Lb { engine: alb }\nservice Api { autoscale: { min: 3, max: 200 } }\ndatabase Db\nU -> Lb -> Api\nApi -> Db : reads\nApi -> Db : writes',
            findings: [{ element: 'Db', severity: 'info', messageId: 'assumed', message: 'database Db would get 6,000/s writes at peak, more than its single leader takes (5,000/s), but only if one database instance serves 5k/s (the database default): how many writes does one leader take, and how would you partition them? State `capacity_rps` to settle it. Writes: Api: 6k/s = 6k/s.' }]
        },
        {
            name: 'the writes derivation leaves the reads out (regression: reads were listed under "Writes")',
            design: 'requirements { peak_rps: 40k, read_ratio: 1 }\nclient U\nloadbalancer Lb { engine: alb }\nservice Api { autoscale: { min: 3, max: 200 } }\ndatabase Db { engine: postgres, replicas: 2 }\nU -> Lb -> Api -> Db',
            findings: [{ element: 'Db', severity: 'warning', message: 'database Db gets an estimated 20,000/s writes at peak, more than its single leader takes (10,000/s): replicas do not share writes. Writes: Api: 20k/s = 20k/s.' }]
        }
    ]
});
