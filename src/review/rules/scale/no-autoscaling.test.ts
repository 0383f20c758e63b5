import { expect } from 'chai';
import { runRule, testRule } from '../../../../test/helpers/rule-tester.js';
import rule from './no-autoscaling.js';

const PEAK = 'requirements { peak_rps: 40k }\nclient U\nloadbalancer Lb { engine: alb }\n';

testRule(rule, {
    valid: [
        { name: 'an autoscaled front service', design: `${PEAK}service Api { autoscale: { min: 3, max: 30, metric: cpu } }\nU -> Lb -> Api` },
        { name: 'no peak load stated', design: 'requirements { read_ratio: 10 }\nclient U\nloadbalancer Lb\nservice Api { replicas: 3 }\nU -> Lb -> Api' },
        { name: 'no requirements at all', design: 'client U\nservice Api { replicas: 3 }\nU -> Api' },
        { name: 'a service further in (its load follows the front tier)', design: `${PEAK}service Api { autoscale: { min: 2, max: 10 } }\nservice Orders { replicas: 2 }\nU -> Lb -> Api -> Orders` },
        { name: 'a worker behind a queue', design: `${PEAK}service Api { autoscale: { min: 2, max: 10 } }\nqueue Q { engine: sqs }\nworker W { replicas: 2 }\nU -> Lb -> Api -> Q\nQ -> W` },
        { name: 'a function scales itself', design: `${PEAK}function Fn { engine: lambda }\nU -> Lb -> Fn` },
        { name: 'a fixed fleet whose stated capacity just covers the peak (4 × 10k = 40k)', design: `${PEAK}service Api { replicas: 4, capacity_rps: 10k }\nU -> Lb -> Api` },
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
            name: 'a single service called by the client (the first draft)',
            design: 'requirements { peak_rps: 20k }\nclient Mobile\nservice Web\nMobile -> Web : https',
            findings: [{ element: 'Web', message: 'The design expects a peak of 20k requests/s, and service Web takes client traffic on one instance with no autoscale: how does it absorb the peak, or a spike beyond it?' }]
        },
        {
            name: 'through a CDN, a gateway and a load balancer',
            design: 'requirements { peak_rps: 1.5M }\nclient U\ncdn Edge { engine: cloudfront }\ngateway Gw { engine: api_gateway }\nloadbalancer Lb { engine: alb }\nservice Api { replicas: 4 }\nU -> Edge -> Gw -> Lb -> Api',
            findings: [{ element: 'Api', message: 'The design expects a peak of 1.5M requests/s, and service Api takes client traffic on 4 replicas with no autoscale: how does it absorb the peak, or a spike beyond it?' }]
        },
        {
            name: 'a service called by an external system',
            design: 'requirements { peak_rps: 500 }\nexternal Partner\nservice Webhooks { replicas: 2 }\nPartner -> Webhooks : https',
            findings: [{ element: 'Webhooks', message: 'The design expects a peak of 500 requests/s, and service Webhooks takes client traffic on 2 replicas with no autoscale: how does it absorb the peak, or a spike beyond it?' }]
        }
    ]
});

describe('scale/no-autoscaling quick fix', () => {
    it('autoscales from the current replicas (at least 2) to four times that', async () => {
        const [three] = await runRule(rule, `${PEAK}service Api { replicas: 3 }\nU -> Lb -> Api`);
        expect(three.fix).to.deep.include({ kind: 'set-properties', properties: [{ key: 'autoscale', value: '{ min: 3, max: 12, metric: cpu }' }] });
        const [one] = await runRule(rule, `${PEAK}service Api\nU -> Lb -> Api`);
        expect(one.fix).to.deep.include({ kind: 'set-properties', properties: [{ key: 'autoscale', value: '{ min: 2, max: 8, metric: cpu }' }] });
    });
});
