import { testRule } from '../../../../test/helpers/rule-tester.js';
import rule from './no-timeout.js';

const WEB = 'client U\nservice Web { replicas: 2 }\nU -> Web\n';
const HANGS = 'when a callee hangs, its caller waits with every request in flight until it stops answering too. What timeout do service-to-service calls use?';

testRule(rule, {
    valid: [
        { name: 'round 34: a provider\'s product (MediaPackage) calls with the provider\'s own client', design: 'client U\nservice Origin { engine: mediapackage, managed: true, replicas: 2 }\nexternal Secrets\nU -> Origin : https\nOrigin -> Secrets : https' },
        { name: 'regression (round 33): NGINX bounds every proxied call by default (60 s), a store front proxying its API', design: 'client U\nservice Front { engine: nginx, replicas: 2 }\nservice Orders { replicas: 2 }\nU -> Front : https\nFront -> Orders : http "proxy_pass /api"' },
        { name: 'regression (round 32): a released product\'s calls time out as its vendor wrote them (Mastodon\'s federation requests)', design: 'client U\nservice Web { replicas: 2, product: "Mastodon" }\nexternal Remote\nU -> Web\nWeb -> Remote : https "federation"' },
        { name: 'a call to another service with no protocol stated may be in-process: not asked', design: `${WEB}service Api { replicas: 2 }\nWeb -> Api "renders"` },
        { name: 'regression: a health probe\'s call serves no user request', design: `${WEB}service Api { replicas: 2 }\nWeb -> Api : https "readiness probe: GET /health"` },
        { name: 'regression: a call described as a health check', design: `${WEB}service Api { replicas: 2 }\nWeb -> Api : https { description: "health check of the API" }` },
        { name: 'regression: a proxy process on the caller\'s own host (colocated)', design: `${WEB}service Proxy { replicas: 2 }\nWeb -> Proxy : tcp { colocated: true }` },
        { name: 'a call to a connection pooler over sql: the driver\'s timeouts (regression: an infrastructure hop asked for a timeout)', design: `${WEB}service Pooler { replicas: 2 }\ndatabase Db { engine: postgres }\nWeb -> Pooler : sql\nPooler -> Db : sql` },
        { name: 'a relay over smtp: SMTP clients time out every command', design: `${WEB}service Relay\nexternal Inbox\nWeb -> Relay : smtp\nRelay -> Inbox : smtp` },
        { name: 'a scheduled batch with no client: no request waits on a hung call (regression: a rerunnable batch asked for timeouts)', design: 'worker Render\nservice Signer\nexternal Feed\nRender -> Signer : http\nRender -> Feed : https, reads' },
        { name: 'regression: a serverless function\'s call ends at the platform\'s execution limit', design: 'client U\ngateway Api { engine: api_gateway }\nfunction Send\nexternal Mgmt\nU -> Api -> Send\nSend -> Mgmt : https "post to each connection"' },
        { name: 'a timeout on the connection', design: `${WEB}service Orders\nWeb -> Orders : https { timeout: 2s }` },
        { name: 'a caller the design draws but does not describe', design: 'client U\nservice Portal { out_of_scope: true }\nservice Orders { replicas: 2 }\nU -> Portal -> Orders : grpc' },
        { name: 'the caller\'s default timeout', design: 'client U\nservice Web { timeout: 1s }\nservice Orders\nU -> Web -> Orders : https' },
        { name: 'every call breaks on failure, stated once as the design\'s connection default', design: 'defaults {\n  connection { circuit_breaker: true }\n}\nclient U\nservice Web\nservice Orders\nservice Stock\nU -> Web\nWeb -> Orders : http\nOrders -> Stock : http' },
        { name: 'a circuit breaker on the connection', design: `${WEB}service Orders\nWeb -> Orders : https { circuit_breaker: true }` },
        { name: 'the caller\'s circuit breaker', design: 'client U\nservice Web { circuit_breaker: true }\nexternal Pay\nU -> Web -> Pay' },
        { name: 'a call to a store', design: `${WEB}database Db\nWeb -> Db : sql` },
        { name: 'an asynchronous call', design: `${WEB}service Mailer\nWeb -> Mailer : async` },
        { name: 'a gateway is not a caller', design: 'client U\ngateway Edge { engine: kong }\nservice Orders\nU -> Edge -> Orders : https' },
        { name: 'a call with no protocol may be in-process: not known to be remote', design: `${WEB}service Orders\nWeb -> Orders` },
        { name: 'a call made only at start-up', design: `${WEB}service Config\nWeb -> Config : https { phase: startup }` },
        { name: 'regression (round 23): a call made in the background (a warm-up request, a reconcile loop) holds no request', design: `${WEB}service Config\nWeb -> Config : https { phase: background }` },
        { name: 'regression (round 30): a WebSocket subscription is a stream, not a call that returns (a relay subscribing to each host\'s firehose)', design: `${WEB}service Relay { replicas: 2 }\nexternal Hosts\nWeb -> Relay : wss, reads "firehose"\nRelay -> Hosts : wss, reads "subscribeRepos"` },
        { name: 'regression (round 30): a connection stated persistent is held open, not timed per call', design: `${WEB}service Broker { replicas: 2 }\nWeb -> Broker : tcp { persistent: true }` }
    ],
    invalid: [
        {
            name: 'round 34: the team\'s code on a managed platform (App Service) is asked',
            design: 'client U\nservice Web { engine: app_service, managed: true, replicas: 2 }\nexternal Secrets\nU -> Web : https\nWeb -> Secrets : https',
            findings: [{ element: 'Web->Secrets', severity: 'info', message: 'Web->Secrets has no timeout and no circuit breaker: when Secrets hangs, Web waits on it with every request in flight, until Web stops answering too.' }]
        },
        {
            name: 'an Apache HTTP Server service runs application code (mod_php) whose calls its proxy timeout does not bound',
            design: 'client U\nservice Front { engine: apache, replicas: 2 }\nservice Orders { replicas: 2 }\nU -> Front : https\nFront -> Orders : http "proxy_pass /api"',
            findings: [{ element: 'Front->Orders', severity: 'info', message: 'Front->Orders has no timeout and no circuit breaker: when Orders hangs, Front waits on it with every request in flight, until Front stops answering too.' }]
        },
        {
            name: 'a released product configured with timeout: 0 waits forever: its configuration is judged',
            design: 'client U\nservice Web { replicas: 2, product: "Mastodon" }\nexternal Remote\nU -> Web\nWeb -> Remote : https { timeout: 0 }',
            findings: [{ element: 'Web->Remote', severity: 'warning', message: 'Web->Remote has timeout: 0, which waits forever: when Remote hangs, Web waits on it with every request in flight, until Web stops answering too.' }]
        },
        {
            name: 'the same call from the team\'s own service is asked',
            design: 'client U\nservice Web { replicas: 2 }\nexternal Remote\nU -> Web\nWeb -> Remote : https "federation"',
            findings: [{ element: 'Web->Remote', severity: 'info', message: 'Web->Remote has no timeout and no circuit breaker: when Remote hangs, Web waits on it with every request in flight, until Web stops answering too.' }]
        },
        {
            name: 'a function stated to run fixed replicas is judged like a service',
            design: `${WEB}function Resize { replicas: 2 }\nservice Store { replicas: 2 }\nWeb -> Resize : async\nResize -> Store : https`,
            findings: [{ element: 'Resize->Store', message: 'Resize->Store has no timeout and no circuit breaker: when Store hangs, Resize waits on it with every request in flight, until Resize stops answering too.' }]
        },
        {
            name: 'a call to an internal load balancer is a network hop even with no protocol stated',
            design: `${WEB}loadbalancer Ilb\nservice Api { replicas: 2 }\nWeb -> Ilb "calls the API through the ILB"\nIlb -> Api`,
            findings: [{ element: 'Web->Ilb', message: 'Web->Ilb has no timeout and no circuit breaker: when Ilb hangs, Web waits on it with every request in flight, until Web stops answering too.' }]
        },
        {
            name: 'a call carrying health data is a user request, not a health probe',
            design: `${WEB}service Records { replicas: 2 }\nWeb -> Records : https "health records"`,
            findings: [{ element: 'Web->Records', message: 'Web->Records has no timeout and no circuit breaker: when Records hangs, Web waits on it with every request in flight, until Web stops answering too.' }]
        },
        {
            name: 'a WebSocket is not judged, the plain call beside it still is',
            design: `${WEB}service Feed { replicas: 2 }\nservice Orders\nWeb -> Feed : wss\nWeb -> Orders : https`,
            findings: [{ element: 'Web->Orders', message: 'Web->Orders has no timeout and no circuit breaker: when Orders hangs, Web waits on it with every request in flight, until Web stops answering too.' }]
        },
        {
            name: 'one call with no timeout',
            design: `${WEB}service Orders\nWeb -> Orders : grpcs`,
            findings: [{ element: 'Web->Orders', severity: 'info', messageId: 'noTimeout', message: 'Web->Orders has no timeout and no circuit breaker: when Orders hangs, Web waits on it with every request in flight, until Web stops answering too.' }]
        },
        {
            name: 'a third party, even with no protocol',
            design: `${WEB}external Pay\nWeb -> Pay`,
            findings: [{ element: 'Web->Pay', message: 'Web->Pay has no timeout and no circuit breaker: when Pay hangs, Web waits on it with every request in flight, until Web stops answering too.' }]
        },
        {
            name: 'no call states a timeout: one policy question listing them, third parties first',
            design: `${WEB}loadbalancer Internal { engine: nlb }\nservice Orders { replicas: 2 }\nexternal Pay\nqueue Jobs { engine: sqs }\nworker Billing\nfunction Invoice { engine: lambda }\nWeb -> Internal : https\nInternal -> Orders : https\nWeb -> Pay : https\nWeb -> Jobs\nJobs -> Billing\nBilling -> Invoice : https`,
            findings: [{ messageId: 'timeoutPolicy', message: `3 synchronous calls state no timeout and no circuit breaker (Web->Pay, Web->Internal and Billing->Invoice): ${HANGS}` }]
        },
        {
            name: 'the one call without a timeout while the others have one',
            design: `${WEB}service A\nservice B\nservice C\nWeb -> A : https { timeout: 1s }\nWeb -> B : https { timeout: 1s }\nWeb -> C : https`,
            findings: [{ element: 'Web->C', messageId: 'noTimeout', message: 'Web->C has no timeout and no circuit breaker: when C hangs, Web waits on it with every request in flight, until Web stops answering too.' }]
        },
        {
            name: 'timeout: 0 waits forever, even when the caller has a default',
            design: 'client U\nservice Web { timeout: 2s }\nservice Orders\nU -> Web\nWeb -> Orders : https { timeout: 0 }',
            findings: [{ element: 'Web->Orders', severity: 'warning', messageId: 'waitsForever', message: 'Web->Orders has timeout: 0, which waits forever: when Orders hangs, Web waits on it with every request in flight, until Web stops answering too.' }]
        },
        {
            name: 'regression: timeout: 0 on every call is one client default, reported once (a demo\'s fourteen calls gave fourteen warnings)',
            design: 'client U\nservice Web { timeout: 0 }\nservice A { timeout: 0 }\nservice B\nservice C\nU -> Web\nWeb -> A : http\nA -> B : http\nA -> C : http',
            findings: [{ element: undefined, severity: 'warning', messageId: 'waitsForeverPolicy', message: '3 synchronous calls state timeout: 0, which waits forever (Web->A, A->B and A->C): when a callee hangs, its caller waits with every request in flight until it stops answering too. One client setting settles them all: a timeout shorter than the caller\'s own deadline.' }]
        }
    ]
});
