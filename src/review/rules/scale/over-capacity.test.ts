import { testRule } from '../../../../test/helpers/rule-tester.js';
import rule from './over-capacity.js';

const FRONT = 'client U\nloadbalancer Lb { engine: alb }\n';

testRule(rule, {
    valid: [
        { name: 'exactly at capacity', design: `requirements { peak_rps: 2k }\n${FRONT}service Api { replicas: 2, capacity_rps: 1k }\nU -> Lb -> Api : https` },
        { name: 'the autoscale maximum covers the peak', design: `requirements { peak_rps: 9k }\n${FRONT}service Api { autoscale: { min: 2, max: 10 }, capacity_rps: 1k }\nU -> Lb -> Api : https` },
        { name: 'no peak stated', design: `${FRONT}service Api\nU -> Lb -> Api : https` },
        { name: 'an elastic managed service', design: 'requirements { peak_rps: 100k }\nclient U\nfunction Fn { engine: lambda }\ndatabase D { engine: dynamodb }\nU -> Fn -> D' },
        { name: 'a cache takes most reads off the database', design: `requirements { peak_rps: 40k, read_ratio: 100 }\n${FRONT}service Api { autoscale: { min: 3, max: 50 } }\ncache Hot { engine: redis, hit_ratio: 90%, replicas: 2 }\ndatabase Db { engine: postgres }\nU -> Lb -> Api\nApi -> Hot : reads\nApi -> Db` }
    ],
    invalid: [
        {
            name: 'just over capacity on the request path',
            design: `requirements { peak_rps: 2001 }\n${FRONT}service Api { replicas: 2, capacity_rps: 1k }\nU -> Lb -> Api : https`,
            findings: [{ element: 'Api', severity: 'error', messageId: 'overloaded', message: 'service Api gets an estimated 2,001/s at peak but its instances serve 2,000/s (100% of capacity): requests queue, time out and fail. Load: Lb: 2k/s reads = 2k/s. Capacity: 2 replicas × 1k/s (stated) = 2k/s.' }]
        },
        {
            name: 'the database behind an uncached service',
            design: `requirements { peak_rps: 40k, read_ratio: 100 }\n${FRONT}service Api { autoscale: { min: 3, max: 50 } }\ndatabase Db { engine: postgres, replicas: 2 }\nU -> Lb -> Api -> Db`,
            findings: [{ element: 'Db', severity: 'error', message: 'database Db gets an estimated 40,000/s at peak but its instances serve 20,000/s (200% of capacity): requests queue, time out and fail. Load: Api: 39.6k/s reads + 396/s writes = 40k/s. Capacity: 2 replicas × 10k/s (PostgreSQL default) = 20k/s.' }]
        },
        {
            name: 'a consumer behind a queue: information, the backlog grows',
            design: `requirements { peak_rps: 5k }\n${FRONT}service Api { autoscale: { min: 2, max: 10 } }\nqueue Q { engine: sqs }\nworker W { replicas: 2, capacity_rps: 1k }\nU -> Lb -> Api -> Q\nQ -> W`,
            findings: [{ element: 'W', severity: 'info', messageId: 'backlog', message: 'worker W gets an estimated 5,000/s at peak, behind a queue, but serves 2,000/s (250% of capacity): the backlog grows for as long as the peak lasts. Load: Q: 5k/s writes (messages) = 5k/s. Capacity: 2 replicas × 1k/s (stated) = 2k/s.' }]
        }
    ]
});
