import { expect } from 'chai';
import { runRule, testRule } from '../../../../test/helpers/rule-tester.js';
import rule from './stateful-replicas.js';

const FRONT = 'client U\nloadbalancer Lb { engine: alb }\n';

testRule(rule, {
    valid: [
        { name: 'regression (field corpus): instances that relay each call to the owner of its key place the state on purpose', design: 'client Apps\nloadbalancer Lb\nservice Pooler { replicas: 3, stateless: false }\nApps -> Lb -> Pooler : sql\nPooler -> Pooler : sql { routing: shard }' },
        { name: 'regression (round 31): every call reaches the instance owning its key through a sharding front end', design: 'client App\ngateway Front { replicas: many }\nservice Worker { replicas: many, stateless: false }\nApp -> Front : https\nFront -> Worker "to the owner of the user\'s shard" { routing: consistent_hash }' },
        { name: 'regression: a leader with followers on standby spreads no request over them (standby: true)', design: 'client U\ngateway Gw { replicas: 2 }\nservice Scheduler { replicas: 3, stateless: false, standby: true }\nU -> Gw -> Scheduler' },
        // A chat edge: each client's socket and subscriptions live on the instance it connected to, and a hub pushes to that instance.
        { name: 'state held for WebSocket connections', design: 'client App\nloadbalancer Lb\nservice Edge { replicas: 4, stateless: false }\nservice Hub\nApp -> Lb -> Edge : wss\nHub -> Edge : grpc { routing: subscribers }' },
        { name: 'regression: WebSockets through a load balancer, and a bus between its own instances', design: 'client App\nloadbalancer Lb\nservice Chat { replicas: 1000, stateless: false }\nqueue Bus { engine: kafka }\nApp -> Lb : wss\nLb -> Chat "stateful connection"\nChat -> Bus : writes\nBus -> Chat' },
        { name: 'persistent connections stated without a WebSocket protocol', design: 'client App\nservice Edge { replicas: 4, stateless: false }\nApp -> Edge : tcp { persistent: true }' },
        { name: 'sticky sessions in front of stateless replicas', design: 'client U\nloadbalancer Lb { sticky_sessions: true }\nservice Api { replicas: 3, stateless: true }\nU -> Lb -> Api' },
        { name: 'sticky sessions in front of one instance', design: 'client U\nloadbalancer Lb { sticky_sessions: true }\nservice Api\nU -> Lb -> Api' },
        { name: 'stateless replicas', design: `${FRONT}service Api { replicas: 3, stateless: true }\nU -> Lb -> Api` },
        { name: 'stateless not stated', design: `${FRONT}service Api { replicas: 3 }\nU -> Lb -> Api` },
        { name: 'a single stateful instance', design: `${FRONT}service Api { stateless: false }\nU -> Lb -> Api` },
        { name: 'one replica stated explicitly', design: `${FRONT}service Api { replicas: 1, stateless: false }\nU -> Lb -> Api` },
        { name: 'a stateful worker (not a service or gateway)', design: 'queue Q { engine: sqs }\nworker W { replicas: 3, stateless: false }\nQ -> W' }
    ],
    invalid: [
        {
            name: 'a WebSocket edge that also serves plain requests',
            design: 'client App\nloadbalancer Lb\nservice Edge { replicas: 4, stateless: false }\nApp -> Lb -> Edge : wss\nApp -> Edge : https',
            findings: [{ element: 'Edge', message: 'service Edge runs 4 replicas but keeps client state in them (stateless: false): a request that reaches another instance misses that state, and a crash, deploy or scale-in loses it.' }]
        },
        {
            name: 'a queue consumed but fed by someone else still spreads messages over the instances',
            design: 'client App\nloadbalancer Lb\nservice Chat { replicas: 4, stateless: false }\nservice Other\nqueue Jobs { engine: kafka }\nApp -> Lb : wss\nLb -> Chat\nOther -> Jobs : writes\nJobs -> Chat',
            findings: [{ element: 'Chat', message: 'service Chat runs 4 replicas but keeps client state in them (stateless: false): a request that reaches another instance misses that state, and a crash, deploy or scale-in loses it.' }]
        },
        {
            name: 'sticky sessions in front: the instances hold the sessions',
            design: 'client U\nloadbalancer Lb { sticky_sessions: true }\nservice Web { replicas: 2 }\nU -> Lb -> Web : http',
            findings: [{ element: 'Web', messageId: 'sticky', severity: 'warning', message: 'service Web runs 2 replicas behind loadbalancer Lb with sticky sessions, which pin each client to the instance holding its session: when that instance crashes, is redeployed or scaled in, its clients\' sessions are lost with it, and the pinning leaves the load uneven. Where does the session state live?' }]
        },
        {
            name: 'stateful replicas',
            design: `${FRONT}service Api { replicas: 3, stateless: false }\nU -> Lb -> Api`,
            findings: [{ element: 'Api', messageId: 'stateful', severity: 'warning', message: 'service Api runs 3 replicas but keeps client state in them (stateless: false): a request that reaches another instance misses that state, and a crash, deploy or scale-in loses it.' }]
        },
        {
            name: 'a stateful autoscaled service',
            design: `${FRONT}service Api { autoscale: { min: 1, max: 8 }, stateless: false }\nU -> Lb -> Api`,
            findings: [{ element: 'Api', message: 'service Api autoscales up to 8 instances but keeps client state in them (stateless: false): a request that reaches another instance misses that state, and a crash, deploy or scale-in loses it.' }]
        },
        {
            name: 'a stateful gateway',
            design: 'client U\ngateway Gw { replicas: 2, stateless: false }\nU -> Gw',
            findings: [{ element: 'Gw', message: 'gateway Gw runs 2 replicas but keeps client state in them (stateless: false): a request that reaches another instance misses that state, and a crash, deploy or scale-in loses it.' }]
        },
        {
            name: 'sticky sessions do not keep the state alive',
            design: 'client U\nloadbalancer Lb { engine: alb, sticky_sessions: true }\nservice Api { replicas: 2, stateless: false }\nU -> Lb -> Api',
            findings: [{ element: 'Api', message: 'service Api runs 2 replicas but keeps client state in them (stateless: false): a request that reaches another instance misses that state, and a crash, deploy or scale-in loses it.' }]
        }
    ]
});

describe('scale/stateful-replicas quick fix', () => {
    it('sets stateless: true on the service', async () => {
        const [finding] = await runRule(rule, `${FRONT}service Api { replicas: 3, stateless: false }\nU -> Lb -> Api`);
        expect(finding.fix).to.deep.include({ kind: 'set-properties', properties: [{ key: 'stateless', value: 'true' }] });
    });
});
