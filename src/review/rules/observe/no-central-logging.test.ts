import { testRule } from '../../../../test/helpers/rule-tester.js';
import rule from './no-central-logging.js';

const SERVICE_AND_WORKER = 'client U\nservice Api { replicas: 2 }\nqueue Jobs { engine: sqs }\nworker Mailer\nservice Billing\nU -> Api -> Jobs\nJobs -> Mailer\nApi -> Billing\nmonitoring Metrics { engine: prometheus }\n';
const RUN = 'requirements { availability: 99.9% }\n';
const MISSING = 'Design T runs 3 services and workers that hand requests and jobs to one another, with no central logging: to follow one failing request someone must search every instance by hand, and the logs of a replaced instance are gone.';

testRule(rule, {
    valid: [
        { name: 'regression: a demo not for production is not asked to ship its logs', design: `requirements { availability: 99.9%, purpose: demo }\n${SERVICE_AND_WORKER}` },
        { name: 'regression: a log stack deployed beside the application by its own manifests (drawn, out of scope)', design: 'service A\nservice B\nworker C\nmonitoring M { engine: prometheus }\nlogging Logs "log collection add-on" { out_of_scope: true }' },
        { name: 'a logging component', design: `${SERVICE_AND_WORKER}logging Logs { engine: loki }` },
        { name: 'the hosting platform\'s own log service, drawn without an engine', design: `${RUN}${SERVICE_AND_WORKER}logging PlatformLogs "the cluster's workload logs, collected by the provider"` },
        { name: 'a monitoring product that also collects logs (an engine fact)', design: `${SERVICE_AND_WORKER}monitoring Observability { engine: datadog }` },
        { name: 'an error tracker that gathers every service\'s errors and logs in one place (Sentry, an engine fact)', design: `${SERVICE_AND_WORKER}monitoring Errors "error reports" { engine: sentry }` },
        { name: 'a dashboard whose title says it gathers logs', design: `${SERVICE_AND_WORKER}monitoring Telemetry "Dashboard of OpenTelemetry logs, metrics and traces" { engine: otel_dashboard }` },
        { name: 'a monitoring component whose description says it gathers logs', design: `${SERVICE_AND_WORKER}monitoring Telemetry { engine: signoz, description: "collects every service's logs over OTLP" }` },
        { name: 'a design silent on how it is run', design: SERVICE_AND_WORKER.replace('monitoring Metrics { engine: prometheus }\n', '') },
        { name: 'one service keeps its logs in one place', design: `${RUN}client U\nservice Api\nU -> Api` },
        { name: 'functions ship their logs to the provider', design: `${RUN}client U\nfunction Upload { engine: lambda }\nfunction Resize { engine: lambda }\nU -> Upload -> Resize` },
        { name: 'below a raised threshold', design: `${RUN}${SERVICE_AND_WORKER}`, options: { minServices: 4 } },
        { name: 'regression: tiers of one application that hand nothing to one another (web, API and image servers each serving their own requests)', design: `${RUN}client U\nservice Web { replicas: 20 }\nservice ApiServers { replicas: 10 }\nservice Scalers { replicas: 5 }\ndatabase Db { replicas: 2, failover: auto }\nU -> Web -> Db\nU -> ApiServers -> Db\nU -> Scalers\nmonitoring Graphs { engine: prometheus }` },
        { name: 'regression: an app tier and the one helper it calls are not a fleet', design: `${RUN}client U\nservice App { replicas: 30 }\nservice Pooler { replicas: 2 }\ndatabase Db { replicas: 2, failover: auto }\nU -> App -> Pooler -> Db\nmonitoring Graphs { engine: prometheus }` },
        { name: 'regression: with no monitoring at all, the logs are part of the monitoring question (observe/no-monitoring)', design: `${RUN}client U\nservice A\nservice B\nservice C\nU -> A -> B -> C` }
    ],
    invalid: [
        {
            name: 'a service and a worker without logging, under an availability target',
            design: `${RUN}${SERVICE_AND_WORKER}`,
            findings: [{ severity: 'warning', messageId: 'missing', message: MISSING }]
        },
        {
            name: 'a monitoring product that keeps only metrics',
            design: SERVICE_AND_WORKER,
            findings: [{ message: MISSING }]
        },
        {
            name: 'a threshold lowered to one service',
            design: `${RUN}client U\nservice Api\nU -> Api\nmonitoring Metrics { engine: prometheus }`,
            options: { minServices: 1 },
            findings: [{ message: 'Design T runs 1 service or worker that hand requests and jobs to one another, with no central logging: to follow one failing request someone must search every instance by hand, and the logs of a replaced instance are gone.' }]
        }
    ]
});
