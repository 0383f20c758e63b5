/**
 * Designs not for production that publish nothing: a client outside every
 * network that calls into a private network is on the deployment's own
 * reach (a port forward or `minikube service` on the developer's machine,
 * a VPN), not on the internet. The rules that judge what the internet can
 * reach (plain text, open entry points) leave such components to the
 * deployment's own review.
 */
import { EDGE_KINDS } from '../../model/component-facts.js';
import type { Component, Design } from '../../model/design.js';
import { judgesPractices } from '../../model/purpose.js';
import type { Traffic } from '../graph/traffic.js';
import { crossesInternet, inPrivateNetwork, isPubliclyPlaced } from './network.js';
import type { DesignIndex } from '../../model/design-index.js';

/** The design publishes something: a network with `exposure: public`, or a component with `public: true`. */
export function publishesAnything(design: Design): boolean {
    return design.groups.some((group) => group.exposure === 'public')
        || design.components.some((component) => component.properties.boolean('public') === true);
}

/** A design not for production that publishes nothing: its private networks are reached only from the deployment's own reach. */
export function onlyPrivateReach(design: Design): boolean {
    return !judgesPractices(design) && !publishesAnything(design);
}

/** The component sits in a private network of a design not for production that publishes nothing. */
export function reachedOnlyPrivately(design: Design, component: Component): boolean {
    return onlyPrivateReach(design) && inPrivateNetwork(component);
}

/**
 * The components a client's synchronous requests reach from the internet in
 * a design not for production that publishes nothing: the first hop lands
 * on a component placed publicly (outside every network), or passes
 * through such an edge (a load balancer, gateway or CDN) on the way. A
 * component reached only into private networks is not among them. In other
 * designs every component a client reaches counts.
 */
export function reachedFromInternet(traffic: Traffic): ReadonlySet<Component> {
    const privateOnly = onlyPrivateReach(traffic.design);
    const entered = traffic.clients().flatMap((client) => traffic.syncOutgoing(client)
        .filter((connection) => !privateOnly || (!inPrivateNetwork(client) && isPubliclyPlaced(connection.target)))
        .map((connection) => connection.target));
    const reached = new Set<Component>(entered);
    // Each edge the internet reaches forwards it on, into private networks too.
    for (const component of reached) {
        if (EDGE_KINDS.has(component.kind)) {
            traffic.syncOutgoing(component).forEach((connection) => reached.add(connection.target));
        }
    }
    return reached;
}

/**
 * Whether the internet reaches a component: it is placed publicly, a client
 * or external system outside the private networks calls it, or a client's
 * requests reach it (through an edge that forwards them). A store that only
 * the private network reaches needs a foothold inside before anyone can use
 * a weakness of its login.
 */
export function internetReaches(traffic: Traffic, index: DesignIndex): (component: Component) => boolean {
    const reached = reachedFromInternet(traffic);
    return (component) => isPubliclyPlaced(component) || reached.has(component)
        || index.incoming(component).some(crossesInternet);
}
