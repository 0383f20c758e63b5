import { expect } from 'chai';
import { runRule, testRule } from '../../../../test/helpers/rule-tester.js';
import rule from './over-capacity.js';

const FRONT = 'client U\nloadbalancer Lb { engine: alb }\n';
/** An autoscaled front service sized for the peak: what sits behind it is judged here, the front fleet by scale/no-autoscaling. */
const WEB = 'service Web { autoscale: { min: 2, max: 100 }, capacity_rps: 1k }\nU -> Lb -> Web : https\n';

testRule(rule, {
    valid: [
        { name: 'regression (field corpus, round 18): a service that autoscales with no maximum stated grows with its load', design: 'requirements { peak_rps: 50k }\nclient U\nloadbalancer Lb { engine: alb }\nservice Api { autoscale: { metric: cpu, target: 50% }, capacity_rps: 1k }\nU -> Lb -> Api : https' },
        { name: 'regression: a component whose size is wholly unstated (no instance count, the kind\'s default capacity) is not judged (a cache gateway at a measured 17k/s peak was asked)', design: 'requirements { peak_rps: 17k, read_ratio: 100 }\nclient U\ngateway Cache\nservice Web { replicas: many }\nU -> Cache -> Web : http' },
        { name: 'regression: a fleet the design sized (150 servers) within an order of magnitude of the kind\'s default is not questioned', design: `requirements { peak_rps: 300k }\nclient U\nservice Sockets { replicas: 150 }\nU -> Sockets : tcp` },
        { name: 'regression: a cache of an active_active deployment runs in every region, each taking its share (one instance was read as taking all three regions\' load)', design: `deployment { regions: [us_east, eu_west, ap_southeast], mode: active_active }\nrequirements { peak_rps: 120k }\n${FRONT}service Api { autoscale: { min: 2, max: 200 }, capacity_rps: 1k }\ncache C { engine: redis }\nU -> Lb -> Api\nApi -> C : reads` },
        { name: 'regression: a cache stated in two regions of an active_active deployment serves in both', design: `deployment { regions: [us_east, eu_west, ap_southeast], mode: active_active }\nrequirements { peak_rps: 120k }\n${FRONT}service Api { autoscale: { min: 2, max: 200 }, capacity_rps: 1k }\ncache C { engine: redis, regions: [eu_west, ap_southeast] }\nU -> Lb -> Api\nApi -> C : reads` },
        { name: 'regression: a fixed front fleet under a stated peak is asked about by scale/no-autoscaling, not again on an assumed capacity (one sizing decision asked twice)', design: `deployment { regions: [us_east, eu_west, ap_southeast], mode: active_active }\nrequirements { peak_rps: 300k }\n${FRONT}service Feed\nU -> Lb -> Feed : https` },
        { name: 'exactly at capacity', design: `requirements { peak_rps: 2k }\n${FRONT}service Api { replicas: 2, capacity_rps: 1k }\nU -> Lb -> Api : https` },
        { name: 'the autoscale maximum covers the peak', design: `requirements { peak_rps: 9k }\n${FRONT}service Api { autoscale: { min: 2, max: 10 }, capacity_rps: 1k }\nU -> Lb -> Api : https` },
        { name: 'no peak stated', design: `${FRONT}service Api\nU -> Lb -> Api : https` },
        { name: 'an elastic managed service', design: 'requirements { peak_rps: 100k }\nclient U\nfunction Fn { engine: lambda }\ndatabase D { engine: dynamodb }\nU -> Fn -> D' },
        { name: 'a cache relieves the service behind its miss path too (regression: only stores were relieved)', design: `requirements { peak_rps: 10k, read_ratio: 99 }\n${FRONT}service Front { autoscale: { min: 2, max: 20 }, capacity_rps: 1k }\ncache Hot { engine: redis, hit_ratio: 90% }\nservice Catalog { replicas: 2, capacity_rps: 1k }\nU -> Lb -> Front\nFront -> Hot : reads\nFront -> Catalog : reads` },
        { name: 'a route carries what its target uses: the write path gets the writes only (regression: an even split sent reads to a write API)', design: `requirements { peak_rps: 101k, read_ratio: 100 }\n${FRONT}service Reads { autoscale: { min: 2, max: 200 }, capacity_rps: 1k }\nservice Writes { replicas: 2, capacity_rps: 1k }\ndatabase Db { engine: dynamodb }\nU -> Lb\nLb -> Reads\nLb -> Writes\nReads -> Db : reads\nWrites -> Db : writes` },
        { name: 'managed elastic engines are not capacity-bound by a default', design: `requirements { peak_rps: 500k }\nclient U\ncdn Edge { engine: cloudfront }\nloadbalancer Lb { engine: alb }\nfunction Fn { engine: lambda }\nqueue Q { engine: sqs }\nstorage S { engine: s3 }\nU -> Edge -> Lb -> Fn\nFn -> Q\nFn -> S : writes` },
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
        },
        {
            name: 'a capacity that is the kind\'s default, far beyond it: a question naming the assumption (regression: an error on a guessed capacity)',
            design: `requirements { peak_rps: 30k }\n${FRONT}${WEB}service Api { replicas: 2 }\nWeb -> Api : https`,
            findings: [{ element: 'Api', severity: 'info', messageId: 'assumedOne', message: 'At the stated peak service Api would get 30,000/s against 2,000/s (1500% of capacity), but only if one service instance serves 1k/s (the service default): how much does it serve, and how many instances run? State `capacity_rps` to settle it. Load: Web: 30k/s reads = 30k/s. Capacity: 2 replicas × 1k/s (service default) = 2k/s.' }]
        },
        {
            name: 'a passive region serves nothing: the active region\'s cache takes the whole peak',
            design: `deployment { regions: [us_east, eu_west], mode: active_passive }\nrequirements { peak_rps: 120k }\n${FRONT}service Api { autoscale: { min: 2, max: 200 }, capacity_rps: 1k }\ncache C { engine: redis, replicas: 1 }\nU -> Lb -> Api\nApi -> C : reads`,
            findings: [{ element: 'C', severity: 'error', messageId: 'overloaded', message: 'cache C gets an estimated 120,000/s at peak but its instances serve 100,000/s (120% of capacity): requests queue, time out and fail. Load: Api: 120k/s reads = 120k/s. Capacity: 1 instance × 100k/s (Redis default) = 100k/s.' }]
        },
        {
            name: 'an active_active deployment multiplies the instances by the regions, and the fix sizes each region',
            design: `deployment { regions: [us_east, eu_west], mode: active_active }\nrequirements { peak_rps: 500k }\n${FRONT}service Api { autoscale: { min: 2, max: 200 }, capacity_rps: 10k }\ncache C { engine: redis, replicas: 2 }\nU -> Lb -> Api\nApi -> C : reads`,
            findings: [{ element: 'C', severity: 'error', messageId: 'overloaded', message: 'cache C gets an estimated 500,000/s at peak but its instances serve 400,000/s (125% of capacity): requests queue, time out and fail. Load: Api: 500k/s reads = 500k/s. Capacity: 2 active regions × 2 replicas × 100k/s (Redis default) = 400k/s.' }]
        },
        {
            name: 'regression: an engine\'s planning capacity on an instance count the design never wrote is a question, not an error (a search cluster of unstated size was read as one node and reported as overloaded)',
            design: `requirements { peak_rps: 400k, read_ratio: 100 }\n${FRONT}service Api { autoscale: { min: 2, max: 500 }, capacity_rps: 1k }\nsearch Es { engine: elasticsearch }\nU -> Lb -> Api\nApi -> Es : reads`,
            findings: [{ element: 'Es', severity: 'info', messageId: 'assumedOne', message: 'At the stated peak search Es would get 396,040/s against 5,000/s (7920% of capacity), but only if Es runs one instance (no count stated): how much does it serve, and how many instances run? State `replicas` to settle it. Load: Api: 396k/s reads = 396k/s. Capacity: 1 instance × 5k/s (Elasticsearch default) = 5k/s.' }]
        },
        {
            name: 'several overloads on assumed figures: one question for the design',
            design: `requirements { peak_rps: 30k }\nclient U\nloadbalancer Lb\nservice Web { autoscale: { min: 2, max: 100 }, capacity_rps: 1k }\nservice A { replicas: 2 }\nservice B { replicas: 2 }\nU -> Lb -> Web\nWeb -> A\nWeb -> B`,
            findings: [{ severity: 'info', messageId: 'assumedMany', message: 'At the stated peak, 2 components (A and B) would get more than they serve, but only on figures the review assumed (a capacity per kind): how much does each serve, and how many instances run? State `capacity_rps` to settle it.' }]
        },
        {
            name: 'a self-run queue over its stated broker capacity throttles its producers',
            design: `requirements { peak_rps: 5k }\n${FRONT}service Api { autoscale: { min: 2, max: 10 }, capacity_rps: 1k }\nqueue Q { capacity_rps: 2k }\nU -> Lb -> Api -> Q`,
            findings: [{ element: 'Q', severity: 'error', messageId: 'brokerOverloaded', message: 'queue Q gets an estimated 5,000/s at peak but its brokers take 2,000/s (250% of capacity): producers are throttled or fail to enqueue. Load: Api: 5k/s writes (messages) = 5k/s. Capacity: 1 instance × 2k/s (stated) = 2k/s.' }]
        }
    ]
});

describe('scale/over-capacity quick fix', () => {
    it('sizes each active region for its share of the peak', async () => {
        const [finding] = await runRule(rule, `deployment { regions: [us_east, eu_west], mode: active_active }\nrequirements { peak_rps: 500k }\n${FRONT}service Api { autoscale: { min: 2, max: 200 }, capacity_rps: 10k }\ncache C { engine: redis, replicas: 2 }\nU -> Lb -> Api\nApi -> C : reads`);
        expect(finding.fix).to.deep.include({ kind: 'set-properties', properties: [{ key: 'replicas', value: '4' }] });
    });
});

describe('scale/over-capacity assumptions', () => {
    it('lists the assumptions it used, each with the property that settles it', async () => {
        const [finding] = await runRule(rule, `requirements { peak_rps: 30k }\n${FRONT}${WEB}service Api { replicas: 2 }\nWeb -> Api : https`);
        expect(finding.basis).to.equal('assumed');
        expect(finding.assumptions).to.deep.equal([{ element: 'Api', text: 'one service instance serves 1k/s (the service default)', settle: 'capacity_rps' }]);
    });
});
