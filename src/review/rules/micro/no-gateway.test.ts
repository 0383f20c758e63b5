import { expect } from 'chai';
import { runRule, testRule } from '../../../../test/helpers/rule-tester.js';
import rule from './no-gateway.js';

const SERVICES = 'service Users { replicas: 2 }\nservice Feed { replicas: 2 }\nservice Posts { replicas: 2 }';
const CONSEQUENCE = 'it must know every address, and authentication, rate limits and API versions are handled again in each service.';

testRule(rule, {
    valid: [
        { name: 'regression: a sample whose browser calls each service on its own port, all answering alike, is not asked for a gateway', design: `requirements { purpose: sample }\nclient Browser\n${SERVICES}\nBrowser -> Users : http\nBrowser -> Feed : http\nBrowser -> Posts : http { auth: none }` },
        { name: 'regression: load balancers that route by path to several services give clients one entry point', design: `client Apps\ndns Dns { engine: route53 }\ncdn Edge { engine: cloudfront }\nloadbalancer Lbs { replicas: many }\n${SERVICES}\nApps -> Dns -> Edge -> Lbs\nLbs -> Users\nLbs -> Feed\nLbs -> Posts` },
        { name: 'a gateway in front of the services', design: `client App\ngateway Api { engine: kong }\n${SERVICES}\nApp -> Api : https\nApi -> Users\nApi -> Feed\nApi -> Posts` },
        { name: 'two services called directly', design: 'client App\nservice Users\nservice Feed\nApp -> Users\nApp -> Feed' },
        { name: 'a backend for each client', design: 'client Web\nclient Mobile\nclient Partner\nservice WebBff\nservice MobileBff\nservice PartnerApi\nWeb -> WebBff\nMobile -> MobileBff\nPartner -> PartnerApi' },
        { name: 'a load balancer whose engine is also a gateway', design: `client App\nloadbalancer Lb { engine: nginx, replicas: 2 }\n${SERVICES}\nApp -> Lb\nLb -> Users\nLb -> Feed\nLb -> Posts` },
        { name: 'a load balancer that authenticates callers', design: `client App\nloadbalancer Lb { engine: alb, auth: oauth2 }\n${SERVICES}\nApp -> Lb\nLb -> Users\nLb -> Feed\nLb -> Posts` },
        { name: 'external systems calling webhooks', design: `external Stripe\n${SERVICES}\nStripe -> Users\nStripe -> Feed\nStripe -> Posts` },
        { name: 'stores are not services', design: 'client App\nservice Users\nstorage Photos { engine: s3 }\ncdn Edge { engine: cloudfront }\nApp -> Users\nApp -> Photos\nApp -> Edge\nEdge -> Photos' },
        { name: 'services behind a service are not called by the client', design: `client App\n${SERVICES}\nApp -> Users\nUsers -> Feed\nUsers -> Posts` },
        { name: 'a higher threshold in the options', design: `client App\n${SERVICES}\nApp -> Users\nApp -> Feed\nApp -> Posts`, options: { minServices: 4 } }
    ],
    invalid: [
        {
            name: 'a sample whose services answer authentication differently (JWT on one, none on the others) is asked',
            design: `requirements { purpose: sample }\nclient Browser\n${SERVICES}\nBrowser -> Users : http { auth: jwt }\nBrowser -> Feed : http { auth: none }\nBrowser -> Posts : http { auth: none }`,
            findings: [{ message: `client Browser calls 3 services directly (Users, Feed, Posts): ${CONSEQUENCE}` }]
        },
        {
            name: 'a client calling three services',
            design: `client App\n${SERVICES}\nApp -> Users : https\nApp -> Feed : https\nApp -> Posts : https`,
            findings: [{ severity: 'info', message: `client App calls 3 services directly (Users, Feed, Posts): ${CONSEQUENCE}` }]
        },
        {
            name: 'through DNS only, each service at its own address',
            design: `client App\ndns Dns { engine: route53 }\n${SERVICES}\nApp -> Dns\nDns -> Users\nDns -> Feed\nDns -> Posts`,
            findings: [{ message: 'client App calls 3 services directly (Users, Feed, Posts): it must know every address, and authentication, rate limits and API versions are handled again in each service.' }]
        },
        {
            name: 'through load balancers that each front one service',
            design: `client App\nloadbalancer UsersLb\nloadbalancer FeedLb\nloadbalancer PostsLb\n${SERVICES}\nApp -> UsersLb -> Users\nApp -> FeedLb -> Feed\nApp -> PostsLb -> Posts`,
            findings: [{ message: 'client App calls 3 services directly (Users, Feed, Posts): it must know every address, and authentication, rate limits and API versions are handled again in each service.' }]
        },
        {
            name: 'a gateway that three services bypass',
            design: `client App\ngateway Api { engine: kong }\nservice Orders\n${SERVICES}\nApp -> Api -> Orders\nApp -> Users\nApp -> Feed\nApp -> Posts`,
            findings: [{ message: 'client App calls 3 services directly (Users, Feed, Posts): it must know every address, and authentication, rate limits and API versions are handled again in each service.' }]
        },
        {
            name: 'one finding per client; workers and functions count',
            design: 'client Web\nclient Mobile\nservice A\nworker B\nfunction C { engine: lambda }\nWeb -> A\nWeb -> B\nWeb -> C\nMobile -> A\nMobile -> B\nMobile -> C',
            findings: [{ message: 'client Web calls 3 services directly (A, B, C): it must know every address, and authentication, rate limits and API versions are handled again in each service.' }, { message: 'client Mobile calls 3 services directly (A, B, C): it must know every address, and authentication, rate limits and API versions are handled again in each service.' }]
        },
        {
            name: 'a lower threshold in the options',
            design: 'client App\nservice Users\nservice Feed\nApp -> Users\nApp -> Feed',
            options: { minServices: 2 },
            findings: [{ message: 'client App calls 2 services directly (Users, Feed): it must know every address, and authentication, rate limits and API versions are handled again in each service.' }]
        }
    ]
});

describe('micro/no-gateway: related locations', () => {
    it('points at the client and each service it calls', async () => {
        const [finding] = await runRule(rule, `client App\n${SERVICES}\nApp -> Users\nApp -> Feed\nApp -> Posts`);
        expect(finding.element).to.equal(undefined);
        expect(finding.related?.map((related) => related.message)).to.deep.equal([
            'client App calls them', 'service Users is called directly by App', 'service Feed is called directly by App', 'service Posts is called directly by App'
        ]);
    });
});
