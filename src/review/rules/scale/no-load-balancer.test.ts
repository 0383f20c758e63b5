import { expect } from 'chai';
import { runRule, testRule } from '../../../../test/helpers/rule-tester.js';
import rule from './no-load-balancer.js';

testRule(rule, {
    valid: [
        { name: 'regression: a fleet whose count the source leaves unsaid (replicas: many) has its routing left unsaid too', design: 'client U\nservice Web { replicas: 2 }\nloadbalancer Lb { engine: alb }\nservice Tweets { replicas: many }\nU -> Lb -> Web\nWeb -> Tweets : tcp' },
        { name: 'regression: a web tier running a proxy engine forwards to its application servers and spreads the requests', design: 'client U\nloadbalancer Lb { engine: alb }\nservice Web { engine: apache, replicas: 4 }\nservice App { replicas: 8 }\nU -> Lb -> Web -> App : http' },
        { name: 'regression: a monitor polling each instance for its status is observation, not traffic to balance', design: 'client U\nloadbalancer Lb { engine: haproxy, replicas: 2 }\nservice App { replicas: 12 }\nmonitoring Watcher "polls each app server for its load"\nU -> Lb -> App\nWatcher -> App : http' },
        { name: 'regression: a store triggering a worker fleet is no caller to balance', design: 'database Orders { engine: mysql }\nworker Tailers { replicas: 3 }\nqueue Out { engine: sqs }\nOrders -> Tailers\nTailers -> Out : writes' },
        { name: 'regression: clients pick a server through round-robin DNS and reconnect elsewhere', design: 'client Apps\ndns Pick "round-robin DNS over the socket servers"\nservice Sockets { replicas: 40 }\nApps -> Pick\nApps -> Sockets : tcp' },
        { name: 'a caller the design does not describe', design: 'service Legacy { out_of_scope: true }\nservice Api { replicas: 3 }\nLegacy -> Api : https' },
        { name: 'a coordinator that manages each instance itself', design: 'client U\nloadbalancer Lb\nservice Api { replicas: 3 }\ncoordinator Ring\nU -> Lb -> Api : https\nRing -> Api : grpc "rebalance"' },
        // Each tenant's calls go to the one instance that owns it, on purpose: a balancer in front would scatter them.
        { name: 'a caller that picks the instance on a hash ring', design: 'client U\nloadbalancer Lb\nservice Api\nservice Owners { replicas: 4 }\nU -> Lb -> Api : https\nApi -> Owners : grpc { routing: consistent_hash }' },
        { name: 'regression: a query router that sends each query to the pooler of its shard is the balancer', design: 'client U\nloadbalancer Lb\nservice App { replicas: 3 }\nservice Router\nservice Poolers { replicas: 6 }\ndatabase Rows { engine: postgres, shards: 6, shard_key: tenant_id }\nU -> Lb -> App : https\nApp -> Router : sql\nRouter -> Poolers : sql { routing: shard }\nPoolers -> Rows : sql' },
        { name: 'regression: a sidecar on each worker\'s node is called by its own worker only', design: 'queue Jobs { engine: rabbitmq }\nworker Stamp { replicas: 8 }\nservice Signer { replicas: 8 }\nJobs -> Stamp\nStamp -> Signer : http { colocated: true }' },
        { name: 'regression: callers that reach an autoscaled relay cluster through their own pools', design: 'queue Jobs { engine: rabbitmq }\nworker Mailer { replicas: 8 }\nservice Relay { replicas: many, autoscale: {} }\nJobs -> Mailer\nMailer -> Relay : smtp' },
        { name: 'deliveries to the instances that subscribed', design: 'client U\nloadbalancer Lb\nservice Sessions { replicas: 4 }\nservice Feed\nU -> Lb -> Sessions : wss\nFeed -> Sessions : grpc { routing: subscribers }' },
        { name: 'replicas behind a load balancer', design: 'client U\nloadbalancer Lb\nservice Api { replicas: 3 }\nU -> Lb -> Api : https' },
        { name: 'replicas behind a gateway', design: 'client U\ngateway Gw { engine: api_gateway }\nservice Api { replicas: 3 }\nU -> Gw -> Api : https' },
        { name: 'a single instance called directly', design: 'client U\nservice Api\nU -> Api : https' },
        { name: 'one replica stated explicitly', design: 'client U\nservice Api { replicas: 1 }\nU -> Api : https' },
        { name: 'a worker fed by a queue', design: 'service Api\nqueue Q { engine: sqs }\nworker W { replicas: 4 }\nApi -> Q\nQ -> W' },
        { name: 'an asynchronous call', design: 'service Api\nworker W { replicas: 4 }\nApi -> W : async' },
        { name: 'an engine that routes requests itself (Lambda)', design: 'client U\nfunction Fn { engine: lambda, replicas: 3 }\nU -> Fn : https' },
        { name: 'a managed DNS that spreads traffic (Route 53)', design: 'client U\ndns D { engine: route53 }\nservice Api { replicas: 3 }\nU -> D -> Api : https' },
        { name: 'a health-checked DNS', design: 'client U\ndns D { health_check: true }\nservice Api { replicas: 3 }\nU -> D -> Api : https' },
        { name: 'a managed CDN in front (Cloudflare)', design: 'client U\ncdn Edge { engine: cloudflare }\nservice Api { autoscale: { min: 2, max: 10 } }\nU -> Edge -> Api : https' },
        { name: 'data stores are reached by their own clients', design: 'service Api\ndatabase Db { replicas: 3 }\ncache C { replicas: 2 }\nApi -> Db : sql\nApi -> C : redis' },
        { name: 'an autoscaled fleet is routed to by the platform that scales it (regression: Kubernetes Services)', design: 'client Web\nnetwork Cluster {\n  service Front { autoscale: { min: 2, max: 30, metric: cpu } }\n  service Orders { autoscale: { min: 1, max: 10 } }\n  Front -> Orders : http\n}\nWeb -> Front : https' },
        { name: 'a service mesh balances in-network calls', design: 'client U\nloadbalancer Lb\nnetwork Mesh {\n  mesh: linkerd\n  service Api { replicas: 3 }\n  service Orders { replicas: 3 }\n  Api -> Orders : grpc\n}\nU -> Lb -> Api : https' },
        { name: 'a caller that looks instances up in a registry balances on the client side', design: 'client U\nloadbalancer Lb\ncoordinator Registry\nservice Api { replicas: 2 }\nservice Vets { replicas: 3 }\nU -> Lb -> Api : https\nApi -> Registry : http, reads\nApi -> Vets : http' },
        { name: 'the url shortener front', design: 'client Browser\ncdn Edge { engine: cloudfront }\nloadbalancer Lb { engine: alb }\nservice Api { replicas: 3, autoscale: { min: 3, max: 30 } }\nBrowser -> Edge -> Lb -> Api : https' }
    ],
    invalid: [
        {
            name: 'a service (not a monitor) calling the same fleet directly is still flagged',
            design: 'client U\nloadbalancer Lb { engine: haproxy, replicas: 2 }\nservice App { replicas: 12 }\nservice Reporter\nU -> Lb -> App\nReporter -> App : http',
            findings: [{ element: 'App', messageId: 'direct', severity: 'warning', message: 'service App runs 12 replicas, but service Reporter calls it directly, not through a load balancer: nothing spreads the requests over the instances or stops sending them to one that has died.' }]
        },
        {
            name: 'the same sidecar reached from another node (no colocated) is a direct call',
            design: 'queue Jobs { engine: rabbitmq }\nworker Stamp { replicas: 8 }\nservice Signer { replicas: 8 }\nJobs -> Stamp\nStamp -> Signer : http',
            findings: [{ element: 'Signer', messageId: 'direct', severity: 'warning', message: 'service Signer runs 8 replicas, but worker Stamp calls it directly, not through a load balancer: nothing spreads the requests over the instances or stops sending them to one that has died.' }]
        },
        {
            name: 'a client calling replicas directly',
            design: 'client Web\nservice Api { replicas: 3 }\nWeb -> Api : https',
            findings: [{ element: 'Api', messageId: 'direct', severity: 'warning', message: 'service Api runs 3 replicas, but client Web calls it directly, not through a load balancer: nothing spreads the requests over the instances or stops sending them to one that has died.' }]
        },

        {
            name: 'a service called by another service, bypassing the load balancer',
            design: 'client U\nloadbalancer Lb\nservice Api { replicas: 2 }\nservice Orders { replicas: 2 }\nservice Admin\nU -> Lb -> Api : https\nApi -> Orders : grpcs\nAdmin -> Api : https',
            findings: [
                { messageId: 'directMany', message: '2 replicated components (Api and Orders) are called directly, not through a load balancer: nothing spreads the requests over their instances or stops sending them to one that has died. How do callers find and balance over the instances?' }
            ]
        },
        {
            name: 'several callers of a replicated gateway, named once',
            design: 'client Web\nclient Mobile\nexternal Partner\nclient Kiosk\ngateway Gw { engine: envoy, replicas: 2 }\nWeb -> Gw : https\nMobile -> Gw : https\nPartner -> Gw : https\nKiosk -> Gw : https',
            findings: [{ element: 'Gw', message: 'gateway Gw runs 2 replicas, but client Web, client Mobile, external Partner and 1 more call it directly, not through a load balancer: nothing spreads the requests over the instances or stops sending them to one that has died.' }]
        },
        {
            name: 'a DNS without a managed engine or health checks',
            design: 'client U\ndns D\nworker W { replicas: 2 }\nU -> D -> W : https',
            findings: [{ element: 'W', message: 'worker W runs 2 replicas, but dns D calls it directly, not through a load balancer: nothing spreads the requests over the instances or stops sending them to one that has died.' }]
        },
        {
            name: 'fixed replicas in a network with the mesh turned off',
            design: 'client U\nloadbalancer Lb\nnetwork Plain {\n  mesh: false\n  service Api { replicas: 2 }\n  service Orders { replicas: 3 }\n  Api -> Orders : grpc\n}\nU -> Lb -> Api : https',
            findings: [{ element: 'Orders', message: 'service Orders runs 3 replicas, but service Api calls it directly, not through a load balancer: nothing spreads the requests over the instances or stops sending them to one that has died.' }]
        },
        {
            name: 'a function on no managed engine',
            design: 'client U\nfunction Fn { replicas: 2 }\nU -> Fn : https',
            findings: [{ element: 'Fn', message: 'function Fn runs 2 replicas, but client U calls it directly, not through a load balancer: nothing spreads the requests over the instances or stops sending them to one that has died.' }]
        }
    ]
});

describe('scale/no-load-balancer quick fix', () => {
    it('inserts one load balancer in front of every direct caller', async () => {
        const [finding] = await runRule(rule, 'client Web\nclient Mobile\nloadbalancer Lb\nservice Api { replicas: 3 }\nWeb -> Api : https\nMobile -> Api : https\nMobile -> Lb -> Api : https');
        expect(finding.fix?.kind).to.equal('insert-between');
        if (finding.fix?.kind === 'insert-between') {
            expect(finding.fix.component).to.deep.equal({ kind: 'loadbalancer', name: 'ApiLb', properties: [{ key: 'replicas', value: '2' }, { key: 'zones', value: '2' }] });
            expect(finding.fix.connections.map((connection) => connection.id)).to.deep.equal(['Web->Api', 'Mobile->Api']);
        }
        expect(finding.related?.map((related) => related.message)).to.deep.equal(['Web calls Api without a load balancer', 'Mobile calls Api without a load balancer']);
    });
});
