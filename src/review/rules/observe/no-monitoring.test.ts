import { testRule } from '../../../../test/helpers/rule-tester.js';
import rule from './no-monitoring.js';

const TARGET = 'requirements { availability: 99.9% }\n';

testRule(rule, {
    valid: [
        { name: 'regression (round 33): Application Insights drawn as where the logs go still monitors the code reporting to it', design: 'requirements { availability: 99.9% }\nservice Api\nlogging Insights { engine: application_insights }\nApi -> Insights { uses: telemetry }' },
        { name: 'regression: stated service level objectives are measured on indicators (operations slo)', design: 'requirements { availability: 99.9% }\nservice Api\noperations { slo: true }' },
        { name: 'stated dashboards show metrics (operations dashboards)', design: 'requirements { availability: 99.9% }\nservice Api\noperations { dashboards: grafana }' },
        { name: 'regression: a sample not for production is not asked to run a monitoring stack', design: 'requirements { availability: 99.9%, purpose: sample }\nservice Api\nworker Jobs\nApi -> Jobs' },
        { name: 'a monitoring component', design: `${TARGET}service Api\nmonitoring M { engine: cloudwatch }` },
        { name: 'the hosting platform\'s own metrics, drawn without an engine', design: `${TARGET}service Api\nservice Worker\nApi -> Worker\nmonitoring PlatformMetrics "the cluster's system metrics, collected by the provider"` },
        { name: 'monitoring the source names but does not describe (out of scope)', design: `${TARGET}service Api\nmonitoring Limits "per-database limits, monitored" { out_of_scope: true }` },
        { name: 'a tracing backend beside a metrics product', design: `${TARGET}service Api\nmonitoring Traces { engine: jaeger }\nmonitoring Metrics { engine: cloud_monitoring }` },
        { name: 'regression: on-call engineers are paged, the tool is not named', design: `${TARGET}service Api\nworker Jobs\noperations { on_call: true }` },
        { name: 'regression: the design states that alerts fire', design: 'service Chat\nservice Media\noperations { alerts: true }' },
        { name: 'no services at all', design: `${TARGET}client U\nstorage Files { engine: s3 }\nU -> Files : https` },
        { name: 'a design silent on how it is run', design: 'requirements { peak_rps: 10k }\nclient U\nservice Feed\ndatabase Posts\nU -> Feed -> Posts' }
    ],
    invalid: [
        {
            name: 'a log store that could also hold metrics (CloudWatch Logs) measures nothing on its own',
            design: 'requirements { availability: 99.9% }\nservice Api\nlogging Logs { engine: cloudwatch }\nApi -> Logs { uses: telemetry }',
            findings: [{ severity: 'warning', message: 'Design T has 1 service and no monitoring: failures and saturation go unseen until users report them.' }]
        },
        {
            name: 'regression: a tracing backend alone is not metrics monitoring (Zipkin)',
            design: `${TARGET}service Orders\nservice Kitchen\nOrders -> Kitchen\nmonitoring Traces { engine: zipkin }`,
            findings: [{ messageId: 'tracingOnly', severity: 'warning', message: 'Design T has 2 services and only tracing (Traces), no central logging: traces show where one request spent its time, but nothing watches error rates or saturation, so failures go unseen until users report them.' }]
        },
        {
            name: 'services without monitoring, with logs',
            design: 'service Api\nworker Jobs\nlogging Logs',
            findings: [{ message: 'Design T has 2 services and no monitoring: failures and saturation go unseen until users report them.', severity: 'warning' }]
        },
        {
            name: 'an availability target and no monitoring (the first draft)',
            design: `${TARGET}client U\nservice Web\nU -> Web`,
            findings: [{ message: 'Design T has 1 service and no monitoring or central logging: failures and saturation go unseen until users report them.' }]
        },
        {
            name: 'a deployment block says the design is run',
            design: 'client U\nfunction Resize { engine: lambda }\nU -> Resize\ndeployment { pipeline: github_actions }',
            findings: [{ message: 'Design T has 1 service and no monitoring or central logging: failures and saturation go unseen until users report them.' }]
        },
        {
            name: 'a fleet with neither metrics nor logs gets one observability finding that names both',
            design: `${TARGET}service A\nservice B\nservice C\nA -> B -> C`,
            findings: [{ message: 'Design T has 3 services and no monitoring or central logging: failures and saturation go unseen until users report them.' }]
        }
    ]
});
