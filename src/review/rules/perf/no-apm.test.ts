import { testRule } from '../../../../test/helpers/rule-tester.js';
import rule from './no-apm.js';

const THREE = 'client U\nservice A { replicas: 2 }\nworker B { replicas: 2 }\nfunction C { engine: lambda }\nU -> A -> B -> C : https';
const MONITORED = `${THREE}\nmonitoring Metrics { engine: prometheus }`;
const MESSAGE = 'Design T has 3 services that call one another and monitoring, but no APM or tracing: when a request is slow, how do you see which service, query or call spends the time?';

testRule(rule, {
    valid: [
        { name: 'round 34: released products calling a managed API server are not the team\'s code to trace', design: 'client Ops\nservice Api { managed: true }\nworker Sync { product: "Flux" }\nworker Csi { product: "CSI driver" }\nmonitoring M\nOps -> Api : https\nSync -> Api : https\nCsi -> Api : https' },
        { name: 'regression: a jump box whose ssh sessions reach the tiers is not a service a request crosses', design: 'client Web\nclient Admins\nloadbalancer Gw { public: true }\nservice Front { replicas: 2 }\nservice Back { replicas: 2 }\nservice Jumpbox { public: true }\ndatabase Db\nWeb -> Gw : https\nGw -> Front : http\nFront -> Back : http\nBack -> Db : reads, writes\nAdmins -> Jumpbox "ssh from safe-listed IPs"\nJumpbox -> Front "ssh (port 22)"\nJumpbox -> Back "ssh (port 22)"\nmonitoring Metrics { engine: prometheus }' },
        // Round 24: MocoSpace's web tier calling its social-graph server and its mail agent was counted as three services a request crosses.
        { name: 'regression: mail handed to a transfer agent is not a request crossing it', design: 'client U\nservice App { replicas: 10 }\nservice Graph\nservice Mta "PowerMTA mail delivery"\nmonitoring Nagios { engine: nagios }\nU -> App : https\nApp -> Graph\nApp -> Mta : smtp' },
        { name: 'regression: an application tier that calls one helper is one program plus a helper, not a request across services', design: 'client U\nservice App { replicas: 20 }\nservice Uploads { replicas: 2 }\nworker Thumbs\nqueue Jobs { engine: rabbitmq }\nmonitoring Graphs { engine: prometheus }\nU -> App : https\nApp -> Uploads : http\nApp -> Jobs : writes\nJobs -> Thumbs' },
        { name: 'APM in operations', design: `${MONITORED}\noperations { apm: datadog }` },
        { name: 'APM during tests', design: `${MONITORED}\ntesting { apm: true }` },
        { name: 'tracing beside the metrics of a monitoring component is the APM view', design: `${MONITORED}\noperations { tracing: zipkin }` },
        { name: 'no monitoring at all is observe/no-monitoring\'s finding, not a second one', design: THREE },
        { name: 'regression: an APM product drawn as the monitoring component (Application Insights)', design: `${THREE}\nmonitoring Insights { engine: application_insights }` },
        { name: 'a tracing backend drawn beside the metrics is the tracing (X-Ray)', design: `${MONITORED}\nmonitoring Traces { engine: xray }` },
        { name: 'only a tracing backend: no metrics, observe/no-monitoring\'s concern', design: `${THREE}\nmonitoring Traces { engine: zipkin }` },
        { name: 'monitoring drawn but not described (out of scope) may be APM: not asked', design: `${THREE}\nmonitoring Metrics { out_of_scope: true }` },
        { name: 'regression: every function answers its request alone (single-hop functions behind a gateway)', design: 'client U\ngateway Api { engine: api_gateway }\nfunction Books { engine: lambda }\nfunction Carts { engine: lambda }\nfunction Orders { engine: lambda }\ndatabase Tables { engine: dynamodb }\nmonitoring Watch { engine: cloudwatch }\nU -> Api : https\nApi -> Books : https\nApi -> Carts : https\nApi -> Orders : https\nBooks -> Tables : https\nCarts -> Tables : https\nOrders -> Tables : https' },
        { name: 'two services', design: 'client U\nservice A\nservice B\nmonitoring M\nU -> A -> B' },
        { name: 'a higher threshold in the options', design: MONITORED, options: { minServices: 4 } }
    ],
    invalid: [
        {
            name: 'round 34: the same calls between the team\'s own workers and service are asked',
            design: 'client Ops\nservice Api\nworker Sync\nworker Csi\nmonitoring M\nOps -> Api : https\nSync -> Api : https\nCsi -> Api : https',
            findings: [{ severity: 'info', message: 'Design T has 3 services that call one another and monitoring, but no APM or tracing: when a request is slow, how do you see which service, query or call spends the time?' }]
        },
        { name: 'services, workers and functions with host metrics only', design: MONITORED, findings: [{ severity: 'info', message: MESSAGE }] },
        { name: 'APM and tracing turned off', design: `${MONITORED}\noperations { apm: false, tracing: none }`, findings: [{ message: MESSAGE }] },
        { name: 'a lower threshold in the options', design: 'client U\nservice A\nservice B\nmonitoring M\nU -> A -> B', options: { minServices: 2 }, findings: [{ message: 'Design T has 2 services that call one another and monitoring, but no APM or tracing: when a request is slow, how do you see which service, query or call spends the time?' }] }
    ]
});
