import { inScope } from '../../../model/out-of-scope.js';
import { reportStatedGap } from '../../helpers/stated-gap.js';
import { defineRule } from '../../rule.js';

/** Long-running components a platform routes to or restarts; a balancer's own `health_check` is about its targets (avail/no-health-check). */
const KINDS = ['service', 'worker', 'gateway'] as const;

export default defineRule({
    meta: {
        id: 'avail/no-probe',
        section: 'failure-recovery',
        severity: 'warning',
        description: 'A service, worker or gateway whose deployment states it has no health probe (`health_check: false`, written by an import from a workload with no readiness or liveness probe).',
        rationale: 'Without a readiness probe, Kubernetes sends requests to a pod as soon as its process starts, and keeps sending them to one that has stopped answering; without a liveness probe, a hung process is never restarted. Either way users see errors that a probe would have routed around in seconds. A readiness probe on the endpoint that says the instance can serve, and a liveness probe that says it is not stuck, let the platform do that work.',
        question: 'How does the platform learn that an instance of {element} is up but not answering?',
        messages: {
            noProbe: '{what} has no health probe: the platform routes requests to an instance that has started but cannot serve, and never restarts one that hangs.',
            noProbeEach: '{count} components have no health probe ({components}): the platform routes requests to instances that cannot serve and never restarts hung ones. Probing is one decision for the deployment: a readiness and a liveness probe on each.'
        },
        fix: 'Sets `health_check: true` on each component the finding lists.',
        references: ['Kubernetes documentation: Configure Liveness, Readiness and Startup Probes', 'AWS Well-Architected REL11-BP01 Monitor all components of the workload to detect failures'],
        quality: {
            grouping: 'Probing is one decision for a deployment: when every judged component that states its probes has none, one finding on their network or design lists them; one that has none while its peers are probed is reported on its own.',
            basis: 'Stated: `health_check: false`, which an import writes for a Kubernetes workload whose container has neither a readiness nor a liveness probe.',
            unknowns: 'An unstated `health_check` is not judged: a Compose service without a `healthcheck` may have one in its image, and a design may leave probes to the platform. Jobs run to completion and are not judged, nor components the design draws but does not describe (`out_of_scope: true`).',
            severity: 'A warning: a stated gap that turns a hung instance into user-facing errors, but not an outage on its own.'
        },
        decisions: [
            'Services, workers and gateways are judged; a load balancer\'s `health_check` is about its targets and is judged by avail/no-health-check.',
            'A worker with a `schedule` is a job that runs to completion and is not judged.'
        ],
        examples: {
            flagged: 'client U\nservice Api { replicas: 2, health_check: false }\nU -> Api',
            fixed: 'client U\nservice Api { replicas: 2, health_check: true }\nU -> Api'
        }
    },
    check({ design, index, report }) {
        const judged = inScope(index.ofKind(...KINDS)).filter((component) => component.properties.has('health_check') && component.properties.get('schedule') === undefined);
        reportStatedGap(report, design, {
            affected: judged.filter((component) => component.properties.get('health_check') === false),
            peers: judged.length,
            property: 'health_check',
            messageIds: { one: 'noProbe', several: 'noProbeEach' },
            lacks: 'no health probe',
            fixTitle: 'Probe the health of'
        });
    }
});
