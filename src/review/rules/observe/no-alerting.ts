import { defineRule } from '../../rule.js';
import { describe } from '../../../model/component-facts.js';
import { alertsStated, collectsMetrics } from '../../helpers/telemetry.js';
import { inScope } from '../../../model/out-of-scope.js';
import type { Design } from '../../../model/design.js';
import { carriesAlerts } from '../../helpers/connection-words.js';


export default defineRule({
    meta: {
        id: 'observe/no-alerting',
        section: 'observability',
        practice: true,
        severity: 'warning',
        description: 'The design has monitoring but nothing declares alerts.',
        rationale: 'Metrics and dashboards only help when someone looks at them. Alerts turn a breached threshold (error rate, latency, saturation, a full disk) into a page to the person on call, so an outage at 3 a.m. is found in minutes rather than by users in the morning.',
        question: 'Who gets paged when {element} sees errors or latency climb, and at which thresholds?',
        messages: {
            noAlerts: '{what} collects metrics but nothing declares alerts: a failure shows on a dashboard nobody is watching, and users find it first.'
        },
        fix: 'Sets `alerts: pagerduty` on the monitoring component.',
        references: ['AWS Well-Architected REL06-BP03 Send notifications with real-time processing and alarming', 'AWS Well-Architected OPS06-BP01 Create actionable alerts'],
        quality: {
            grouping: 'One finding per design, on the first metrics monitoring component (where the fix sets `alerts`), with the other metrics monitoring components as related locations: alerts declared anywhere settle it.',
            basis: 'Uses no figure: it reads `alerts` on the monitoring components (stated, or the engine fact of a product that alerts out of the box, such as Instana), `operations.alerts` / `operations.on_call`, and the engine fact `signals` that marks a tracing backend.',
            unknowns: 'A design without metrics monitoring is `observe/no-monitoring`\'s concern; any stated alert destination, alert flag or on-call rotation counts; a product able to alert (CloudWatch, Azure Monitor) is not assumed to have alert rules; monitoring drawn `out_of_scope` is not judged.',
            severity: 'Warning: metrics nobody is paged from are a gap a reviewer raises (on the 31-design tuning corpus 10 of 11 findings were raised; the eleventh is a benchmark\'s trace recorder, where the benchmark makes alerts moot). On 55 designs, 7 findings, all raised: two wrong ones read transcriptions that left an alerting system unnamed (Nagios, Zenoss); the Nagios engine now says it alerts, and the designs state what their sources name. On 85 designs (round 14): 10 findings, all raised; a metrics collector that hands its alerts to an alert manager over a drawn connection (`Metrics -> AlertManager "alerts"`) is no longer asked (one wrong finding fewer).'
        },
        decisions: [
            'Alerts are declared by `alerts` on any monitoring component, by `operations.alerts`, or by `operations.on_call` (an on-call rotation is paged by alerts).',
            'A monitoring engine whose catalogue entry says `alerts: true` (a product that opens incidents and notifies out of the box, such as Instana, or a check-and-notify system such as Nagios) counts as declaring alerts; `alerts: false` on the component overrides it.',
            '`alerts: false` or `alerts: none` declares none.',
            'One finding per design, on the first monitoring component: alerts set on any one of them addresses it.',
            'A design without monitoring is `observe/no-monitoring`\'s concern, not this rule\'s.',
            'A connection whose label says it carries alerts or alarms (`Metrics -> AlertManager "alerts"`, an alerting service publishing "alert events" to the workers that notify) states where alerts go: alerting is drawn, and nothing is reported, whichever component sends them (round 20: a monitoring system\'s own alerting service, drawn as a service, was not counted).',
            'A monitoring component whose engine collects traces only (Zipkin, Jaeger, X-Ray: engine fact `signals`) is a tracing backend, not metrics monitoring: it is not judged, and a design whose only monitoring is tracing has no metrics to alert on (`observe/no-monitoring` asks about that).',
            'A product that can alert (CloudWatch alarms, Azure Monitor alert rules, Cloud Monitoring alerting policies, Prometheus with Alertmanager) does not alert until someone writes the rules: only a stated `alerts` (or an engine that alerts out of the box, `alerts: true`) counts. When the source says alarms exist, the design states `alerts`.'
        ],
        examples: {
            flagged: 'client U\nservice Api { replicas: 2 }\nmonitoring Metrics { engine: prometheus }\nU -> Api',
            fixed: 'client U\nservice Api { replicas: 2 }\nmonitoring Metrics { engine: prometheus, alerts: pagerduty }\nU -> Api'
        }
    },
    check({ design, index, report }) {
        // A tracing backend watches no error rate or saturation: nothing on it to alert on.
        // Monitoring drawn but not described (`out_of_scope`) is not judged either.
        const monitors = inScope(index.ofKind('monitoring')).filter(collectsMetrics);
        const first = monitors[0];
        if (first === undefined || monitors.some((monitor) => monitor.properties.enabled('alerts')) || drawsAlerting(design) || alertsStated(design)) {
            return;
        }
        report({
            on: first,
            messageId: 'noAlerts',
            data: { what: describe(first) },
            related: monitors.slice(1).map((monitor) => ({ on: monitor, message: `${describe(monitor)}: no alerts either` })),
            fix: { kind: 'set-properties', title: `Page the on-call engineer from ${first.name}`, target: first, properties: [{ key: 'alerts', value: 'pagerduty' }] }
        });
    }
});

/**
 * The design draws its alerts flowing somewhere (`Metrics -> AlertManager
 * "alerts"`, `Monitor -> PagerDuty "alarms"`, an alerting service that
 * publishes "alert events" to the workers that notify): alerting is stated
 * even where no monitoring component carries an `alerts` property.
 */
function drawsAlerting(design: Design): boolean {
    return design.connections.some(carriesAlerts);
}
