import type { Component } from '../../../model/design.js';
import type { DesignIndex } from '../../../model/design-index.js';
import { defineRule } from '../../rule.js';
import { describe } from '../../../model/component-facts.js';
import { describesOperation } from '../../helpers/operations-scope.js';
import { describedAs } from '../../helpers/stated-in-words.js';
import { inScope } from '../../../model/out-of-scope.js';

interface Options {
    readonly minServices: number;
}

/** A monitoring component whose own words say it gathers logs ("OpenTelemetry logs, metrics, traces"). */
const GATHERS_LOGS = /\blog(s|ging)?\b/i;

export default defineRule<Options>({
    meta: {
        id: 'observe/no-central-logging',
        section: 'observability',
        practice: true,
        severity: 'warning',
        description: 'Two or more services and workers and nothing that gathers their logs in one place.',
        rationale: 'With several services, one user request leaves log lines on several machines. Without a central pipeline and store (Fluentd or Logstash, often Kafka as a buffer, Elasticsearch, Loki or CloudWatch Logs), finding out why a request failed means logging in to each instance and searching by hand, and the logs of an instance that crashed or was scaled away are gone with it.',
        question: 'Where do you search the logs of one failed request in {design}, including those of instances already replaced?',
        messages: {
            missing: 'Design {name} runs {services} with no central logging: to follow one failing request someone must search every instance by hand, and the logs of a replaced instance are gone.'
        },
        options: {
            schema: {
                type: 'object',
                properties: { minServices: { type: 'number', minimum: 1, description: 'Services and workers from which central logging is expected.' } },
                additionalProperties: false
            },
            defaults: { minServices: 2 }
        },
        fix: 'Adds `logging Logs { engine: elasticsearch }`.',
        references: ['AWS Well-Architected REL06-BP01 Monitor all components for the workload', 'AWS Well-Architected SEC04-BP01 Configure service and application logging'],
        quality: {
            grouping: 'One design-wide finding with each service and worker as a related location: one logging pipeline settles it for all of them.',
            basis: 'Uses no figure: it counts services and workers and reads the logging and monitoring components, their engines\' facts and their own words.',
            unknowns: 'A design that says nothing about how it is run is not asked; a monitoring component whose engine collects logs, or whose title or description says it gathers logs, is taken at its word. Components the design draws but does not describe (`out_of_scope: true`) are not judged, counted or listed; a design stating it is not for production (`requirements { purpose: demo | sample | benchmark | poc | teaching }`) is not judged: running a monitoring stack is an operational practice outside such a design\'s scope.',
            severity: 'Warning: several services with nowhere to search their logs is a gap a reviewer raises (on the field corpus two of three findings were raised; the third is a benchmark application where logs are beside the point; a platform that gathers the logs itself counts once the design draws it as a logging component).'
        },
        decisions: [
            'A design stating it is not for production (`requirements { purpose: demo }`, sample, benchmark, poc, teaching) is not judged: the rule judges a missing operational practice (`meta.practice`).',
            'Services and workers count: they run the team\'s code and write its logs. Functions do not: serverless platforms ship their logs to the provider\'s log service on their own.',
            'A hosting platform that gathers the services\' logs itself (a managed Kubernetes or container service with its provider\'s log collection on) counts when the design draws it as a `logging` component: the review reads what the design states, not what a platform might do.',
            'A `logging` component drawn but not described (`out_of_scope: true`, e.g. a log stack the source deploys beside the application with its own manifests) counts: the logs are gathered, and how is not this design\'s subject.',
            'Two or more (the `minServices` option): one service keeps its logs in one place already.',
            'A `logging` component addresses the concern, and so does a `monitoring` component whose engine also collects logs (Datadog, CloudWatch, Sentry: an error tracker gathers every service\'s errors with their trail, which is what central logs are first read for, and takes structured logs too) or whose title or description says it gathers logs (a dashboard fed OpenTelemetry logs, metrics and traces).',
            'Judged only when the design says something about how it is run (an availability target, a `deployment`, `operations` or `testing` block, or a monitoring component): a design silent on all of them is not asked.'
        ],
        examples: {
            flagged: 'client U\nservice Api { replicas: 2 }\nqueue Jobs { engine: sqs }\nworker Mailer\nU -> Api -> Jobs\nJobs -> Mailer\nmonitoring Metrics { engine: prometheus }',
            fixed: 'client U\nservice Api { replicas: 2 }\nqueue Jobs { engine: sqs }\nworker Mailer\nU -> Api -> Jobs\nJobs -> Mailer\nmonitoring Metrics { engine: prometheus }\nlogging Logs { engine: elasticsearch }'
        }
    },
    check({ design, index, options, report }) {
        const services = inScope(index.ofKind('service', 'worker'));
        if (services.length < options.minServices || collectsLogs(index) || !describesOperation(design, index)) {
            return;
        }
        report({
            on: design,
            messageId: 'missing',
            data: { name: design.name, services: services.length === 1 ? '1 service or worker' : `${services.length} services and workers` },
            related: services.map((service) => ({ on: service, message: `${describe(service)}: its logs stay on its own instances` })),
            fix: {
                kind: 'add-component',
                title: 'Add a central logging component',
                component: { kind: 'logging', name: 'Logs', properties: [{ key: 'engine', value: 'elasticsearch' }] },
                from: []
            }
        });
    }
});

/** A logging component, or a monitoring product that also gathers logs (its engine serves `logging`, or its own words say so). */
function collectsLogs(index: DesignIndex): boolean {
    return index.ofKind('logging').length > 0 || index.ofKind('monitoring').some(gathersLogs);
}

function gathersLogs(monitor: Component): boolean {
    return monitor.engine?.kinds.includes('logging') === true || describedAs(monitor, GATHERS_LOGS);
}
