/**
 * Who spreads calls over a component's instances when no load balancer is
 * drawn: a service mesh in a network around the caller or the callee, the
 * caller itself through a discovery registry (client-side balancing), or the
 * platform that adds and removes the instances (an autoscaled fleet is
 * registered with whatever routes to it: a Kubernetes Service, a target group),
 * or the caller that picks an instance through a DNS lookup it is drawn making
 * (round-robin DNS: each caller resolves to one instance and, when it dies,
 * reconnects to another), or the caller's own stated routing (`routing`: a consistent-hash ring, session
 * affinity, client-side spreading, deliveries to subscribers).
 */
import type { Component, Connection, Group } from '../../model/design.js';
import type { DesignIndex } from '../../model/design-index.js';
import { autoscales } from '../../model/component-facts.js';
import { routingOf, routingText } from '../../model/routing.js';

/** The innermost network around the component that runs a service mesh (`mesh: true` or its name). */
export function meshOf(component: Component): Group | undefined {
    for (let group = component.group; group !== undefined; group = group.parent) {
        if (group.kind === 'network' && group.properties.enabled('mesh')) {
            return group;
        }
    }
    return undefined;
}

/** How this call is balanced without a load balancer, in words; undefined when nothing says. */
export function balancedWithoutBalancer(connection: Connection, index: DesignIndex): string | undefined {
    const routing = routingOf(connection);
    if (routing !== undefined) {
        return `${connection.source.name} ${routingText(routing)} of ${connection.target.name}`;
    }
    const mesh = meshOf(connection.source) ?? meshOf(connection.target);
    if (mesh) {
        return `the service mesh of ${mesh.name} balances it`;
    }
    if (index.outgoing(connection.source).some((lookup) => lookup.target.kind === 'coordinator')) {
        return `${connection.source.name} looks instances up in a registry and balances on the client side`;
    }
    const dns = index.outgoing(connection.source).find((lookup) => lookup.target.kind === 'dns');
    if (dns !== undefined) {
        return `${connection.source.name} picks an instance through DNS (${dns.target.name}) and connects to it directly`;
    }
    if (autoscales(connection.target)) {
        return `the platform that autoscales ${connection.target.name} routes to the instances it adds`;
    }
    return undefined;
}
