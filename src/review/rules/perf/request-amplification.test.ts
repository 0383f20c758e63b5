import { testRule } from '../../../../test/helpers/rule-tester.js';
import rule from './request-amplification.js';

const PAGE = 'client U\nservice Page { replicas: 2 }\nservice Catalog { replicas: 2 }\nU -> Page : https\n';

testRule(rule, {
    valid: [
        { name: 'one call per request', design: `${PAGE}Page -> Catalog { protocol: https, calls: 1 }` },
        { name: 'a few calls, under the threshold and with no stated capacity', design: `${PAGE}Page -> Catalog { protocol: https, calls: 5 }` },
        { name: 'no calls stated', design: `${PAGE}Page -> Catalog : https` },
        { name: 'a higher threshold in the options', design: `${PAGE}Page -> Catalog { protocol: https, calls: 20 }`, options: { maxCalls: 50 } },
        { name: 'the multiplied load within the stated capacity', design: `requirements { peak_rps: 100 }\nclient U\nservice Page { replicas: 2 }\nservice Catalog { replicas: 2, capacity_rps: 1k }\nU -> Page : https\nPage -> Catalog { protocol: https, calls: 5 }` }
    ],
    invalid: [
        {
            name: 'a call per item of a result, with no count',
            design: `${PAGE}Page -> Catalog { protocol: https, calls: per_item }`,
            findings: [{ element: 'Page->Catalog', severity: 'warning', messageId: 'perItem', message: 'service Page calls service Catalog once for each item it handles (calls: per_item): a request over N items makes N calls to it, so its latency and the load it puts on it grow with the size of the result, not with the traffic. Batch the calls (one request for all the items), make them in parallel, or cache what they return.' }]
        },
        {
            name: 'one loop calling several services per item is one finding on the caller',
            design: `${PAGE}service Prices { replicas: 2 }\nPage -> Catalog { protocol: https, calls: per_item }\nPage -> Prices { protocol: https, calls: per_item }`,
            findings: [{ element: 'Page', severity: 'warning', messageId: 'perItem', message: 'service Page calls service Catalog and service Prices once for each item it handles (calls: per_item): a request over N items makes N calls to each, so its latency and the load it puts on them grow with the size of the result, not with the traffic. Batch the calls (one request for all the items), make them in parallel, or cache what they return.' }]
        },
        {
            name: 'a call per item of a page',
            design: `${PAGE}Page -> Catalog { protocol: https, calls: 50 }`,
            findings: [{ element: 'Page->Catalog', severity: 'warning', messageId: 'amplified', message: 'service Page makes 50 calls to Catalog for each request it serves (calls: 50): Catalog gets 50× its load, and made one after another they add 50 round trips to each request. Batch them into one call, or make them in parallel.' }]
        },
        {
            name: 'with a stated peak and latency: the arithmetic',
            design: `requirements { peak_rps: 200 }\nclient U\nservice Page { replicas: 2 }\nservice Catalog { autoscale: { min: 2, max: 40 }, latency: 5ms }\nU -> Page : https\nPage -> Catalog { protocol: https, calls: 20 }`,
            findings: [{ element: 'Page->Catalog', messageId: 'amplified', message: 'service Page makes 20 calls to Catalog for each request it serves (calls: 20): Catalog gets 20× its load (200/s × 20 = 4,000/s at peak), and made one after another they add 20 round trips (20 × 5ms = 100ms) to each request. Batch them into one call, or make them in parallel.' }]
        },
        {
            name: 'a few calls that take the target past its stated capacity',
            design: `requirements { peak_rps: 1k }\nclient U\nservice Page { replicas: 2 }\nservice Catalog { replicas: 2, capacity_rps: 1k }\nU -> Page : https\nPage -> Catalog { protocol: https, calls: 3 }`,
            findings: [{ element: 'Page->Catalog', severity: 'warning', messageId: 'overCapacity', message: 'service Page makes 3 calls to Catalog for each request it serves: 1,000/s × 3 = 3,000/s at peak, more than Catalog serves (2,000/s; capacity: 2 replicas × 1k/s (stated) = 2k/s). Batch the calls, or give Catalog the capacity.' }]
        }
    ]
});
