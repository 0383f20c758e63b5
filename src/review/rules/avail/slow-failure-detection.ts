import type { Component } from '../../../model/design.js';
import type { DesignIndex } from '../../../model/design-index.js';
import { describe } from '../../../model/component-facts.js';
import { formatDuration } from '../../../model/units.js';
import type { Fix } from '../../fix.js';
import { type Affected, decisionScope, reportDecision } from '../../helpers/one-decision.js';
import { runsSeveralInstances } from '../../helpers/instances.js';
import { joinWords } from '../../helpers/wording.js';
import { inScope } from '../../../model/out-of-scope.js';
import { defineRule } from '../../rule.js';
import { servesRequests } from '../../../model/phase.js';
import { carriesTelemetry } from '../../helpers/writes.js';

/**
 * Longest time to take a dead instance out that the rule lets pass: one
 * minute, the slowest of the platforms' defaults (AWS target groups probe
 * every 30 s and take a target out after 2 failures; Google Cloud health
 * checks every 5 s, 2 failures; Kubernetes readiness probes every 10 s,
 * 3 failures).
 */
const DETECTION_LIMIT = 60;

/** The kinds that spread requests over instances and take a failed one out. */
const BALANCER_KINDS: ReadonlySet<string> = new Set(['loadbalancer', 'gateway']);

/**
 * DNS and CDN health checks fail over between regions or origins on a
 * timescale the record's TTL and the edge's probe sampling set (Route 53:
 * 30 s × 3; Azure Front Door every 30 s by default, judged on a sample of
 * probes): not judged
 * against an instance's minute.
 */
const ORIGIN_FAILOVER_KINDS: ReadonlySet<string> = new Set(['dns', 'cdn']);

/** What the quick fix writes: a probe every 10 s that gives up after 5 s, 2 failures. */
const PROMPT_PROBE = { interval: '10s', timeout: '5s', threshold: '2' } as const;

/** A health check as stated: its probe interval, and threshold and timeout where given. */
interface Probe {
    readonly component: Component;
    readonly interval: number;
    readonly threshold?: number;
    readonly timeout?: number;
    readonly path?: string;
    /** Seconds from an instance's death to its removal: failed probes × the time each takes. */
    readonly detection: number;
}

export default defineRule({
    meta: {
        id: 'avail/slow-failure-detection',
        section: 'failure-recovery',
        severity: 'warning',
        description: 'A health check so slow (`health_check` interval × threshold over a minute) that a dead or hung instance keeps receiving requests for minutes.',
        rationale: 'A health check only helps as fast as it notices: the balancer keeps sending a share of the traffic to a dead or hung instance until the stated number of probes, each an interval (or a timeout) apart, have failed. With probes a minute apart and two failures needed, every request routed to the instance in those minutes fails or waits, on each failure and each bad deploy. The platforms\' defaults take an instance out within a minute (Google Cloud: 5 s × 2, Kubernetes readiness: 10 s × 3, AWS target groups: 30 s × 2).',
        question: 'How long does a dead instance behind {element} keep receiving requests before its health check takes it out?',
        messages: {
            slow: '{what} checks health every {interval}{timeout} and takes an instance out after {threshold}: a dead or hung instance keeps receiving its share of requests for about {detection}, and each of them fails or waits. Probe every 5 to 10 s with a short timeout.',
            slowEach: 'The health checks of {count} components ({names}) need up to {detection} to take a dead instance out: a dead or hung instance keeps receiving its share of requests that long, and each of them fails or waits. Probe every 5 to 10 s with a short timeout.'
        },
        fix: 'Sets the health check to probe every 10 s with a 5 s timeout and 2 failures (keeping the path).',
        references: [
            'Google Cloud: Health checks overview (check interval, timeout, unhealthy threshold)',
            'AWS Elastic Load Balancing: Health checks for your target groups',
            'Kubernetes: Configure liveness, readiness and startup probes'
        ],
        decisions: [
            'Judged: every `health_check` block that states an `interval`, on a load balancer or gateway (it probes its targets) or on a component that runs several instances (its probes take one out of rotation). A single instance has nothing to fail over to (avail/single-point-of-failure). DNS and CDN health checks are not judged: they fail over between regions or origins on a timescale the record\'s TTL and the edge\'s probe sampling set (Route 53 probes every 30 s and needs 3 failures; Azure Front Door probes every 30 s by default and judges an origin on a sample of probes).',
            'The time to take a dead instance out is `threshold` failed probes, each `interval` apart (or `timeout`, when that is longer). A threshold left out counts as one probe: the figure is then the least it can be, all stated.',
            'A load balancer or gateway whose every target is a managed compute platform (App Service, Cloud Run: an engine the knowledge base marks managed) is not judged: the platform is one endpoint whose own front end routes around its instances, so the probe can only take the whole endpoint out, and probing faster leaves nothing else to send requests to (field corpus, round 25: an Application Gateway probing one App Service).',
            'Over a minute is flagged: the load balancers\' and orchestrators\' defaults take an instance out within a minute (AWS target groups 30 s × 2, Google Cloud 5 s × 2, Kubernetes readiness 10 s × 3), so a longer one was configured that way.',
            'Several components with the same slow checking are one finding (the checks are one configuration decision), on the load balancer or gateway in front of them all when there is one, else on the group or design; a component slower than its peers is its own finding.'
        ],
        quality: {
            grouping: 'One finding when every stated health check is slow, on the balancer in front of them or their group, each a related line; a slow one among prompt peers is its own finding.',
            basis: 'Stated: the interval, threshold and timeout of the health check; a threshold left out counts as one probe, the least the figure can be.',
            unknowns: 'A health check without a stated interval (`health_check: true`, or an engine\'s default) is not judged: the load balancers\' defaults are all within the limit; DNS and CDN origin checks are not judged.',
            severity: 'Warning: minutes of requests sent to a dead instance are a gap a reviewer raises (the field corpus\'s one case, probes a minute apart with two failures needed, was one).'
        },
        examples: {
            flagged: 'client U\nloadbalancer Lb { engine: alb }\nservice Web { replicas: 2, health_check: { path: "/health", interval: 60s, threshold: 3 } }\nU -> Lb -> Web : https',
            fixed: 'client U\nloadbalancer Lb { engine: alb }\nservice Web { replicas: 2, health_check: { path: "/health", interval: 10s, threshold: 3 } }\nU -> Lb -> Web : https'
        }
    },
    check({ design, index, report }) {
        const probes = inScope(design.components).flatMap((component) => {
            const probe = probeOf(component);
            const judged = BALANCER_KINDS.has(component.kind) ? !probesOnlyPlatforms(component, index) : runsSeveralInstances(component);
            return probe !== undefined && !ORIGIN_FAILOVER_KINDS.has(component.kind) && judged ? [probe] : [];
        });
        const slow = probes.filter((probe) => probe.detection > DETECTION_LIMIT);
        const components = slow.map((probe) => probe.component);
        const worst = Math.max(0, ...slow.map((probe) => probe.detection));
        reportDecision(report, {
            affected: slow.map((probe): Affected => ({ on: probe.component, note: `${probe.component.name}: ${probeText(probe)}, about ${formatDuration(probe.detection)} to take a dead instance out` })),
            peers: probes.length,
            once: {
                on: balancerInFront(components, index) ?? decisionScope(design, components),
                messageId: 'slowEach',
                data: { count: slow.length, names: joinWords(components.map((component) => component.name)), detection: formatDuration(worst) },
                basis: 'stated',
                fix: promptProbes(slow)
            },
            each: (item) => {
                const probe = slow.find((candidate) => candidate.component === item.on) as Probe;
                return {
                    on: probe.component,
                    messageId: 'slow',
                    data: {
                        what: describe(probe.component),
                        interval: formatDuration(probe.interval),
                        timeout: probe.timeout === undefined ? '' : ` with a ${formatDuration(probe.timeout)} timeout`,
                        threshold: probe.threshold === undefined ? 'a failed probe' : `${probe.threshold} failed probes`,
                        detection: formatDuration(probe.detection)
                    },
                    basis: 'stated',
                    fix: promptProbes([probe])
                };
            }
        });
    }
});

/**
 * Every target the balancer probes is a managed compute platform (App
 * Service, Cloud Run: a managed engine), reached at one endpoint whose own
 * front end routes around the platform's instances: the probe takes that
 * whole endpoint out or keeps it, and faster probing leaves no other
 * instance to send the requests to.
 */
function probesOnlyPlatforms(balancer: Component, index: DesignIndex): boolean {
    // Only where it sends requests: not its telemetry, nor a certificate fetched at start-up.
    const targets = index.outgoing(balancer).filter((connection) => servesRequests(connection) && !carriesTelemetry(connection)).map((connection) => connection.target);
    return targets.length > 0 && targets.every((target) => COMPUTE_KINDS.has(target.kind) && target.engine?.managed === true);
}

const COMPUTE_KINDS: ReadonlySet<string> = new Set(['service', 'function', 'worker']);

function probeOf(component: Component): Probe | undefined {
    const block = component.properties.block('health_check');
    const interval = numberIn(block?.interval);
    if (block === undefined || interval === undefined || interval <= 0) {
        return undefined;
    }
    const threshold = numberIn(block.threshold);
    const timeout = numberIn(block.timeout);
    const path = typeof block.path === 'string' ? block.path : undefined;
    const detection = Math.max(1, threshold ?? 1) * Math.max(interval, timeout ?? 0);
    return { component, interval, threshold, timeout, path, detection };
}

function numberIn(value: unknown): number | undefined {
    return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

function probeText(probe: Probe): string {
    const parts = [`every ${formatDuration(probe.interval)}`];
    if (probe.timeout !== undefined) {
        parts.push(`${formatDuration(probe.timeout)} timeout`);
    }
    if (probe.threshold !== undefined) {
        parts.push(`threshold ${probe.threshold}`);
    }
    return `probes ${parts.join(', ')}`;
}

/** The one load balancer or gateway that calls every one of the components, where the checks are configured. */
function balancerInFront(components: readonly Component[], index: DesignIndex): Component | undefined {
    const callers = components.map((component) => new Set(index.incoming(component).map((connection) => connection.source).filter((source) => source.kind === 'loadbalancer' || source.kind === 'gateway')));
    const [first, ...rest] = callers;
    const shared = [...(first ?? [])].filter((caller) => rest.every((set) => set.has(caller)));
    return shared.length === 1 ? shared[0] : undefined;
}

/** The prompt probe, keeping the path when every check probes the same one. */
function promptProbes(probes: readonly Probe[]): Fix | undefined {
    const paths = new Set(probes.map((probe) => probe.path));
    if (probes.length === 0 || paths.size > 1) {
        return undefined;
    }
    const [path] = paths;
    const keys = [...(path === undefined ? [] : [`path: ${JSON.stringify(path)}`]), `interval: ${PROMPT_PROBE.interval}`, `timeout: ${PROMPT_PROBE.timeout}`, `threshold: ${PROMPT_PROBE.threshold}`];
    const properties = [{ key: 'health_check' as const, value: `{ ${keys.join(', ')} }` }];
    const targets = probes.map((probe) => probe.component);
    return targets.length === 1
        ? { kind: 'set-properties', title: `Probe ${targets[0].name} every ${PROMPT_PROBE.interval}`, target: targets[0], properties }
        : { kind: 'set-properties-each', title: `Probe ${targets.length} components every ${PROMPT_PROBE.interval}`, targets, properties };
}
