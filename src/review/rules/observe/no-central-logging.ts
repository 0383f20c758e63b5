import { defineRule } from '../../rule.js';
import { describe } from '../../../model/component-facts.js';
import { describesOperation } from '../../helpers/operations-scope.js';
import { collectsLogs, unmonitored } from '../../helpers/telemetry.js';
import { largestFleet } from '../../helpers/service-fleet.js';
import { inScope } from '../../../model/out-of-scope.js';

interface Options {
    readonly minServices: number;
}

export default defineRule<Options>({
    meta: {
        id: 'observe/no-central-logging',
        section: 'observability',
        practice: true,
        severity: 'warning',
        description: 'Three or more services and workers that hand work to one another, and nothing that gathers their logs in one place.',
        rationale: 'With several services, one user request leaves log lines on several machines. Without a central pipeline and store (Fluentd or Logstash, often Kafka as a buffer, Elasticsearch, Loki or CloudWatch Logs), finding out why a request failed means logging in to each instance and searching by hand, and the logs of an instance that crashed or was scaled away are gone with it.',
        question: 'Where do you search the logs of one failed request in {design}, including those of instances already replaced?',
        messages: {
            missing: 'Design {name} runs {services} that hand requests and jobs to one another, with no central logging: to follow one failing request someone must search every instance by hand, and the logs of a replaced instance are gone.'
        },
        options: {
            schema: {
                type: 'object',
                properties: { minServices: { type: 'number', minimum: 1, description: 'Services and workers handing work to one another from which central logging is expected.' } },
                additionalProperties: false
            },
            defaults: { minServices: 3 }
        },
        fix: 'Adds `logging Logs { engine: elasticsearch }`.',
        references: ['AWS Well-Architected REL06-BP01 Monitor all components for the workload', 'AWS Well-Architected SEC04-BP01 Configure service and application logging'],
        quality: {
            grouping: 'One design-wide finding with each service and worker of the fleet as a related location: one logging pipeline settles it for all of them; with no monitoring at all, the logs are part of observe/no-monitoring\'s one observability finding, which names them.',
            basis: 'Uses no figure: it counts the services and workers that hand work to one another (calls between them, or a queue one writes and another reads) and reads the logging and monitoring components, their engines\' facts and their own words.',
            unknowns: 'A design that says nothing about how it is run is not asked; a monitoring component whose engine collects logs, or whose title or description says it gathers logs, is taken at its word. Components the design draws but does not describe (`out_of_scope: true`) are not judged, counted or listed; a design stating it is not for production (`requirements { purpose: demo | sample | benchmark | poc | teaching }`) is not judged: running a monitoring stack is an operational practice outside such a design\'s scope.',
            severity: 'Warning: several services with nowhere to search their logs is a gap a reviewer raises. On the 55-design corpus it gave 9 findings of which reviewers raised 2 (a fleet of Spring services; a fleet torn down after each run): the 7 others were tiers of one application (a LAMP or Django tier, an app tier and its connection pooler) or designs with no monitoring at all; counting only services that hand work to one another and folding the logs into the monitoring finding leaves the fleet, and the torn-down fleet is now named in the monitoring finding.'
        },
        decisions: [
            'A design stating it is not for production (`requirements { purpose: demo }`, sample, benchmark, poc, teaching) is not judged: the rule judges a missing operational practice (`meta.practice`).',
            'Services and workers count: they run the team\'s code and write its logs. Functions do not: serverless platforms ship their logs to the provider\'s log service on their own.',
            'A hosting platform that gathers the services\' logs itself (a managed Kubernetes or container service with its provider\'s log collection on) counts when the design draws it as a `logging` component: the review reads what the design states, not what a platform might do.',
            'A `logging` component drawn but not described (`out_of_scope: true`, e.g. a log stack the source deploys beside the application with its own manifests) counts: the logs are gathered, and how is not this design\'s subject.',
            'Three or more services and workers that hand work to one another (the `minServices` option): a call between two of them, or a queue one writes and another reads, puts one request\'s or job\'s log lines on several services. Tiers of one application that each serve their own requests (web, API and image servers of one code base), or an app tier and the one helper it calls (a connection pooler), keep a request\'s story in one program\'s logs: not asked.',
            'With no monitoring that collects metrics and no alerting stated, observe/no-monitoring asks about watching the system and names the missing central logging in the same finding: observability is one decision there, not two findings.',
            'A `logging` component addresses the concern, and so does a `monitoring` component whose engine also collects logs (Datadog, CloudWatch, Sentry: an error tracker gathers every service\'s errors with their trail, which is what central logs are first read for, and takes structured logs too) or whose title or description says it gathers logs (a dashboard fed OpenTelemetry logs, metrics and traces).',
            'Judged only when the design says something about how it is run (an availability target, a `deployment`, `operations` or `testing` block, or a monitoring component): a design silent on all of them is not asked.'
        ],
        examples: {
            flagged: 'client U\nservice Api { replicas: 2 }\nservice Billing\nqueue Jobs { engine: sqs }\nworker Mailer\nU -> Api -> Jobs\nApi -> Billing\nJobs -> Mailer\nmonitoring Metrics { engine: prometheus }',
            fixed: 'client U\nservice Api { replicas: 2 }\nservice Billing\nqueue Jobs { engine: sqs }\nworker Mailer\nU -> Api -> Jobs\nApi -> Billing\nJobs -> Mailer\nmonitoring Metrics { engine: prometheus }\nlogging Logs { engine: elasticsearch }'
        }
    },
    check({ design, index, options, report }) {
        const services = largestFleet(inScope(index.ofKind('service', 'worker')), index);
        if (services.length < options.minServices || collectsLogs(index) || unmonitored(design, index) || !describesOperation(design, index)) {
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
