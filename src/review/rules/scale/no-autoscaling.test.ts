import { expect } from 'chai';
import { runRule, testRule } from '../../../../test/helpers/rule-tester.js';
import rule from './no-autoscaling.js';

const PEAK = 'requirements { peak_rps: 40k }\nclient U\nloadbalancer Lb { engine: alb }\n';

testRule(rule, {
    valid: [
        { name: 'an autoscaled front service', design: `${PEAK}service Api { autoscale: { min: 3, max: 30, metric: cpu } }\nU -> Lb -> Api` },
        { name: 'no peak load stated', design: 'requirements { read_ratio: 10 }\nclient U\nloadbalancer Lb\nservice Api { replicas: 3 }\nU -> Lb -> Api' },
        { name: 'no peak: fixed fleets in one region', design: 'client U\nloadbalancer Lb\nservice A { replicas: 2, regions: [eu_west] }\nservice B { replicas: 2, regions: [eu_west] }\nU -> Lb\nLb -> A\nLb -> B' },
        { name: 'no peak: regional fleets that autoscale', design: 'client U\nloadbalancer Global\nservice WebEast { autoscale: { min: 2, max: 8 }, regions: [us_east1] }\nservice WebWest { autoscale: { min: 2, max: 8 }, regions: [us_west1] }\nU -> Global\nGlobal -> WebEast\nGlobal -> WebWest' },
        { name: 'no peak: one regional fleet autoscales and can take the other\'s traffic', design: 'client U\nloadbalancer Global\nservice WebEast { replicas: 2, regions: [us_east1] }\nservice WebWest { autoscale: { min: 2, max: 8 }, regions: [us_west1] }\nU -> Global\nGlobal -> WebEast\nGlobal -> WebWest' },
        { name: 'no requirements at all', design: 'client U\nservice Api { replicas: 3 }\nU -> Api' },
        { name: 'a service further in (its load follows the front tier)', design: `${PEAK}service Api { autoscale: { min: 2, max: 10 } }\nservice Orders { replicas: 2 }\nU -> Lb -> Api -> Orders` },
        { name: 'a worker behind a queue', design: `${PEAK}service Api { autoscale: { min: 2, max: 10 } }\nqueue Q { engine: sqs }\nworker W { replicas: 2 }\nU -> Lb -> Api -> Q\nQ -> W` },
        { name: 'a function scales itself', design: `${PEAK}function Fn { engine: lambda }\nU -> Lb -> Fn` },
        { name: 'a fixed fleet whose stated capacity just covers the peak (4 × 10k = 40k)', design: `${PEAK}service Api { replicas: 4, capacity_rps: 10k }\nU -> Lb -> Api` },
        { name: 'a fixed fleet at a quarter of its capacity at peak (regression: a tier sized for many times its load)', design: 'requirements { peak_rps: 2k }\nclient U\nloadbalancer Lb { engine: alb }\nservice Web { replicas: 8 }\nU -> Lb -> Web' },
        { name: 'reached only asynchronously', design: `${PEAK}service Api { autoscale: { min: 2, max: 10 } }\nservice Mailer { replicas: 2 }\nU -> Lb -> Api\nU -> Mailer : async` }
    ],
    invalid: [
        {
            name: 'fixed replicas behind a load balancer',
            design: `${PEAK}service Api { replicas: 3 }\nU -> Lb -> Api`,
            findings: [{ element: 'Api', messageId: 'fixed', severity: 'info', message: 'The design expects a peak of 40k requests/s, and service Api takes client traffic on 3 replicas with no autoscale: how does it absorb the peak, or a spike beyond it?' }]
        },
        {
            name: 'a stated capacity just short of the peak (3 × 13k < 40k)',
            design: `${PEAK}service Api { replicas: 3, capacity_rps: 13k }\nU -> Lb -> Api`,
            findings: [{ element: 'Api', message: 'The design expects a peak of 40k requests/s, and service Api takes client traffic on 3 replicas with no autoscale: how does it absorb the peak, or a spike beyond it?' }]
        },
        {
            name: 'a single service called by the client (the first draft): no count given anywhere, one question',
            design: 'requirements { peak_rps: 20k }\nclient Mobile\nservice Web\nMobile -> Web : https',
            findings: [{ element: 'Web', messageId: 'unstated', severity: 'info', message: 'The design expects a peak of 20k requests/s and gives no instance count for service Web: how many instances take the peak, and do they scale with the load? State `replicas` or `autoscale`.' }]
        },
        {
            name: 'no fleet count given for several front services: asked once (regression: one finding per service on an imagined single instance)',
            design: 'requirements { peak_rps: 300k }\nclient U\nloadbalancer Lb\nservice Reads\nservice Writes\ndatabase Db { replicas: 3 }\nU -> Lb\nLb -> Reads\nLb -> Writes\nReads -> Db : reads\nWrites -> Db : writes',
            findings: [{ messageId: 'unstated', severity: 'info', message: 'The design expects a peak of 300k requests/s and gives no instance count for service Reads and service Writes: how many instances take the peak, and do they scale with the load? State `replicas` or `autoscale`.' }]
        },
        {
            name: 'one autoscaling policy for every fixed front service',
            design: `${PEAK}service Api { replicas: 3 }\nservice Admin { replicas: 2 }\nLb -> Api\nU -> Lb\nLb -> Admin`,
            findings: [{ messageId: 'fixedMany', message: 'The design expects a peak of 40k requests/s, and 2 services that take client traffic (Api and Admin) run fixed fleets with no autoscale: how do they absorb the peak, or a spike beyond it? One autoscaling policy settles all of them.' }]
        },
        {
            name: 'through a CDN, a gateway and a load balancer',
            design: 'requirements { peak_rps: 1.5M }\nclient U\ncdn Edge { engine: cloudfront }\ngateway Gw { engine: api_gateway }\nloadbalancer Lb { engine: alb }\nservice Api { replicas: 4 }\nU -> Edge -> Gw -> Lb -> Api',
            findings: [{ element: 'Api', message: 'The design expects a peak of 1.5M requests/s, and service Api takes client traffic on 4 replicas with no autoscale: how does it absorb the peak, or a spike beyond it?' }]
        },
        {
            name: 'no peak, but fixed fleets in two regions behind one global balancer: a region\'s loss lands on the other',
            design: 'client U\nloadbalancer Global { engine: gcp_lb }\nnetwork East {\n  region: us_east1\n  service WebEast { replicas: 2 }\n}\nnetwork West {\n  region: us_west1\n  service WebWest { replicas: 2 }\n}\nU -> Global : https\nGlobal -> WebEast : http\nGlobal -> WebWest : http',
            findings: [{ element: 'Global', messageId: 'regionFailover', severity: 'info', message: 'loadbalancer Global spreads client traffic over fixed fleets in 2 regions (WebEast and WebWest) with no autoscale: when a region fails, the others take all of its traffic on the instances they already run. How do they absorb it?' }]
        },
        {
            name: 'a service called by an external system',
            design: 'requirements { peak_rps: 5k }\nexternal Partner\nservice Webhooks { replicas: 2 }\nPartner -> Webhooks : https',
            findings: [{ element: 'Webhooks', message: 'The design expects a peak of 5k requests/s, and service Webhooks takes client traffic on 2 replicas with no autoscale: how does it absorb the peak, or a spike beyond it?' }]
        }
    ]
});

describe('scale/no-autoscaling quick fix', () => {
    it('autoscales from the current replicas (at least 2) to four times that', async () => {
        const [three] = await runRule(rule, `${PEAK}service Api { replicas: 3 }\nU -> Lb -> Api`);
        expect(three.fix).to.deep.include({ kind: 'set-properties', properties: [{ key: 'autoscale', value: '{ min: 3, max: 12, metric: cpu }' }] });
        const [one] = await runRule(rule, `${PEAK}service Api { replicas: 1 }\nU -> Lb -> Api`);
        expect(one.fix).to.deep.include({ kind: 'set-properties', properties: [{ key: 'autoscale', value: '{ min: 2, max: 8, metric: cpu }' }] });
    });
});
