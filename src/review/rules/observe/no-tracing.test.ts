import { testRule } from '../../../../test/helpers/rule-tester.js';
import rule from './no-tracing.js';

const THREE_SERVICES = 'client U\nservice Web { replicas: 2 }\nservice Orders { replicas: 2 }\nservice Payments { replicas: 2 }\n';
const CHAIN_OF_THREE = `${THREE_SERVICES}U -> Web -> Orders -> Payments\n`;

/** A chain of `length` services, as generated designs have them. */
function longChain(length: number): string {
    const names = Array.from({ length }, (_, index) => `S${index}`);
    return ['client U', ...names.map((name) => `service ${name}`), `U -> ${names.join(' -> ')}`].join('\n');
}

/** `size` services that all call one another: a dense cycle. */
function tangle(size: number): string {
    const names = Array.from({ length: size }, (_, index) => `S${index}`);
    const calls = names.flatMap((source) => names.filter((target) => target !== source).map((target) => `${source} -> ${target}`));
    return ['client U', ...names.map((name) => `service ${name}`), `U -> ${names[0]}`, ...calls].join('\n');
}

testRule(rule, {
    valid: [
        { name: 'round 36: a call into a managed workflow engine starts an execution and ends the chain', design: 'client U\nfunction Console { engine: lambda }\nworker Flow { engine: step_functions }\nservice Deploy\nU -> Console : https\nConsole -> Flow "kick off the pipeline"\nFlow -> Deploy : https' },
        { name: 'round 35: hops between a released product\'s own parts are the vendor\'s to trace', design: 'client U\nservice Relay { product: "Relay" }\nservice Web { product: "Sentry" }\nservice Vroom { product: "Vroom" }\nU -> Relay : https\nRelay -> Web : http\nWeb -> Vroom : http' },
        { name: 'regression: an administrator\'s ssh through a jump box is not a request hop (the request path is two tiers)', design: 'client Web\nclient Admins\nloadbalancer Gw { public: true }\nservice Front { replicas: 2 }\nservice Back { replicas: 2 }\nservice Jumpbox { public: true }\ndatabase Db\nWeb -> Gw : https\nGw -> Front : http\nFront -> Back : http\nBack -> Db : reads, writes\nAdmins -> Jumpbox "ssh from safe-listed IPs"\nJumpbox -> Front "ssh (port 22)"\nJumpbox -> Back "ssh (port 22)"' },
        { name: 'tracing declared', design: `${CHAIN_OF_THREE}operations { tracing: opentelemetry }` },
        { name: 'an APM product traces requests', design: `${CHAIN_OF_THREE}operations { apm: datadog }` },
        { name: 'regression: a tracing backend deployed beside the application by its own manifests (drawn, out of scope)', design: `${CHAIN_OF_THREE}monitoring Traces "tracing add-on" { engine: zipkin, out_of_scope: true }` },
        { name: 'a drawn tracing backend', design: `${CHAIN_OF_THREE}monitoring Traces { engine: xray }` },
        { name: 'an out-of-scope application in front of a proxy and a pooler: two hops of the design (regression: infrastructure hops asked to be traced)', design: 'client U\nservice App { out_of_scope: true }\nservice Proxy\nservice Pooler\ndatabase Db\nU -> App -> Proxy -> Pooler -> Db' },
        { name: 'two services and a store', design: 'client U\nservice Web\nservice Orders\ndatabase Db\nU -> Web -> Orders -> Db' },
        {
            name: 'a queue ends the chain',
            design: 'client U\nservice Web\nservice Orders\nqueue Events { engine: kafka }\nworker Billing\nservice Ledger\nU -> Web -> Orders -> Events\nEvents -> Billing -> Ledger'
        },
        {
            name: 'a load balancer fanning out to several services ends the chain',
            design: `${THREE_SERVICES}service Search\nloadbalancer Internal { engine: nlb }\nU -> Web -> Internal -> Orders -> Payments\nInternal -> Search`
        },
        { name: 'regression (field corpus, round 27): a job submission ends the chain (the job runs on after the call returns)', design: `${THREE_SERVICES}U -> Web -> Orders\nOrders -> Payments : http "job submission"` },
        { name: 'a call made only in the background is no hop of a request', design: `${THREE_SERVICES}U -> Web -> Orders\nOrders -> Payments : http { phase: background }` },
        { name: 'an asynchronous call ends the chain', design: `${THREE_SERVICES}U -> Web -> Orders\nOrders -> Payments : async` },
        { name: 'below a raised threshold', design: CHAIN_OF_THREE, options: { minServices: 4 } },
        { name: 'every hop runs in a service mesh, whose proxies measure each call', design: `client U\nnetwork Pods { mesh: linkerd\n  service Web\n  service Orders\n  service Payments\n}\nU -> Web -> Orders -> Payments` }
    ],
    invalid: [
        {
            name: 'round 36: the same call into the team\'s own worker continues the chain',
            design: 'client U\nfunction Console { engine: lambda }\nworker Flow\nservice Deploy\nU -> Console : https\nConsole -> Flow : https "kick off the pipeline"\nFlow -> Deploy : https',
            findings: [{ severity: 'info', message: 'A request crosses 3 services synchronously (Console -> Flow -> Deploy) and the design declares no tracing: when it is slow or fails, nothing shows which hop is to blame.' }]
        },
        {
            name: 'round 35: the same chain of the team\'s own services is asked',
            design: 'client U\nservice Relay\nservice Web\nservice Vroom\nU -> Relay : https\nRelay -> Web : http\nWeb -> Vroom : http',
            findings: [{ severity: 'info', message: 'A request crosses 3 services synchronously (Relay -> Web -> Vroom) and the design declares no tracing: when it is slow or fails, nothing shows which hop is to blame.' }]
        },
        {
            name: 'a mesh around part of the chain does not measure the hops outside it',
            design: 'client U\nservice Web\nnetwork Pods { mesh: istio\n  service Orders\n  service Payments\n}\nU -> Web -> Orders -> Payments',
            findings: [{ severity: 'info', message: 'A request crosses 3 services synchronously (Web -> Orders -> Payments) and the design declares no tracing: when it is slow or fails, nothing shows which hop is to blame.' }]
        },
        {
            name: 'three services in a row',
            design: CHAIN_OF_THREE,
            findings: [{ severity: 'info', messageId: 'noTracing', message: 'A request crosses 3 services synchronously (Web -> Orders -> Payments) and the design declares no tracing: when it is slow or fails, nothing shows which hop is to blame.' }]
        },
        {
            name: 'an internal load balancer does not break the chain',
            design: `${THREE_SERVICES}loadbalancer Internal { engine: nlb }\nU -> Web -> Internal -> Orders -> Payments`,
            findings: [{ message: 'A request crosses 3 services synchronously (Web -> Orders -> Payments) and the design declares no tracing: when it is slow or fails, nothing shows which hop is to blame.' }]
        },
        {
            name: 'services calling one another in a cycle',
            design: `${THREE_SERVICES}U -> Web -> Orders -> Payments -> Web`,
            findings: [{ message: 'A request crosses 3 services synchronously (Web -> Orders -> Payments) and the design declares no tracing: when it is slow or fails, nothing shows which hop is to blame.' }]
        },
        {
            name: 'the longest of several chains, not starting at a client',
            design: 'client U\nservice Api\nservice Search\nqueue Jobs { engine: sqs }\nworker Importer\nfunction Parse { engine: lambda }\nservice Catalog\nservice Pricing\nU -> Api -> Search\nApi -> Jobs\nJobs -> Importer -> Parse -> Catalog -> Pricing',
            findings: [{ message: 'A request crosses 4 services synchronously (Importer -> Parse -> Catalog -> Pricing) and the design declares no tracing: when it is slow or fails, nothing shows which hop is to blame.' }]
        },
        {
            name: 'testing.apm covers test runs only',
            design: `${CHAIN_OF_THREE}testing { apm: true }\noperations { tracing: false }`,
            findings: [{ message: 'A request crosses 3 services synchronously (Web -> Orders -> Payments) and the design declares no tracing: when it is slow or fails, nothing shows which hop is to blame.' }]
        },
        {
            name: 'a threshold lowered to two',
            design: 'client U\nservice Web\nservice Orders\nU -> Web -> Orders',
            options: { minServices: 2 },
            findings: [{ message: 'A request crosses 2 services synchronously (Web -> Orders) and the design declares no tracing: when it is slow or fails, nothing shows which hop is to blame.' }]
        },
        {
            name: 'a chain of 2,000 services (no deep recursion, a shortened message)',
            design: longChain(2000),
            findings: [{ message: 'A request crosses 2000 services synchronously (S0 -> S1 -> S2 -> … -> S1998 -> S1999) and the design declares no tracing: when it is slow or fails, nothing shows which hop is to blame.' }]
        },
        {
            name: '40 services that all call one another (linear in the connections, not in the paths)',
            design: tangle(40),
            findings: [{ message: 'A request crosses 40 services synchronously (S0 -> S1 -> S2 -> … -> S38 -> S39) and the design declares no tracing: when it is slow or fails, nothing shows which hop is to blame.' }]
        }
    ]
});
