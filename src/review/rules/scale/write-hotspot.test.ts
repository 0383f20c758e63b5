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
            findings: [{ element: 'Db', severity: 'warning', message: 'database Db gets an estimated 10,001/s writes at peak, more than its single leader takes (10,000/s): replicas do not share writes. Writes: Api: 10k/s writes = 10k/s.' }]
        }
    ]
});
