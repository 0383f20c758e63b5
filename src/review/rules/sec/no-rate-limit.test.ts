import { testRule } from '../../../../test/helpers/rule-tester.js';
import rule from './no-rate-limit.js';

testRule(rule, {
    valid: [
        { name: 'regression: a web UI drawn in front of the gateway that limits rates is not an unlimited entry (every operation passes the gateway)', design: 'client U\nservice Ui\ngateway Gw { auth: jwt, rate_limit: true }\nservice Api\ndatabase Db { data: [pii] }\nU -> Ui : https\nUi -> Gw : https\nGw -> Api : http\nApi -> Db : sql' },
        { name: 'regression: a jump box administrators reach by ssh is no entry point that needs a rate limit', design: 'client Web\nclient Admins\nloadbalancer Gw { public: true, rate_limit: true }\nservice Front { replicas: 2 }\nservice Jumpbox { public: true }\nWeb -> Gw : https\nGw -> Front : http\nAdmins -> Jumpbox "ssh from safe-listed IPs"\nJumpbox -> Front "ssh (port 22)"' },
        // Round 24: a self-hosted chat server whose Redis is "primarily our rate-limiting system" was told it has no rate limit.
        { name: 'regression: a service that keeps its rate-limit counters in a store it draws limits its callers itself', design: 'client U\nservice Chat { auth: session }\ndatabase Redis { engine: redis }\nU -> Chat : https\nChat -> Redis : redis, reads, writes "rate-limiting and other short-term data"' },
        { name: 'regression: a load balancer whose description says it blocks bots', design: 'client U\nloadbalancer Lb { description: "bot blocking; balancing on cookies" }\nservice Web\nU -> Lb : https\nLb -> Web : http' },
        { name: 'a load balancer on the way limits (the URL shortener)', design: 'client U\ncdn Edge { engine: cloudfront }\nloadbalancer Lb { engine: alb, rate_limit: 1k }\nservice Api\nU -> Edge -> Lb -> Api' },
        { name: 'the service limits each caller', design: 'client U\nservice Api { rate_limit: { rps: 100, per: client } }\nU -> Api' },
        { name: 'a gateway limits', design: 'client U\ngateway Gw { rate_limit: true }\nservice Api\nU -> Gw -> Api' },
        { name: 'a service behind a limited service', design: 'client U\nservice Web { rate_limit: 50 }\nservice Api\nU -> Web -> Api' },
        { name: 'no client', design: 'service A\nservice B\nA -> B' },
        { name: 'a per-caller limit on a throttling gateway', design: 'client U\ngateway Api { engine: api_gateway, rate_limit: { rps: 50, per: api_key } }\nfunction Book { engine: lambda }\nU -> Api : https\nApi -> Book : https' },
        { name: 'a design that says nothing about security (regression: a talk about timelines)', design: 'client Apps\nloadbalancer Lbs\nservice Write\nservice Read\nApps -> Lbs\nLbs -> Write\nLbs -> Read' }
    ],
    invalid: [
        { name: 'a description that says no rate limit is in place does not count', design: 'client U\nloadbalancer Lb { description: "no rate limiting yet" }\nservice Web\nU -> Lb : https\nLb -> Web : http', findings: [{ element: 'Web', message: 'service Web takes requests from clients with no rate limit on it or in front of it: one noisy or hostile caller can exhaust it, and everything behind it, for every user.' }] },
        // Round 25: the Guardian's fronts tool, drawn out of scope, was listed among the services with no rate limit.
        { name: 'regression: an entry service the design draws without describing (out_of_scope) is left out', design: 'client U\nservice Api { auth: jwt }\nservice Tool { out_of_scope: true }\nU -> Api : https\nU -> Tool : https', findings: [{ element: 'Api', message: 'service Api takes requests from clients with no rate limit on it or in front of it: one noisy or hostile caller can exhaust it, and everything behind it, for every user.' }] },
        { name: 'a store link whose words say there is no rate limiting does not count', design: 'client U\nservice Chat { auth: session }\ndatabase Redis { engine: redis }\nU -> Chat : https\nChat -> Redis : redis "sessions; no rate limiting"', findings: [{ element: 'Chat', message: 'service Chat takes requests from clients with no rate limit on it or in front of it: one noisy or hostile caller can exhaust it, and everything behind it, for every user.' }] },
        { name: 'a stated rate_limit: false wins over the words', design: 'client U\nloadbalancer Lb { rate_limit: false, description: "throttling planned" }\nservice Web\nU -> Lb : https\nLb -> Web : http', findings: [{ element: 'Web', message: 'service Web takes requests from clients with no rate limit on it or in front of it: one noisy or hostile caller can exhaust it, and everything behind it, for every user.' }] },
        {
            name: 'regression: a managed gateway\'s shared default throttle is a question about per-caller limits, not a warning',
            design: 'client U { auth: jwt }\ngateway Api { engine: api_gateway }\nfunction Orders { engine: lambda }\nfunction Carts { engine: lambda }\nU -> Api : https\nApi -> Orders : https\nApi -> Carts : https',
            findings: [{ element: 'Api', severity: 'info', messageId: 'sharedQuotaAtEdge', message: 'gateway Api throttles its 2 services by default with one quota for every caller: a flood is capped, but can one noisy or hostile caller use the quota up and have everyone else refused? A per-caller limit (`rate_limit` with `per`) settles it.' }]
        },
        {
            name: 'one function behind a CDN and a throttling gateway: the question names the gateway',
            design: 'client U\ncdn Edge { engine: cloudfront }\ngateway Api { engine: api_gateway }\nfunction Book { engine: lambda }\nU -> Edge : https\nEdge -> Api : https\nApi -> Book : https',
            findings: [{ element: 'Book', severity: 'info', messageId: 'sharedQuota', message: 'function Book is behind gateway Api, whose default throttle is one quota for every caller: a flood is capped, but can one noisy or hostile caller use the quota up and have everyone else refused? A per-caller limit (`rate_limit` with `per`) settles it.' }]
        },
        {
            name: 'a path around the throttling gateway is still a warning',
            design: 'client U\ngateway Api { engine: api_gateway }\nfunction Book { engine: lambda }\nservice Admin\nU -> Api : https\nApi -> Book : https\nU -> Admin : https',
            findings: [
                { element: 'Book', severity: 'info', message: 'function Book is behind gateway Api, whose default throttle is one quota for every caller: a flood is capped, but can one noisy or hostile caller use the quota up and have everyone else refused? A per-caller limit (`rate_limit` with `per`) settles it.' },
                { element: 'Admin', severity: 'warning', message: 'service Admin takes requests from clients with no rate limit on it or in front of it: one noisy or hostile caller can exhaust it, and everything behind it, for every user.' }
            ]
        },
        {
            name: 'a service called straight from a client (the first draft)',
            design: 'client Mobile\nservice Web\nMobile -> Web : http',
            findings: [{ element: 'Web', severity: 'warning', message: 'service Web takes requests from clients with no rate limit on it or in front of it: one noisy or hostile caller can exhaust it, and everything behind it, for every user.' }]
        },
        {
            name: 'rate_limit: false does not count',
            design: 'client U\ngateway Gw { rate_limit: false }\nservice Api\nU -> Gw -> Api',
            findings: [{ element: 'Api', message: 'service Api takes requests from clients with no rate limit on it or in front of it: one noisy or hostile caller can exhaust it, and everything behind it, for every user.' }]
        },
        {
            name: 'a path around the limited gateway',
            design: 'client U\ngateway Gw { rate_limit: 100 }\nservice Api\nservice Admin\nU -> Gw -> Api\nU -> Admin',
            findings: [{ element: 'Admin', message: 'service Admin takes requests from clients with no rate limit on it or in front of it: one noisy or hostile caller can exhaust it, and everything behind it, for every user.' }]
        },
        {
            name: 'a function called from a client',
            design: 'client U\nfunction Fn { engine: lambda }\nU -> Fn : https',
            findings: [{ element: 'Fn', message: 'function Fn takes requests from clients with no rate limit on it or in front of it: one noisy or hostile caller can exhaust it, and everything behind it, for every user.' }]
        },
        {
            name: 'services behind one gateway are one decision, reported on the gateway (regression: one copy per service)',
            design: 'client U\ngateway Gw\nservice Orders\nservice Users\nservice Cart\nU -> Gw : https\nGw -> Orders : http\nGw -> Users : http\nGw -> Cart : http',
            findings: [{ element: 'Gw', messageId: 'noRateLimitAtEdge', severity: 'warning', message: 'gateway Gw passes client requests to 3 services with no rate limit on it or on them: one noisy or hostile caller can exhaust them, and everything behind them, for every user.' }]
        },
        {
            name: 'services reached through different entries: one finding for the design',
            design: 'client Web\nclient Mobile\ngateway Bff\nservice Shop\nservice Orders\nWeb -> Shop : https\nMobile -> Bff : https\nBff -> Orders : http',
            findings: [{ messageId: 'noRateLimitMany', message: '2 services take requests from clients with no rate limit on them or in front of them: one noisy or hostile caller can exhaust them, and everything behind them, for every user. One decision settles them all: a per-caller limit at the edge.' }]
        }
    ]
});
