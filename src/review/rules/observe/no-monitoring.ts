import { defineRule } from '../../rule.js';
import { describesOperation } from '../../helpers/operations-scope.js';
import { inScope } from '../../../model/out-of-scope.js';
import { alertsStated, collectsLogs, collectsMetrics, isTracingBackend, monitorsOf } from '../../helpers/telemetry.js';
import { namesOf } from '../../helpers/wording.js';
import type { Design } from '../../../model/design.js';

export default defineRule({
    meta: {
        id: 'observe/no-monitoring',
        section: 'observability',
        practice: true,
        severity: 'warning',
        description: 'The design runs services and says how it is operated, but has no monitoring component that collects metrics (a tracing backend alone does not).',
        rationale: 'Without metrics nobody sees a failing dependency, a saturated database or a slow endpoint until users complain, and nobody can tell whether an availability target is met. A metrics system (Prometheus, CloudWatch, Datadog) with dashboards is the first thing an on-call engineer opens.',
        question: 'Which metrics tell you that {design} is failing or saturating before its users do?',
        messages: {
            missing: 'Design {name} has {services} and no monitoring{logs}: failures and saturation go unseen until users report them.',
            tracingOnly: 'Design {name} has {services} and only tracing ({tracers}){noLogs}: traces show where one request spent its time, but nothing watches error rates or saturation, so failures go unseen until users report them.'
        },
        fix: 'Adds `monitoring Metrics { engine: prometheus, alerts: pagerduty }`.',
        references: ['AWS Well-Architected REL06-BP01 Monitor all components for the workload', 'AWS Well-Architected REL11-BP01 Monitor all components of the workload to detect failures'],
        quality: {
            grouping: 'One design-wide finding listing nothing per service: one monitoring system settles it for every service; missing central logging is named in the same finding rather than raised apart.',
            basis: 'Uses no figure: it counts the services and reads whether a `monitoring` component exists, and whether its engine is a tracing backend (engine fact `signals`).',
            unknowns: 'A design that says nothing about how it is run (no availability target, no deployment, operations or testing block, no monitoring or logging component) describes its structure only and is not asked; a design that states an availability target has promised something only metrics can show. Stated alerts or on-call paging (`operations`) say the system is watched, even when the tool is not named. Components the design draws but does not describe (`out_of_scope: true`) are not judged, counted or listed; a design stating it is not for production (`requirements { purpose: demo | sample | benchmark | poc | teaching }`) is not judged: running a monitoring stack is an operational practice outside such a design\'s scope.',
            severity: 'Warning: a system run to a target with no metrics is a gap every reviewer raises; on the 37-design tuning corpus the 5 findings left were raised (a talk silent on operations is not judged, a platform\'s own metrics count once the design draws them as a monitoring component, even out of scope, and stated alerting or on-call paging counts as monitoring). On 55 designs: 4 findings, 3 raised and one noise (a storage paper silent on operations tooling); the finding now also names missing central logging, which observe/no-central-logging leaves to it. On 85 designs (round 14): 7 findings, 4 raised, 1 wrong, 2 noise; stated SLOs or dashboards (`operations { slo, dashboards }`) now count as monitoring (a notification design whose source defines SLOs and SLIs, one wrong finding fewer). The wrong one left is a rendering write-up that quotes measured percentiles, which no property says.'
        },
        decisions: [
            'A design stating it is not for production (`requirements { purpose: demo }`, sample, benchmark, poc, teaching) is not judged: the rule judges a missing operational practice (`meta.practice`).',
            'Services, workers and functions count as services; a design of only stores and clients is not flagged.',
            'A hosting platform\'s own metrics collection counts when the design draws it as a `monitoring` component, with or without an engine.',
            'A `logging` component whose engine is an application performance monitoring product (its `signals` fact includes `apm`: Azure Application Insights, Datadog) monitors the code that reports to it, whichever kind the design draws it as; a log store that can also hold metrics (CloudWatch, Azure Monitor) measures nothing unless something sends it metrics, so it does not count (field corpus, round 33: a telehealth design sending every service\'s telemetry to Application Insights was called unmonitored).',
            'A tracing backend (an engine whose `signals` fact is traces only: Zipkin, Jaeger, X-Ray) is not metrics monitoring: a design whose only monitoring components are tracing backends is flagged, naming them.',
            'A design that states alerts or an on-call rotation (`operations { alerts: true }` or `on_call`) is monitored, whether or not it draws the tool: an alert fires on a watched signal, and an on-call engineer is woken by one.',
            'A design that states service level objectives or dashboards (`operations { slo: true }` or `dashboards`) is measured, whether or not it draws the tool: an SLO is tracked on indicators, and a dashboard shows metrics. Whether anyone is paged on them is `observe/no-alerting`\'s question once a monitoring component is drawn.',
            'When nothing gathers the logs either (no `logging` component, no monitoring product that collects logs), the finding says so: metrics and logs are one observability decision, and observe/no-central-logging leaves such a design to this finding.',
            'Judged only when the design says something about how it is run: an availability target, a `deployment`, `operations` or `testing` block, or a `logging` component. A design silent on all of them (a talk about one algorithm) is not asked.'
        ],
        examples: {
            flagged: 'requirements { availability: 99.9% }\nservice Api',
            fixed: 'requirements { availability: 99.9% }\nservice Api\nmonitoring Metrics { engine: prometheus, alerts: pagerduty }'
        }
    },
    check({ design, index, report }) {
        const services = inScope(index.ofKind('service', 'worker', 'function'));
        const monitors = monitorsOf(index);
        if (services.length === 0 || monitors.some(collectsMetrics) || alertsStated(design) || measuresStated(design) || !describesOperation(design, index)) {
            return;
        }
        const tracers = monitors.filter(isTracingBackend);
        report({
            on: design,
            messageId: tracers.length > 0 ? 'tracingOnly' : 'missing',
            data: { name: design.name, services: services.length === 1 ? '1 service' : `${services.length} services`, tracers: namesOf(tracers), logs: collectsLogs(index) ? '' : ' or central logging', noLogs: collectsLogs(index) ? '' : ', no central logging' },
            fix: {
                kind: 'add-component',
                title: 'Add a monitoring component',
                component: { kind: 'monitoring', name: 'Metrics', properties: [{ key: 'engine', value: 'prometheus' }, { key: 'alerts', value: 'pagerduty' }] },
                from: []
            }
        });
    }
});

/**
 * The design states service level objectives or dashboards (`operations {
 * slo: true }`, `dashboards: grafana`): an SLO is measured on indicators and a
 * dashboard shows metrics, so something collects them even where the source
 * names no tool to draw.
 */
function measuresStated(design: Design): boolean {
    const operations = design.settings.operations?.properties;
    return operations !== undefined && (operations.enabled('slo') || operations.enabled('dashboards'));
}
