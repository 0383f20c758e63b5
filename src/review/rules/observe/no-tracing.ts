import { inScope } from '../../../model/out-of-scope.js';
import type { Component, Design } from '../../../model/design.js';
import { runsProduct } from '../../../model/component-facts.js';
import { defineRule } from '../../rule.js';
import { describe } from '../../../model/component-facts.js';
import { longestServiceChain } from '../../helpers/sync-chain.js';
import { meshOf } from '../../../model/mesh.js';
import { collectsTraces } from '../../helpers/telemetry.js';

/** A chain longer than this is shortened in the message and its related locations (generated designs have chains of thousands). */
const MAX_SHOWN = 8;

interface Options {
    readonly minServices: number;
}

export default defineRule<Options>({
    meta: {
        id: 'observe/no-tracing',
        section: 'observability',
        practice: true,
        severity: 'info',
        description: 'A synchronous chain of three or more services and no distributed tracing.',
        rationale: 'When a request passes through several services before it answers, its latency and its errors are the sum of theirs. Metrics show that the entry point is slow; only a trace (OpenTelemetry, Jaeger, X-Ray, or an APM product) shows which hop made it slow or failed, and turns an hour of guessing into a glance.',
        question: 'When a request through {design} is slow, how do you find the hop that spent the time?',
        messages: {
            noTracing: 'A request crosses {count} services synchronously ({chain}) and the design declares no tracing: when it is slow or fails, nothing shows which hop is to blame.'
        },
        options: {
            schema: {
                type: 'object',
                properties: { minServices: { type: 'number', minimum: 2, description: 'Services on one synchronous chain from which tracing is expected.' } },
                additionalProperties: false
            },
            defaults: { minServices: 3 }
        },
        fix: 'Sets `tracing: opentelemetry` in the `operations` block (creating it when missing).',
        references: ['AWS Well-Architected REL06-BP07 Monitor end-to-end tracing of requests through your system', 'AWS Well-Architected OPS04-BP05 Implement distributed tracing'],
        quality: {
            grouping: 'One design-wide finding on the longest synchronous chain, each hop a related location: declaring tracing once settles every chain.',
            basis: 'Uses no figure beyond the chain\'s length, read from the stated connections and their modes.',
            unknowns: 'A load balancer or gateway that fans out ends the chain (its connections do not say where a request goes next), as do queues and asynchronous connections; an operator\'s ssh or RDP session (a connection naming no protocol whose words say ssh, RDP or remote desktop, such as a jump box\'s) is not a request hop; components drawn but not described (`out_of_scope: true`) are not counted; tracing declared by an APM product counts, and so does a drawn monitoring component whose engine collects traces (even out of scope), and so does a service mesh around every service of the chain (its proxies measure each hop).',
            severity: 'Info: a question; its field-corpus findings were a chain inside an Istio mesh, whose sidecars already measure every hop, a proxy and pooler behind an out-of-scope application, and a benchmark whose repository deploys Jaeger beside it: none is asked any more; on the 79-design tuning corpus the one left was wrong, a chain that began with administrators\' ssh through a jump box, which no longer counts as a request hop.'
        },
        decisions: [
            'A call that starts a job or an execution returns once the run is accepted, so the chain ends there: its label says so ("StartExecution", "submit a job"), or its target is a managed workflow engine (`durable_workflow` facts: Step Functions, Logic Apps), which is only ever started (field corpus, round 36: a console function starting a state machine that drives CloudFormation was read as a three-hop request).',
            'A released product (`product` on a service, worker or function: Sentry\'s Relay and web, Harbor\'s core and registry, Penpot\'s backend) is not counted among the hops: its spans are its vendor\'s to emit, and how its parts call one another is not a chain this design built (field corpus, round 35: three self-hosted product deployments were asked for tracing across the products\' own parts, all three judged wrong; perf/no-apm leaves them out the same way).',
            'A synchronous chain is a path of synchronous connections; services, workers and functions on it count once each (three by default, the `minServices` option).',
            'A load balancer or gateway in front of one service passes the call on: it does not count and does not break the chain. One that fans out to several services ends it (its connections do not say where a given request goes next), as do stores, queues and asynchronous connections. This is the synchronous service graph of `micro/sync-cycle` and `micro/deep-sync-chain`; an operator\'s ssh or RDP session into a host (a connection naming no protocol or access whose words say ssh, RDP or remote desktop) is not in it: it is a person administering the host, not a request. Only calls made while serving a request count: not those used only at start-up or in the background (`phase`), not deliveries to subscribers, and not a call that starts a job or an execution (its label says "job submission", "StartExecution", or opens with "trigger"), which returns once the run is accepted (round 27: a registry\'s job submission was read as one request crossing the job service into the registry).',
            'Services that call one another in a cycle count together, once each (a cycle is `micro/sync-cycle`\'s error).',
            'The chain need not start at a client: a worker calling two services in a row is traced the same way.',
            'Components the design draws but does not describe (`out_of_scope: true`, such as the application in front of a database tier) are not counted: a chain of a proxy and a connection pooler behind an out-of-scope application is two hops of infrastructure, not a request path to trace.',
            'Tracing is declared by `operations.tracing` or `operations.apm` (APM products trace requests across services); `testing.apm` covers test runs only and does not count.',
            'A drawn monitoring component whose engine collects traces (engine fact `signals`: Jaeger, Zipkin, X-Ray, Application Insights, Datadog) declares tracing too, even when the design draws it without describing it (`out_of_scope: true`, e.g. a tracing stack deployed beside the application by its own manifests): it exists, and its details are not this design\'s subject.',
            'A chain whose every service runs in a service mesh (`mesh: istio` on its network) is not asked: the mesh\'s sidecar proxies record the latency and errors of every call between caller and callee, and emit a span for each, so the slow hop shows. Joining those spans into one end-to-end trace still needs the services to pass the trace headers on; that refinement is not asked of a meshed chain.'
        ],
        examples: {
            flagged: 'client U\nservice Web { replicas: 2 }\nservice Orders { replicas: 2 }\nservice Payments { replicas: 2 }\nU -> Web -> Orders -> Payments',
            fixed: 'client U\nservice Web { replicas: 2 }\nservice Orders { replicas: 2 }\nservice Payments { replicas: 2 }\nU -> Web -> Orders -> Payments\noperations { tracing: opentelemetry }'
        }
    },
    check({ design, index, options, report }) {
        if (declaresTracing(design) || index.ofKind('monitoring').some(collectsTraces)) {
            return;
        }
        // Components drawn but not described (`out_of_scope: true`) are not counted: their hops are not the design's to trace;
        // nor are released products (`product`), whose spans are their vendor's to emit.
        const chain = inScope(longestServiceChain(design)).filter((service) => !runsProduct(service));
        if (chain.length < options.minServices || chain.every(runsInMesh)) {
            return;
        }
        report({
            on: design,
            messageId: 'noTracing',
            data: { count: chain.length, chain: chainText(chain) },
            related: chain.slice(0, MAX_SHOWN).map((service, hop) => ({ on: service, message: `${describe(service)}: hop ${hop + 1} of ${chain.length}` })),
            fix: { kind: 'set-settings', title: 'Trace requests with OpenTelemetry', settings: 'operations', properties: [{ key: 'tracing', value: 'opentelemetry' }] }
        });
    }
});

/** `Web -> Orders -> Payments`, or `A -> B -> C -> … -> Y -> Z` for a long chain. */
function chainText(chain: readonly Component[]): string {
    const names = chain.map((service) => service.name);
    return (names.length <= MAX_SHOWN ? names : [...names.slice(0, 3), '…', ...names.slice(-2)]).join(' -> ');
}

/**
 * A mesh's sidecar proxies measure every call they carry (latency and errors
 * per caller and callee) and emit a span for it: the hop that spent the time
 * shows without tracing declared in the design.
 */
function runsInMesh(service: Component): boolean {
    return meshOf(service) !== undefined;
}

function declaresTracing(design: Design): boolean {
    const operations = design.settings.operations?.properties;
    return operations !== undefined && (operations.enabled('tracing') || operations.enabled('apm'));
}
