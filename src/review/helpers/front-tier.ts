/**
 * The services that take client traffic first: reached from a client or an
 * external caller over synchronous connections through edge components only
 * (DNS, CDN, load balancer, gateway). rules.md's entry point is what a
 * client connects to directly, which in most designs is a CDN or a load
 * balancer; the services right behind that edge take the peak, so they are
 * the entry-point services `scale/no-autoscaling` asks about.
 */
import { EDGE_KINDS, replicaCount } from '../../model/component-facts.js';
import type { DesignEstimates } from '../../estimates/estimate-design.js';
import type { Component } from '../../model/design.js';
import type { DesignIndex } from '../../model/design-index.js';
import type { Traffic } from '../graph/traffic.js';

/** One breadth-first walk from the callers through the edge: linear in the design. */
export function frontServices(index: DesignIndex, traffic: Traffic): Component[] {
    const reached = new Set<Component>();
    const edges: Component[] = [];
    const visit = (component: Component): void => {
        if (reached.has(component)) {
            return;
        }
        reached.add(component);
        if (EDGE_KINDS.has(component.kind)) {
            edges.push(component);
        }
    };
    for (const caller of index.ofKind('client', 'external')) {
        traffic.syncOutgoing(caller).forEach((connection) => visit(connection.target));
    }
    for (let head = 0; head < edges.length; head++) {
        traffic.syncOutgoing(edges[head]).forEach((connection) => visit(connection.target));
    }
    return [...reached].filter((component) => component.kind === 'service');
}

/** A fixed fleet at or under this share of its capacity at peak is sized for twice the peak: the usual headroom. */
const SIZED_UTILISATION = 0.5;

/** The fleet takes the peak with room: its stated capacity covers it, or the estimates put it at half its capacity or less. */
export function sizedForPeak(service: Component, peak: number, estimates: DesignEstimates): boolean {
    const capacity = service.properties.number('capacity_rps');
    if (capacity !== undefined && replicaCount(service) * capacity >= peak) {
        return true;
    }
    return hasHeadroom(service, estimates);
}

/** The estimates put the fleet at half its capacity or less at peak: sized for twice the peak. */
export function hasHeadroom(service: Component, estimates: DesignEstimates): boolean {
    const utilisation = estimates.components.get(service)?.utilisation?.value;
    return utilisation !== undefined && utilisation <= SIZED_UTILISATION;
}
