import type { Component } from '../../../model/design.js';
import type { DesignIndex } from '../../../model/design-index.js';
import type { Fix } from '../../fix.js';
import { defineRule } from '../../rule.js';
import { describe } from '../../../model/component-facts.js';
import { meshOf } from '../../../model/mesh.js';
import { inScope } from '../../../model/out-of-scope.js';

export default defineRule({
    meta: {
        id: 'avail/no-health-check',
        section: 'failure-recovery',
        severity: 'warning',
        description: 'A load balancer with health checks turned off, or a self-managed proxy (nginx, HAProxy) that declares none while the design\'s other proxies do.',
        rationale: 'A load balancer makes replicas useful only if it stops sending traffic to the ones that are down. Without health checks it keeps routing a share of requests to a crashed, hung or still-starting instance, and those requests fail or time out. Managed load balancers check health by default; self-managed proxies such as nginx and HAProxy do only what their configuration says.',
        question: 'How does {element} learn that an instance behind it is unhealthy?',
        messages: {
            disabled: '{what} has health_check: false: it keeps sending requests to crashed or hung instances, and every one of those requests fails.',
            undeclared: '{what} runs {engine}, a self-managed proxy, and declares no health_check, unlike the other proxies of the design: unless it is configured, requests keep going to crashed or hung instances.'
        },
        fix: 'Sets `health_check: true`.',
        references: ['AWS Well-Architected REL11-BP01 Monitor all components of the workload to detect failures', 'AWS Well-Architected REL05-BP04 Fail fast and limit queues'],
        decisions: [
            'Load balancers and gateways are judged: they are the kinds that spread traffic over targets and take `health_check`.',
            '`health_check: false` is flagged on any engine (warning). Without `health_check`, only a self-managed engine (one whose facts say `managed: false`: nginx, HAProxy, Envoy, Traefik, Kong) is flagged; managed ones (ALB, ELB, NLB) check health by default, and without an engine there is nothing to judge.',
            'An unstated health check on a self-managed proxy is a question (info), asked only when another self-managed proxy of the design declares its health checks: a design that states none leaves its proxies\' configuration out, and a question about it is not worth raising (0 of 6 raised on the tuning corpus); one that states them for some proxies and not another shows a difference worth asking about.',
            'A `health_check` block (`{ path: "/healthz", interval: 10s }`) or `health_check: true` addresses it; so does `managed: true` on the component.',
            'A self-managed proxy is not flagged when health is checked around it: every target declares its own `health_check` (readiness probes that take a failing instance out of the endpoints the proxy routes to), or every caller is a CDN edge that probes its origins (`health_check`, stated or an engine fact such as Front Door\'s) and fails over between them, or every target runs in a service mesh (a network with `mesh`: its control plane hands the proxy only the endpoints the platform reports ready). A load balancer in front checks only the proxy itself and does not count.'
        ],
        quality: {
            grouping: 'Health checking of self-managed proxies is one configuration decision: when none of them declares it, the design leaves that configuration out and nothing is reported; a proxy that lacks it while its peers declare it, and one with `health_check: false`, are each their own finding.',
            basis: 'Stated `health_check`, or the engine\'s facts (`managed`, `health_check`).',
            unknowns: 'An unstated health check is flagged only on a known self-managed engine, only when another self-managed proxy of the design declares one, and not when the targets\' own probes, a service mesh around the targets or a CDN edge probing its origins cover it; a balancer without an engine is not judged, nor one the design draws but does not describe (`out_of_scope: true`).',
            severity: 'A stated `health_check: false` is a warning (a gap, stated). A proxy that only leaves `health_check` unsaid is asked at info: its configuration is not in the design, and on the tuning corpus (49 designs) the two such findings were true but not worth raising (HAProxy and nginx fronts whose sources do not describe their configuration), after 4 earlier ones were wrong (probes covered elsewhere, or a mesh feeding the proxy ready endpoints). Since round 11 a design that declares no proxy\'s health checks is not asked at all (those 2 findings are gone); only a proxy that differs from its peers is.'
        },
        examples: {
            flagged: 'client U\nloadbalancer Lb { engine: haproxy, replicas: 2, health_check: false }\nservice Api { replicas: 2 }\nU -> Lb -> Api',
            fixed: 'client U\nloadbalancer Lb { engine: haproxy, replicas: 2, health_check: true }\nservice Api { replicas: 2 }\nU -> Lb -> Api'
        }
    },
    check({ index, report }) {
        // A proxy the design draws but does not describe (`out_of_scope`) is not judged.
        const balancers = inScope(index.ofKind('loadbalancer', 'gateway'));
        for (const balancer of balancers.filter((candidate) => candidate.properties.get('health_check') === false)) {
            report({ on: balancer, messageId: 'disabled', data: { what: describe(balancer) }, basis: 'stated', fix: enableHealthCheck([balancer]) });
        }
        const selfManaged = balancers.filter((balancer) => balancer.engine !== undefined && isSelfManaged(balancer) && !isCheckedElsewhere(balancer, index));
        const undeclared = selfManaged.filter((balancer) => balancer.properties.get('health_check') === undefined);
        // A design that states no proxy's health checks leaves their configuration out: not a question worth raising.
        if (undeclared.length === selfManaged.length) {
            return;
        }
        for (const balancer of undeclared) {
            report({ on: balancer, messageId: 'undeclared', data: { what: describe(balancer), engine: balancer.engine?.id ?? '' }, basis: 'engine', severity: 'info', fix: enableHealthCheck([balancer]) });
        }
    }
});

/** The engine is known and not run by a provider (its fact, unless the design says `managed: true`). */
function isSelfManaged(component: Component): boolean {
    return component.engine?.known === true && component.properties.boolean('managed') === false;
}

/**
 * Health is checked around the proxy: every target declares its own health
 * check (readiness probes that take a failing instance out of what the
 * proxy routes to, as Kubernetes endpoints do), or every caller is a CDN
 * edge that probes its origins and fails over between them (a whole stamp
 * or region behind the proxy is taken out when its health fails). A
 * target in a service mesh counts as checked: the mesh's control plane
 * hands the proxy only the endpoints the platform reports ready, and takes
 * a failing one out (outlier detection). A
 * balancer in front only checks the proxy itself, so it does not count.
 */
function isCheckedElsewhere(balancer: Component, index: DesignIndex): boolean {
    const targets = index.outgoing(balancer).map((connection) => connection.target);
    const callers = index.incoming(balancer).map((connection) => connection.source);
    return (targets.length > 0 && targets.every((target) => checksHealth(target) || meshOf(target) !== undefined))
        || (callers.length > 0 && callers.every((caller) => caller.kind === 'cdn' && checksHealth(caller)));
}

function checksHealth(component: Component): boolean {
    const healthCheck = component.properties.get('health_check');
    return healthCheck !== undefined && healthCheck !== false;
}

function enableHealthCheck(balancers: readonly Component[]): Fix {
    const [first] = balancers;
    if (balancers.length === 1) {
        return { kind: 'set-properties', title: `Check the health of ${first.name}'s targets`, target: first, properties: [{ key: 'health_check', value: 'true' }] };
    }
    return { kind: 'set-properties-each', title: `Check the health of the targets of ${balancers.length} proxies`, targets: balancers, properties: [{ key: 'health_check', value: 'true' }] };
}
