import { testRule } from '../../../../test/helpers/rule-tester.js';
import rule from './internal-call-via-public-endpoint.js';

const EDGE = 'client U\nnetwork edge {\n  exposure: public\n  loadbalancer Lb\n}\n';

testRule(rule, {
    valid: [
        { name: 'services calling each other directly', design: `${EDGE}network app {\n  service Web\n  service Catalog\n  Web -> Catalog : https\n}\nU -> Lb : https\nLb -> Web : http` },
        { name: 'a call through an internal load balancer in the private network', design: `${EDGE}network app {\n  service Web\n  loadbalancer Inner\n  service Catalog\n  Web -> Inner : http\n  Inner -> Catalog : http\n}\nU -> Lb : https\nLb -> Web : http` },
        { name: 'a public load balancer nobody calls from the internet', design: 'network edge {\n  exposure: public\n  loadbalancer Lb\n}\nnetwork app {\n  service Web\n  service Catalog\n  Web -> Lb : http\n}\nLb -> Catalog : http' },
        { name: 'a caller whose placement is not stated', design: `${EDGE}service Job\nnetwork app {\n  service Catalog\n}\nU -> Lb : https\nLb -> Catalog : http\nJob -> Lb : https` }
    ],
    invalid: [
        {
            name: 'a website fetching from its sibling through the internet-facing load balancer',
            design: `${EDGE}network app {\n  service Web\n  service Catalog\n  Web -> Lb : http\n}\nU -> Lb : https\nLb -> Web : http\nLb -> Catalog : http`,
            findings: [{
                element: 'Web->Lb',
                severity: 'warning',
                message: 'service Web calls loadbalancer Lb, which clients reach from the internet, to get back into the private network, in plain text: the call leaves through NAT and comes back in from the internet, paying NAT cost and latency, and the internal API has to be open on the public entry. Call the service directly or through an internal load balancer.'
            }]
        },
        {
            name: 'two such calls are one decision',
            design: `${EDGE}network app {\n  service Web\n  worker Sync\n  service Catalog\n  Web -> Lb : https\n  Sync -> Lb : https\n}\nU -> Lb : https\nLb -> Web : http\nLb -> Catalog : http`,
            findings: [{
                element: undefined,
                message: '2 calls from private networks go out through internet-facing entry points and back in (Web->Lb, Sync->Lb): each leaves through NAT and comes back in from the internet, paying NAT cost and latency, and the internal APIs have to be open on the public entry. One decision settles them all: internal calls go directly (service discovery, a mesh) or through an internal load balancer.'
            }]
        }
    ]
});
