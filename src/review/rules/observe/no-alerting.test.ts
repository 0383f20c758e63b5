import { testRule } from '../../../../test/helpers/rule-tester.js';
import rule from './no-alerting.js';

const SERVICE = 'client U\nservice Api { replicas: 2 }\nU -> Api\n';

testRule(rule, {
    valid: [
        { name: 'regression (field corpus, round 20): an alerting service drawn as a service publishes the alert events that workers notify on', design: 'client U\nservice Api { replicas: 2 }\nmonitoring Metrics { engine: prometheus }\nservice Alerting\nqueue AlertEvents { engine: kafka }\nworker Notifier\nU -> Api\nApi -> Metrics\nAlerting -> Metrics : reads\nAlerting -> AlertEvents : writes "alert events"\nAlertEvents -> Notifier' },
        { name: 'regression: Nagios notifies its contacts on every failed check (an engine fact)', design: `${SERVICE}monitoring Checks { engine: nagios }` },
        // Round 22: a design monitored with Zabbix, Opsview and AlertSite was asked for alerts it had.
        { name: 'regression: Zabbix, Opsview and AlertSite alert by what they are (engine facts)', design: `${SERVICE}monitoring Zabbix { engine: zabbix }\nmonitoring Opsview { engine: opsview }\nmonitoring Synthetic { engine: alertsite }` },
        { name: 'alerts on the monitoring component', design: `${SERVICE}monitoring Metrics { engine: prometheus, alerts: [pagerduty, slack] }` },
        { name: 'alerts on one of two monitoring components', design: `${SERVICE}monitoring Metrics { engine: prometheus }\nmonitoring Dashboards { engine: grafana, alerts: true }` },
        { name: 'alerts in the operations block', design: `${SERVICE}monitoring Metrics { engine: prometheus }\noperations { alerts: opsgenie }` },
        { name: 'an on-call rotation is paged by alerts', design: `${SERVICE}monitoring Metrics { engine: cloudwatch }\noperations { on_call: pagerduty }` },
        { name: 'no monitoring at all (observe/no-monitoring\'s concern)', design: SERVICE },
        { name: 'regression: a monitoring product that alerts out of the box (engine fact)', design: `${SERVICE}monitoring Apm { engine: instana }` },
        { name: 'regression: a tracing backend keeps no metrics to alert on (Zipkin)', design: `${SERVICE}monitoring Traces { engine: zipkin }` },
        { name: 'alarms the source states are written as alerts on a product that can alert (CloudWatch)', design: `${SERVICE}monitoring Watch { engine: cloudwatch, alerts: true }` },
        { name: 'regression: the metrics collector hands its alerts to an alert manager over a drawn connection', design: `${SERVICE}monitoring Metrics "Metrics Collector"\nmonitoring AlertManager "Alert Manager (rules, notify)"\nMetrics -> AlertManager "alerts"` },
        { name: 'monitoring drawn but not described (out of scope)', design: `${SERVICE}monitoring Metrics { out_of_scope: true }` }
    ],
    invalid: [
        {
            name: 'a connection from the monitor that carries no alerts (dashboards) says nothing of alerting',
            design: `${SERVICE}monitoring Metrics { engine: prometheus }\nmonitoring Dashboards { engine: grafana }\nMetrics -> Dashboards "metrics queries"`,
            findings: [{ element: 'Metrics', message: 'monitoring Metrics collects metrics but nothing declares alerts: a failure shows on a dashboard nobody is watching, and users find it first.' }]
        },
        {
            name: 'monitoring without alerts',
            design: `${SERVICE}monitoring Metrics { engine: prometheus }`,
            findings: [{ element: 'Metrics', severity: 'warning', messageId: 'noAlerts', message: 'monitoring Metrics collects metrics but nothing declares alerts: a failure shows on a dashboard nobody is watching, and users find it first.' }]
        },
        {
            name: 'a product that can alert does not alert until someone writes the rules (Azure Monitor)',
            design: `${SERVICE}monitoring Insights { engine: azure_monitor }`,
            findings: [{ element: 'Insights', message: 'monitoring Insights collects metrics but nothing declares alerts: a failure shows on a dashboard nobody is watching, and users find it first.' }]
        },
        {
            name: 'a tracing backend beside metrics: the metrics are judged, the tracing backend is not listed',
            design: `${SERVICE}monitoring Traces { engine: jaeger }\nmonitoring Metrics { engine: prometheus }`,
            findings: [{ element: 'Metrics', message: 'monitoring Metrics collects metrics but nothing declares alerts: a failure shows on a dashboard nobody is watching, and users find it first.' }]
        },
        {
            name: 'alerts switched off',
            design: `${SERVICE}monitoring Metrics { engine: prometheus, alerts: false }\noperations { alerts: none }`,
            findings: [{ element: 'Metrics', message: 'monitoring Metrics collects metrics but nothing declares alerts: a failure shows on a dashboard nobody is watching, and users find it first.' }]
        },
        {
            name: 'alerts: false on the component wins over the engine fact',
            design: `${SERVICE}monitoring Apm { engine: instana, alerts: false }`,
            findings: [{ element: 'Apm', message: 'monitoring Apm collects metrics but nothing declares alerts: a failure shows on a dashboard nobody is watching, and users find it first.' }]
        },
        {
            name: 'two monitoring components without alerts: one finding, on the first',
            design: `${SERVICE}monitoring Metrics { engine: prometheus }\nmonitoring Dashboards { engine: grafana }\noperations { runbooks: true }`,
            findings: [{ element: 'Metrics', message: 'monitoring Metrics collects metrics but nothing declares alerts: a failure shows on a dashboard nobody is watching, and users find it first.' }]
        }
    ]
});
