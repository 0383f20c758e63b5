import type { Component, Connection } from '../../../model/design.js';
import { defineRule } from '../../rule.js';
import type { Report } from '../../rule-context.js';
import { COMPUTE_KINDS, describe, instanceCountStated, isDataStore } from '../../../model/component-facts.js';
import { balancedWithoutBalancer } from '../../helpers/balancing.js';
import { runsSeveralInstances } from '../../helpers/instances.js';
import { decisionScope, relatedOf } from '../../helpers/one-decision.js';
import { instancesText, joinWords, listOf } from '../../helpers/wording.js';
import { isOutOfScope } from '../../../model/out-of-scope.js';
import { isColocated } from '../../helpers/network.js';
import { OBSERVER_KINDS } from '../../helpers/observers.js';

/** Kinds whose job is to spread requests over the instances behind them. */
const BALANCING_KINDS = new Set<Component['kind']>(['loadbalancer', 'gateway']);

/** Edge kinds that spread traffic when a managed (ha) engine runs them: Route 53, Cloudflare, CloudFront. */
const ROUTING_EDGE_KINDS = new Set<Component['kind']>(['dns', 'cdn']);

export default defineRule({
    meta: {
        id: 'scale/no-load-balancer',
        section: 'scaling',
        severity: 'warning',
        description: 'A replicated or autoscaled service, worker, function or gateway is called directly, not through a load balancer.',
        rationale: 'Replicas only add capacity and survive failures when something spreads requests over them and stops sending requests to an instance that died. A caller that addresses one instance directly pins its traffic there: the other replicas idle, and when that instance fails or is scaled in, the caller fails with it. A load balancer (or an API gateway, or a managed edge that balances) in front of the replicas does both jobs.',
        question: 'How are requests spread over the instances of {element}, and who stops sending traffic to one that died?',
        messages: {
            direct: '{what} {instances}, but {callers} {verb} it directly, not through a load balancer: nothing spreads the requests over the instances or stops sending them to one that has died.',
            directMany: '{count} replicated components ({names}) are called directly, not through a load balancer: nothing spreads the requests over their instances or stops sending them to one that has died. How do callers find and balance over the instances?'
        },
        fix: 'Inserts a `loadbalancer` (two instances in two zones) between the direct callers and the component.',
        references: ['AWS Well-Architected REL10-BP01 Deploy the workload to multiple locations', 'AWS Well-Architected PERF04-BP04 Use load balancing to distribute traffic across multiple resources'],
        decisions: [
            'Only synchronous connections count: a worker fed by a queue shares its messages among its instances by itself.',
            'A call passes a balancer when its caller is a `loadbalancer` or a `gateway` (of any engine), or a `dns` or `cdn` on a highly available managed engine (Route 53, Cloudflare, CloudFront), or a `dns` that declares a `health_check`.',
            'A component whose own engine is highly available (AWS Lambda, Amazon API Gateway) is not flagged: the platform routes each request to an instance.',
            'Service-to-service calls count too: without a load balancer the caller pins one instance, unless something else balances: a service mesh (`mesh` on a network around the caller or the callee), a caller that looks instances up in a `coordinator` (a discovery registry: client-side balancing), a caller drawn resolving through a `dns` component (round-robin DNS: each caller is handed one instance and reconnects to another when it dies), or the platform that autoscales the callee (an autoscaled fleet is registered with whatever routes to it, such as a Kubernetes Service or a target group).',
            'A call from a component the design draws but does not describe (`out_of_scope: true`) is not judged: how it reaches the instances is part of what the design leaves out.',
            'A `coordinator` (a ring manager, a registry, a scheduler) addresses each instance it manages by itself: its calls are control, not requests to spread, so they are not direct calls.',
            'A call that states how the caller picks the instance (`routing: consistent_hash`, `sticky`, `round_robin`, `subscribers` or `shard`) routes on purpose: a key on a hash ring, session affinity, client-side spreading, a delivery to the instances that subscribed, or a query router sending each call to the instance of its key\'s shard. The caller is then the balancer, and a load balancer in front would undo its choice, so the call is not flagged.',
            'A caller drawn as a service whose engine is also a load balancer (nginx, Apache httpd: a web tier proxying to its application servers) spreads the requests itself and is not flagged.',
            'A call from a `monitoring` or `logging` component (a probe reading each instance\'s status or load, a scraper) addresses every instance on purpose: it is observation, not traffic to spread, and is not flagged.',
            'A call to a target on the caller\'s own machine (`colocated: true`: a sidecar, a node-local agent) reaches the instance beside the caller: each caller instance has its own, so there is nothing to spread.',
            'A single instance (no `replicas`, or `replicas: 1`) is one by design: nothing to spread.',
            'A fleet the source sizes only as several (`replicas: many`, no autoscale) is described at a level that leaves its deployment out: how calls reach its instances is as unstated as how many there are, so the silence is not read as nothing spreading them; a stated count (`replicas: 3`) addressed directly is judged.',
            'How calls reach the instances is one decision for the design: when several components are called directly, one finding on the innermost group holding them lists every direct call; a single one is reported on the component with a quick fix that puts one load balancer in front of its direct callers.',
            'Components of other designs reached by `Design.Name` are left to that design\'s review.'
        ],
        quality: {
            grouping: 'One finding for the design (on the innermost group holding the components) when several replicated components are called directly, each direct call a related line; a component alone gets its own finding.',
            basis: 'Stated: the instance counts and connections as drawn; no figure is assumed.',
            unknowns: 'Balancing the design implies is not worst case: a mesh, a discovery registry, a DNS lookup the caller is drawn making (round-robin DNS) or an autoscaling platform counts as a balancer; a call that states its `routing` (a query router included) is routed on purpose, a call to a sidecar on the caller\'s machine (`colocated: true`) has one instance to reach, and a monitoring probe reads each instance on purpose; a fleet whose count the source leaves unsaid (`replicas: many`) has its routing left unsaid too; only fixed replicas addressed directly, with nothing stated about how, are asked about.',
            severity: 'Warning: replicas nobody balances over are a gap a reviewer raises. On the tuning corpus (37 designs), after platforms, query routers, sidecars, round-robin DNS and autoscaled fleets were read as balancing, 2 findings remained: one raised, one true but not what its source is about; on 43 designs 3 (one raised, two noise) once a store triggering its handlers is no longer read as a caller. On 73 designs (round 12): of 5 findings (1 raised, 4 noise), the 3 on fleets whose count the source leaves unsaid (`replicas: many`: an internal invalidation pipe, a gateway tier, a paper\'s internal RPC) are no longer given, all noise.'
        },
        examples: {
            flagged: 'client Web\nservice Api { replicas: 3 }\nWeb -> Api : https',
            fixed: 'client Web\nloadbalancer Lb { engine: alb }\nservice Api { replicas: 3 }\nWeb -> Lb -> Api : https'
        }
    },
    check({ design, index, traffic, report }) {
        const unbalanced: { component: Component; direct: Connection[] }[] = [];
        for (const component of index.ofKind(...COMPUTE_KINDS)) {
            // A fleet sized only as "several" (`replicas: many`): its deployment, routing included, is left unsaid, not known to be missing.
            if (component.foreign || !runsSeveralInstances(component) || !instanceCountStated(component) || component.engine?.ha === true) {
                continue;
            }
            // A store calls nothing: a connection from it is a trigger its handlers tail, with no caller to balance.
            const direct = traffic.syncIncoming(component).filter((connection) => !isOutOfScope(connection.source) && !isDataStore(connection.source) && !isColocated(connection) && !OBSERVER_KINDS.has(connection.source.kind) && !spreadsTraffic(connection.source) && balancedWithoutBalancer(connection, index) === undefined);
            if (direct.length > 0) {
                unbalanced.push({ component, direct });
            }
        }
        if (unbalanced.length === 1) {
            reportDirectCalls(unbalanced[0].component, unbalanced[0].direct, report);
        } else if (unbalanced.length > 1) {
            const components = unbalanced.map((item) => item.component);
            report({
                on: decisionScope(design, components),
                messageId: 'directMany',
                data: { count: components.length, names: joinWords(components.map((component) => component.name)) },
                related: relatedOf(unbalanced.flatMap(({ component, direct }) => direct.map((connection) => ({ on: connection, note: `${connection.source.name} calls ${component.name} (${instancesText(component).replace(/^runs /, '')}) without a load balancer` }))))
            });
        }
    }
});

function reportDirectCalls(component: Component, direct: readonly Connection[], report: (report: Report) => void): void {
    const callers = [...new Set(direct.map((connection) => connection.source))];
    report({
        on: component,
        messageId: 'direct',
        data: { what: describe(component), instances: instancesText(component), callers: listOf(callers), verb: callers.length === 1 ? 'calls' : 'call' },
        related: direct.map((connection) => ({ on: connection, message: `${connection.source.name} calls ${component.name} without a load balancer` })),
        fix: {
            kind: 'insert-between',
            title: `Put a load balancer in front of ${component.name}`,
            component: { kind: 'loadbalancer', name: `${component.name}Lb`, properties: [{ key: 'replicas', value: '2' }, { key: 'zones', value: '2' }] },
            connections: direct
        }
    });
}

/**
 * A web tier drawn as a service but running a proxy engine (nginx, Apache
 * httpd with mod_proxy_balancer): the engine forwards to its back ends and
 * spreads requests over them, so it is the balancer in front of them.
 */
function runsBalancerEngine(caller: Component): boolean {
    return caller.engine?.known === true && caller.engine.kinds.includes('loadbalancer');
}

/** The caller spreads requests over the instances behind it, or addresses each one as their coordinator (see the decisions). */
function spreadsTraffic(caller: Component): boolean {
    if (BALANCING_KINDS.has(caller.kind) || caller.kind === 'coordinator' || runsBalancerEngine(caller)) {
        return true;
    }
    if (!ROUTING_EDGE_KINDS.has(caller.kind)) {
        return false;
    }
    return caller.engine?.ha === true || (caller.kind === 'dns' && caller.properties.enabled('health_check'));
}
