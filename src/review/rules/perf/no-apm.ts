import { defineRule } from '../../rule.js';
import { inScope } from '../../../model/out-of-scope.js';
import type { Design } from '../../../model/design.js';
import type { Component, ComponentKind, Connection } from '../../../model/design.js';
import { isDeclared, settingValue } from '../../helpers/perf-settings.js';
import { collectsMetrics, isApmProduct, isTracingBackend } from '../../helpers/telemetry.js';
import { isAdminSession } from '../../helpers/admin-session.js';
import { runsProduct } from '../../../model/component-facts.js';

/**
 * APM, or tracing beside a monitoring component's request metrics (the
 * caller checked the metrics): declared in the settings, or drawn as an
 * APM product or a tracing backend.
 */
function hasApmView(design: Design, monitors: readonly Component[]): boolean {
    return isDeclared(settingValue(design, 'operations', 'apm')) || isDeclared(settingValue(design, 'testing', 'apm')) || isDeclared(settingValue(design, 'operations', 'tracing'))
        || monitors.some((monitor) => isApmProduct(monitor) || isTracingBackend(monitor));
}

/**
 * Mail handed to a transfer agent (`smtp`): the agent queues the message and
 * answers at once, and delivery happens later on its own; a slow request is
 * not slow inside it, so tracing has nothing to follow there.
 */
function handsOffMail(call: Connection): boolean {
    return call.protocol === 'smtp';
}

/** Components that run application code: a request that crosses two of them is what tracing follows. */
const APP_KINDS: ReadonlySet<ComponentKind> = new Set<ComponentKind>(['service', 'worker', 'function']);

interface Options {
    readonly minServices: number;
}

export default defineRule<Options>({
    meta: {
        id: 'perf/no-apm',
        section: 'performance-testing',
        practice: true,
        severity: 'info',
        description: 'Three or more services, metrics monitoring, and no APM view: neither `operations.apm`/`testing.apm`, nor an APM product drawn as monitoring, nor tracing with the metrics of a monitoring component.',
        rationale: 'With several services, a slow request is slow somewhere: in one service, one query, one call. Application performance monitoring records latency, error rate and resource use per endpoint and per dependency, in tests and in production, so the slow part is found in minutes rather than guessed at. Without it, performance tests say that something is slow but not what.',
        question: 'When {design} gets slower after a release, how do you find the query or call responsible?',
        messages: {
            noApm: 'Design {name} has {count} services that call one another and monitoring, but no APM or tracing: when a request is slow, how do you see which service, query or call spends the time?'
        },
        options: {
            schema: { type: 'object', properties: { minServices: { type: 'integer', minimum: 1, description: 'How many services (services, workers, functions) a design needs before APM is asked for.' } }, additionalProperties: false },
            defaults: { minServices: 3 }
        },
        references: ['AWS Well-Architected PERF05-BP02 Use monitoring solutions to understand the areas where performance is most critical', 'AWS Well-Architected OPS04-BP02 Implement application telemetry'],
        decisions: [
            'Services, workers and functions count as services. An operator\'s ssh or RDP session into a host (a connection naming no protocol whose words say ssh, RDP or remote desktop: a jump box reaching the tiers) is not a call a request makes, so a jump box is not counted.',
            'Asked only when a request crosses three or more services (`minServices`): only services that call, or are called by, another service, worker or function synchronously count. When every service is called only from clients, edges and queues, a slow request is slow in the one service that answered it, and that service\'s own metrics say which; an application tier that calls one helper (a LAMP or Django monolith and its storage manager or push sender) keeps a slow request in one program, where per-query profiling finds it.',
            'APM is declared by `operations.apm` or `testing.apm` (`true` or a product such as `datadog`), or by what an APM product is made of: distributed tracing (`operations.tracing`) together with a monitoring component that collects request metrics (latency and errors per service). A monitoring component alone shows how busy hosts are, not where a request spends its time.',
            'A monitoring component whose engine is an APM product (Application Insights, Datadog, Instana: engine fact `signals` with `apm`) is the APM view; one that is a tracing backend (Zipkin, Jaeger, X-Ray) is the tracing, which counts beside a metrics component.',
            'A design with no metrics monitoring at all (no monitoring component, or only a tracing backend) is left to `observe/no-monitoring`: asking for APM on top would repeat that concern.',
            'A service, worker or function that runs a released product (`product`: a GitOps controller, a CSI driver, a self-hosted application) is not counted, nor are calls into it: its spans are its vendor\'s, and an APM agent instruments the code the team writes (field corpus, round 34: a cluster baseline whose only calls were Flux and the CSI driver writing to the API server was asked for APM).',
            'Mail handed to a transfer agent (an `smtp` call to a service running one) does not count as a request crossing it: the agent queues the message and answers at once (field corpus, round 24: a web tier calling a social-graph server and its own mail agent was counted as three services a request crosses).'
        ],
        quality: {
            grouping: 'One design-wide finding: APM is one decision for the whole design.',
            basis: 'Stated: the settings and components as written; engine: whether a monitoring engine is an APM product or a tracing backend (engine fact `signals`); no figure is used.',
            unknowns: 'Designs where fewer than three services call one another synchronously are not asked (each request stays in one or two programs); tracing plus metrics counts as the APM view; no metrics monitoring at all is another rule\'s single finding, not a second one here; services and monitoring drawn `out_of_scope` are not counted (monitoring nobody describes may be APM).',
            severity: 'Information: a question about how slow requests are diagnosed; on the 55-design tuning corpus its two findings were true but noise (LAMP and Django monoliths counted by all their services while a request crossed two), none wrong; counting only the services a request crosses leaves them unasked; on the 79-design corpus the one left (noise) counted a jump box whose ssh sessions reach two tiers, no longer counted.'
        },
        examples: {
            flagged: 'client U\nservice A { replicas: 2 }\nservice B { replicas: 2 }\nservice C { replicas: 2 }\nmonitoring M { engine: prometheus }\nU -> A -> B -> C : grpcs',
            fixed: 'client U\nservice A { replicas: 2 }\nservice B { replicas: 2 }\nservice C { replicas: 2 }\nmonitoring M { engine: prometheus }\nU -> A -> B -> C : grpcs\noperations { apm: datadog }'
        }
    },
    check({ design, index, traffic, options, report }) {
        // A released product's internals are its vendor's to trace, not code the team instruments.
        const services = inScope(index.ofKind('service', 'worker', 'function')).filter((service) => !runsProduct(service));
        // Only services a request crosses count: those that call, or are
        // called by, another service synchronously. A monolith's tier that
        // calls one helper keeps a slow request inside one program, where
        // per-query profiling, not tracing across services, finds it.
        const crossed = new Set(services.flatMap((service) => traffic.syncOutgoing(service).filter((call) => APP_KINDS.has(call.target.kind) && !runsProduct(call.target) && call.target !== service && !isAdminSession(call) && !handsOffMail(call)).flatMap((call) => [service, call.target])));
        const count = services.filter((service) => crossed.has(service)).length;
        // Monitoring drawn but not described (`out_of_scope`) may or may not be APM: not asked.
        const monitors = inScope(index.ofKind('monitoring'));
        const monitored = monitors.some(collectsMetrics);
        if (count < options.minServices || !monitored || hasApmView(design, monitors)) {
            return;
        }
        report({ on: design, messageId: 'noApm', data: { name: design.name, count } });
    }
});
