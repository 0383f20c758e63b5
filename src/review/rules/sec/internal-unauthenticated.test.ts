import { testRule } from '../../../../test/helpers/rule-tester.js';
import rule from './internal-unauthenticated.js';

testRule(rule, {
    valid: [
        { name: 'round 36: a call into a managed workflow engine starts an execution through the provider\'s API, whatever its label', design: 'network app {\n  worker Loader { engine: step_functions }\n  worker Scan { engine: step_functions }\n}\nLoader -> Scan "start when the load completes"' },
        { name: 'regression (round 33): two parts of one released product authenticate each other as their vendor wrote it', design: 'client U\nnetwork Net {\n  exposure: private\n  gateway Edge { auth: oauth2 }\n  service Front { product: "Penpot" }\n  service Exporter { product: "Penpot" }\n}\nU -> Edge : https\nEdge -> Front : http\nFront -> Exporter : http' },
        { name: 'a design that draws no network does not say what can reach its services (regression: scaling write-ups and local demos asked about service identity)', design: 'client U\nloadbalancer Lb { auth: session }\nservice Web\nservice Feed\nU -> Lb : https\nLb -> Web : http\nWeb -> Feed : http' },
        { name: 'regression: a call to a sidecar on the caller\'s own node never reaches the network', design: 'network batch {\n  worker Stamp { replicas: 4 }\n  service Signer { replicas: 4 }\n  Stamp -> Signer : http { colocated: true }\n}' },
        { name: 'mutual TLS on the link', design: 'service A\nservice B\nA -> B { protocol: grpcs, auth: mtls }' },
        { name: 'the target authenticates every caller', design: 'service A\nservice B { auth: jwt }\nA -> B : https' },
        { name: 'links to stores and external systems', design: 'service A\ndatabase Db\nexternal Stripe\nA -> Db\nA -> Stripe' },
        { name: 'a load balancer forwarding to a service', design: 'client U\nloadbalancer Lb\nservice A { auth: jwt }\nU -> Lb -> A' },
        { name: 'a managed function, invoked through the provider\'s API', design: 'gateway Gw { engine: api_gateway, auth: oauth2 }\nfunction Fn { engine: lambda }\nservice Api\nGw -> Fn\nApi -> Fn' },
        { name: 'regression (round 30): a managed job\'s run started through the provider\'s API (Glue StartJobRun)', design: 'network app {\n  function Trigger { engine: lambda }\n  worker Etl { engine: glue }\n}\nstorage Out { engine: s3 }\nTrigger -> Etl : https "start job run"\nEtl -> Out : writes' },
        { name: 'a client calling a service (the entry point rule\'s concern)', design: 'client U\nservice A\nU -> A' },
        { name: 'a gateway routing client requests to its services (regression: the entry point rule\'s concern)', design: 'client U\ngateway Edge { auth: oauth2 }\nservice Checkout\nU -> Edge : https\nEdge -> Checkout : grpcs' },
        { name: 'auth on the network covers the calls inside it', design: 'network core {\n  auth: mtls\n  service A\n  service B\n  A -> B : grpcs\n}' },
        { name: 'a service mesh authenticates every call inside its network', design: 'network core {\n  mesh: istio\n  service A\n  service B\n  worker W\n  A -> B : http\n  W -> B : http\n}' },
        { name: 'nothing authenticates anyone and the entry is open: left to sec/unauthenticated-entrypoint (regression: a copy of the missing authentication)', design: 'client U\ngateway Web\nservice Cart\nservice Catalogue\nU -> Web : http\nWeb -> Cart : http\nCart -> Catalogue : http' },
        { name: 'a design that says nothing about security (a source about something else)', design: 'service A\nservice B\nA -> B' },
        { name: 'a default-deny network lets only the declared caller reach each service (regression: network policies per service)', design: 'network ns {\n  policy: default_deny\n  service Orders\n  service Payment\n  service Users\n  Orders -> Payment : http\n  Orders -> Users : http\n}' },
        { name: 'a caller outside the default-deny network is one of the declared callers', design: 'network edge {\n  exposure: public\n  service Front { auth: session }\n}\nnetwork ns {\n  policy: default_deny\n  service Orders\n}\nFront -> Orders : http' },
        { name: 'regression: calls through the open front door of an open entry point are the entry point\'s concern', design: 'client U\nservice Site { auth: session }\ngateway PayApi { public: true }\nfunction Charge\nfunction Collect\nfunction Refund\nU -> Site : https\nU -> PayApi : https\nPayApi -> Charge : https\nCollect -> PayApi : https\nRefund -> PayApi : https' },
        { name: 'regression: workers handing mail to their own SMTP relay, which only calls the outside', design: 'client U\nservice Site { auth: session }\nworker Mailer\nservice Relay\nexternal Inboxes\nqueue Jobs { engine: sqs }\nU -> Site : https\nSite -> Jobs\nJobs -> Mailer\nMailer -> Relay : smtp\nRelay -> Inboxes : smtp' },
        { name: 'the target is already open to clients (regression: a copy of the open entry point)', design: 'client U\ngateway Edge\nservice Site { auth: session }\nservice Prices { auth: none }\nU -> Edge : https\nU -> Site : https\nEdge -> Prices : http\nSite -> Prices : https, reads' }
    ],
    invalid: [
        {
            name: 'round 36: the same call into a managed job service that does not say it starts a run reaches the job\'s code',
            design: 'network app {\n  worker Loader { engine: step_functions }\n  worker Scan { engine: glue }\n}\nLoader -> Scan "start when the load completes"',
            findings: [{ element: 'Loader->Scan', severity: 'info', message: 'Loader calls Scan without authenticating: anything that can reach Scan on the network can act as Loader.' }]
        },
        {
            name: 'a product calling the team\'s own service is judged',
            design: 'client U\nnetwork Net {\n  exposure: private\n  gateway Edge { auth: oauth2 }\n  service Front { product: "Penpot" }\n  service Exporter\n}\nU -> Edge : https\nEdge -> Front : http\nFront -> Exporter : http',
            findings: [{ element: 'Front->Exporter', severity: 'info', message: 'Front calls Exporter without authenticating: anything that can reach Exporter on the network can act as Front.' }]
        },
        {
            name: 'a call into a managed worker that does not say it starts a run reaches the worker\'s own code',
            design: 'network app {\n  service Api\n  worker Etl { engine: glue }\n}\nApi -> Etl : http "push rows"',
            findings: [{ element: 'Api->Etl', message: 'Api calls Etl without authenticating: anything that can reach Etl on the network can act as Api.' }]
        },
        {
            name: 'an open network policy answers nothing',
            design: 'network ns {\n  policy: open\n  service Orders\n  service Payment\n  Orders -> Payment : http\n}',
            findings: [{ element: 'Orders->Payment', message: 'Orders calls Payment without authenticating: anything that can reach Payment on the network can act as Orders.' }]
        },
        {
            name: 'the sidecar\'s node mate is authenticated, but a call from another node is judged',
            design: 'network batch {\n  worker Stamp { replicas: 4 }\n  worker Audit\n  service Signer { replicas: 4 }\n  Stamp -> Signer : http { colocated: true }\n  Audit -> Signer : http\n}',
            findings: [{ element: 'Audit->Signer', message: 'Audit calls Signer without authenticating: anything that can reach Signer on the network can act as Audit.' }]
        },
        {
            name: 'two services with no authentication between them',
            design: 'network app {\n  service Orders\n  service Payments\n}\nOrders -> Payments : grpcs',
            findings: [{ element: 'Orders->Payments', severity: 'info', message: 'Orders calls Payments without authenticating: anything that can reach Payments on the network can act as Orders.' }]
        },
        {
            name: 'a self-run function is called like any service',
            design: 'network app {\n  service Api\n  function Resize { engine: openfaas }\n}\nApi -> Resize : https',
            findings: [{ element: 'Api->Resize', message: 'Api calls Resize without authenticating: anything that can reach Resize on the network can act as Api.' }]
        },
        {
            name: 'auth: none between a worker and a function',
            design: 'worker W\nfunction F\nW -> F { auth: none }',
            findings: [{ element: 'W->F', message: 'W calls F without authenticating: anything that can reach F on the network can act as W.' }]
        },
        {
            name: 'calls between services are one decision, reported once on their network (regression: one copy per call)',
            design: 'network cluster {\n  service Orders\n  service Payment\n  service Users\n  Orders -> Payment : http\n  Orders -> Users : http\n  Payment -> Users : http\n}',
            findings: [{
                element: 'cluster',
                severity: 'info',
                message: 'Services call each other without authenticating on 3 connections inside network cluster: anything that can reach them on the network can act as a legitimate caller. One decision settles them all: mutual TLS, a service mesh or workload identity for the network.'
            }]
        },
        {
            name: 'a call that opts out of the network\'s authentication',
            design: 'network core {\n  auth: mtls\n  service A\n  service B\n  A -> B { auth: none }\n}',
            findings: [{ element: 'A->B', message: 'A calls B without authenticating: anything that can reach B on the network can act as A.' }]
        },
        {
            name: 'least privilege claimed but no authentication',
            design: 'network app {\n  service A\n  service B\n}\nA -> B\nsecurity {\n  least_privilege: true\n}',
            findings: [{ element: 'A->B', message: 'A calls B without authenticating: anything that can reach B on the network can act as A.' }]
        }
    ]
});
