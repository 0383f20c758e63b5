import { expect } from 'chai';
import { runRule, testRule } from '../../../../test/helpers/rule-tester.js';
import rule from './sync-cycle.js';

const CONSEQUENCE = 'does one request go round it? If so, a slow or failing service stalls every other one in it, requests can loop until they time out, and none of them can be deployed or scaled on its own. A call made off any request (a refresh) can say `phase: background`, a delivery to subscribers (a webhook, a push) `routing: subscribers`.';

/** `service S0` … `service S{n-1}`, each with two replicas. */
function services(count: number): string[] {
    return Array.from({ length: count }, (_, i) => `service S${i} { replicas: 2 }`);
}

testRule(rule, {
    valid: [
        { name: 'regression (round 33): a service handing a request to its peers in the other regions is no self-call', design: 'service Dispatcher { replicas: many }\nDispatcher -> Dispatcher : http "publish to peers in the other data centres" { crosses_region: true }' },
        { name: 'regression (round 33): the call graph of a released product\'s own parts is its vendor\'s', design: 'service Front { product: "Penpot" }\nservice Exporter { product: "Penpot" }\nFront -> Exporter : http\nExporter -> Front : http' },
        // An edge tier subscribes to topics on a hub, and the hub pushes each new item to the edges that subscribed: two flows, not one request in a loop.
        { name: 'a subscription and the deliveries it asks for', design: 'service Edge { replicas: 2 }\nservice Hub { replicas: 2 }\nEdge -> Hub : grpc "subscribe"\nHub -> Edge : grpc "push" { routing: subscribers }' },
        { name: 'regression (field corpus): a pooler relaying a call once to the node that owns its key is no self-call', design: 'client Apps\nservice Pooler { replicas: 3 }\ndatabase Db { engine: postgres }\nApps -> Pooler : sql\nPooler -> Pooler : sql "relay to the owner of the tenant\'s pool" { routing: shard }\nPooler -> Db : sql' },
        // The core submits a job and returns; the running job later reports its status back to the core: two flows, not one request.
        { name: 'regression (field corpus, round 27): a job submission and the job\'s later calls back', design: 'service Core { replicas: 2 }\nservice Jobs { replicas: 2 }\nCore -> Jobs : http "job submission"\nJobs -> Core : http "status hooks"' },
        { name: 'regression (field corpus, round 27): a function starting a workflow execution that later calls it again', design: 'function Starter\nworker Ingest { engine: step_functions }\nStarter -> Ingest "StartExecution (S3 event)"\nIngest -> Starter "process execute"' },
        { name: 'regression (field corpus, round 28): a scheduler that triggers a job the job later reports back to', design: 'service Scheduler { replicas: 2 }\nservice Job { replicas: 2 }\nScheduler -> Job : http "trigger"\nJob -> Scheduler : http "report the run"' },
        { name: 'a chain without a cycle', design: 'service A\nservice B\nservice C\nA -> B -> C : grpcs' },
        { name: 'a diamond: two paths to one service are not a cycle', design: 'service A\nservice B\nservice C\nservice D\nA -> B\nA -> C\nB -> D\nC -> D' },
        { name: 'one direction asynchronous', design: 'service A\nservice B\nA -> B : grpcs\nB -> A : async' },
        { name: 'the way back goes through a queue', design: 'service A\nservice B\nqueue Q { engine: sqs }\nA -> B : grpcs\nB -> Q\nQ -> A' },
        { name: 'calls over an asynchronous protocol', design: 'service A\nservice B\nA -> B : grpcs\nB -> A : kafka' },
        { name: 'through a shared gateway, which fans out to every backend', design: 'gateway Gw { replicas: 2 }\nservice A\nservice B\nGw -> A\nGw -> B\nA -> Gw\nB -> Gw' },
        { name: 'two services sharing a store', design: 'service A\nservice B\ndatabase Db\nA -> Db\nB -> Db\nA -> B' },
        { name: 'load balancers that forward to each other in a loop', design: 'service A\nloadbalancer L1\nloadbalancer L2\nA -> L1 -> L2 -> L1' },
        { name: 'a gateway that fans out to several services, called back by one of them', design: 'gateway Gw { replicas: 2 }\nservice A\nservice B\nA -> Gw\nGw -> A\nGw -> B' },
        { name: 'regression: a subscriber registers with a hub, and the hub calls it back in the background', design: 'service Hub { replicas: 2 }\nservice Subscriber\nSubscriber -> Hub : https "register a callback"\nHub -> Subscriber : https { phase: background }' },
        { name: 'a call made only at start-up does not close a cycle', design: 'service Settings\nservice Api\nApi -> Settings : https { phase: startup }\nSettings -> Api : https' }
    ],
    invalid: [
        {
            name: 'a cycle through the team\'s own service is judged, whatever else it passes through',
            design: 'service Front { product: "Penpot" }\nservice Exporter\nFront -> Exporter : http\nExporter -> Front : http',
            findings: [{ element: 'Front->Exporter', severity: 'info', message: 'Synchronous calls form a cycle Front -> Exporter -> Front: does one request go round it? If so, a slow or failing service stalls every other one in it, requests can loop until they time out, and none of them can be deployed or scaled on its own. A call made off any request (a refresh) can say `phase: background`, a delivery to subscribers (a webhook, a push) `routing: subscribers`.' }]
        },
        {
            name: 'a self-call spread round-robin is still a self-call',
            design: 'service Worker { replicas: 3 }\nWorker -> Worker : grpc { routing: round_robin }',
            findings: [{ element: 'Worker->Worker', severity: 'warning', messageId: 'selfCall', message: 'service Worker calls itself synchronously (Worker->Worker): every request waits on another request to the same service, and under load its instances exhaust each other\'s threads.' }]
        },
        {
            name: 'two services calling each other',
            design: 'service Orders\nservice Stock\nOrders -> Stock : grpcs\nStock -> Orders : grpcs',
            findings: [{ element: 'Orders->Stock', messageId: 'cycle', severity: 'info', message: `Synchronous calls form a cycle Orders -> Stock -> Orders: ${CONSEQUENCE}` }]
        },
        {
            name: 'a call that asks about a job, rather than starting one, still waits on the callee',
            design: 'service Core\nservice Jobs\nCore -> Jobs : http "job status"\nJobs -> Core : http "status hooks"',
            findings: [{ element: 'Core->Jobs', messageId: 'cycle', severity: 'info', message: `Synchronous calls form a cycle Core -> Jobs -> Core: ${CONSEQUENCE}` }]
        },
        {
            name: 'a service calling itself',
            design: 'service Api\nApi -> Api : https',
            findings: [{ element: 'Api->Api', messageId: 'selfCall', severity: 'warning', message: 'service Api calls itself synchronously (Api->Api): every request waits on another request to the same service, and under load its instances exhaust each other\'s threads.' }]
        },
        {
            name: 'a cycle of three, reported on its first-declared connection',
            design: 'service A\nservice B\nservice C\nB -> C\nC -> A\nA -> B',
            findings: [{ element: 'B->C', message: `Synchronous calls form a cycle B -> C -> A -> B: ${CONSEQUENCE}` }]
        },
        {
            name: 'workers and functions count as services',
            design: 'worker W\nfunction F { engine: lambda }\nW -> F : https\nF -> W : https',
            findings: [{ element: 'W->F', message: 'Synchronous calls form a cycle W -> F -> W: does one request go round it? If so, a slow or failing service stalls every other one in it, requests can loop until they time out, and none of them can be deployed or scaled on its own. A call made off any request (a refresh) can say `phase: background`, a delivery to subscribers (a webhook, a push) `routing: subscribers`.' }]
        },
        {
            name: 'a knot with more services than its shortest cycle',
            design: 'service A\nservice B\nservice C\nA -> B\nB -> A\nB -> C\nC -> A',
            findings: [{ element: 'A->B', messageId: 'knot', message: `Synchronous calls form a cycle A -> B -> A, in a knot of 3 services that all reach each other (A, B, C): ${CONSEQUENCE}` }]
        },
        {
            name: 'several separate cycles, one finding each (callees first)',
            design: 'service A\nservice B\nservice C\nservice D\nservice E\nA -> B\nB -> A\nB -> C\nC -> D\nD -> E\nE -> C',
            findings: [{ element: 'C->D', message: 'Synchronous calls form a cycle C -> D -> E -> C: does one request go round it? If so, a slow or failing service stalls every other one in it, requests can loop until they time out, and none of them can be deployed or scaled on its own. A call made off any request (a refresh) can say `phase: background`, a delivery to subscribers (a webhook, a push) `routing: subscribers`.' }, { element: 'A->B', message: 'Synchronous calls form a cycle A -> B -> A: does one request go round it? If so, a slow or failing service stalls every other one in it, requests can loop until they time out, and none of them can be deployed or scaled on its own. A call made off any request (a refresh) can say `phase: background`, a delivery to subscribers (a webhook, a push) `routing: subscribers`.' }]
        },
        {
            name: 'a self-call inside a larger knot is reported on its own',
            design: 'service A\nservice B\nA -> A\nA -> B\nB -> A',
            findings: [{ element: 'A->A', messageId: 'selfCall', message: 'service A calls itself synchronously (A->A): every request waits on another request to the same service, and under load its instances exhaust each other\'s threads.' }, { element: 'A->B', messageId: 'cycle', message: 'Synchronous calls form a cycle A -> B -> A: does one request go round it? If so, a slow or failing service stalls every other one in it, requests can loop until they time out, and none of them can be deployed or scaled on its own. A call made off any request (a refresh) can say `phase: background`, a delivery to subscribers (a webhook, a push) `routing: subscribers`.' }]
        },
        {
            name: 'through load balancers dedicated to one service each',
            design: 'service A\nservice B\nloadbalancer ALb { engine: alb }\nloadbalancer BLb { engine: alb }\nA -> BLb -> B : https\nB -> ALb -> A : https',
            findings: [{ element: 'A->BLb', message: 'Synchronous calls form a cycle A -> B -> A: does one request go round it? If so, a slow or failing service stalls every other one in it, requests can loop until they time out, and none of them can be deployed or scaled on its own. A call made off any request (a refresh) can say `phase: background`, a delivery to subscribers (a webhook, a push) `routing: subscribers`.' }]
        },
        {
            name: 'a service calling its own load balancer',
            design: 'client U\nloadbalancer Lb { engine: alb }\nservice Api\nU -> Lb -> Api\nApi -> Lb',
            findings: [{ element: 'Api->Lb', messageId: 'selfCall', message: 'service Api calls itself synchronously (Api->Lb): every request waits on another request to the same service, and under load its instances exhaust each other\'s threads.' }]
        },
        {
            name: 'a cycle inside one connection statement and its reverse',
            design: 'service A\nservice B\nservice C\nA -> B -> C\nC -> B',
            findings: [{ element: 'B->C', message: 'Synchronous calls form a cycle B -> C -> B: does one request go round it? If so, a slow or failing service stalls every other one in it, requests can loop until they time out, and none of them can be deployed or scaled on its own. A call made off any request (a refresh) can say `phase: background`, a delivery to subscribers (a webhook, a push) `routing: subscribers`.' }]
        }
    ]
});

describe('micro/sync-cycle: related locations and large designs', () => {
    it('points at the other connections of the cycle and the rest of the knot', async () => {
        const [finding] = await runRule(rule, 'service A\nservice B\nservice C\nservice D\nA -> B\nB -> C\nC -> A\nC -> D\nD -> B');
        expect(finding.element).to.equal('A->B');
        expect(finding.related?.map((related) => related.message)).to.deep.equal([
            'B->C: part of the cycle',
            'C->A: part of the cycle',
            'service D is caught in the same knot of synchronous calls'
        ]);
    });

    it('finds a ring of 2,000 services and shortens its name', async function () {
        this.timeout(120_000);
        const ring = Array.from({ length: 2000 }, (_, i) => `S${i} -> S${(i + 1) % 2000} : grpcs`);
        const findings = await runRule(rule, [...services(2000), ...ring].join('\n'));
        expect(findings).to.have.length(1);
        expect(findings[0].element).to.equal('S0->S1');
        expect(findings[0].message).to.equal(`Synchronous calls form a cycle S0 -> S1 -> S2 -> S3 -> S4 -> S5 -> … -> S0: ${CONSEQUENCE}`);
        expect(findings[0].related).to.have.length(25);
    });

    it('finds 500 separate two-service cycles among 2,000 services', async function () {
        this.timeout(120_000);
        const pairs = Array.from({ length: 500 }, (_, i) => `S${2 * i} -> S${2 * i + 1}\nS${2 * i + 1} -> S${2 * i}`);
        const calls = Array.from({ length: 1000 }, (_, i) => `S${i} -> S${i + 1000}`);
        const findings = await runRule(rule, [...services(2000), ...pairs, ...calls].join('\n'));
        expect(findings).to.have.length(500);
        expect(findings.every((finding) => finding.messageId === 'cycle')).to.equal(true);
    });

    it('does not flag a chain of 2,000 services', async function () {
        this.timeout(120_000);
        const chain = Array.from({ length: 1999 }, (_, i) => `S${i} -> S${i + 1}`);
        expect(await runRule(rule, [...services(2000), ...chain].join('\n'))).to.deep.equal([]);
    });
});
