import type { Component, ComponentKind, Connection } from '../../../model/design.js';
import type { DesignIndex } from '../../../model/design-index.js';
import { defineRule } from '../../rule.js';
import { COMPUTE_KINDS, describe } from '../../../model/component-facts.js';
import { crossesInternet, inPrivateNetwork, linkEncrypted } from '../../helpers/network.js';
import { reportDecision } from '../../helpers/one-decision.js';

/** Entry components that can face the internet and route into the deployment. */
const PUBLIC_ENTRY_KINDS: ReadonlySet<ComponentKind> = new Set<ComponentKind>(['loadbalancer', 'gateway', 'cdn']);

export default defineRule({
    meta: {
        id: 'sec/internal-call-via-public-endpoint',
        section: 'security',
        severity: 'warning',
        description: 'Code in a private network calls another part of the deployment through the internet-facing load balancer, gateway or CDN that clients use.',
        rationale: 'An internet-facing entry point has public addresses: a call to it from a private network leaves through the NAT gateway and comes back in from the internet. The internal call pays NAT and data-transfer charges and extra latency, depends on the public path being up, and obliges the internal API to be published on the public entry, where anyone can call it too; in plain HTTP it also crosses the public side in the clear. Services inside the deployment call each other directly (service discovery, a mesh) or through an internal load balancer.',
        question: 'Why does {element} go out to the internet and back to reach a service of its own deployment?',
        messages: {
            one: '{source} calls {entry}, which clients reach from the internet, to get back into the private network{plain}: the call leaves through NAT and comes back in from the internet, paying NAT cost and latency, and the internal API has to be open on the public entry. Call the service directly or through an internal load balancer.',
            many: '{count} calls from private networks go out through internet-facing entry points and back in ({list}){plain}: each leaves through NAT and comes back in from the internet, paying NAT cost and latency, and the internal APIs have to be open on the public entry. One decision settles them all: internal calls go directly (service discovery, a mesh) or through an internal load balancer.'
        },
        references: [
            'AWS Well-Architected SEC05-BP01 Create network layers',
            'AWS Elastic Load Balancing: internet-facing and internal load balancers'
        ],
        decisions: [
            'Judged: a connection from a service, worker or function in a private network to a load balancer, gateway or CDN that sits outside every private network, that a client or external system calls across the internet, and that routes to a component in a private network: the call goes out and comes back in.',
            'An entry point placed in a private network (an internal load balancer) or one no one calls from the internet is not flagged: that is the internal path.',
            'Such calls are one decision (how services inside the deployment find each other): several give one finding on the design, each call a related location; a lone one is reported on itself. The message says when the call is also in plain text.',
            'No quick fix: an internal load balancer or service discovery is a change of topology, not a property.'
        ],
        quality: {
            grouping: 'One finding for every internal call through a public entry point, on the design, each call a related location; a lone call is reported on itself.',
            basis: 'Stated: network groups and their exposure, component kinds, the connections drawn (clients across the internet, the entry point\'s routes), protocols and `tls`.',
            unknowns: 'A component outside every network counts as public only for the entry point, and only with an internet caller drawn; a caller outside every private network is not judged (its placement is not stated).',
            severity: 'Warning: a gap a reviewer raises (cost, latency, exposure), not an open door by itself; the field corpus raised it on the one reference architecture that does it.'
        },
        examples: {
            flagged: 'client U\nnetwork edge {\n  exposure: public\n  loadbalancer Lb\n}\nnetwork app {\n  service Web\n  service Catalog\n  Web -> Lb : https\n}\nU -> Lb : https\nLb -> Web : http\nLb -> Catalog : http',
            fixed: 'client U\nnetwork edge {\n  exposure: public\n  loadbalancer Lb\n}\nnetwork app {\n  service Web\n  service Catalog\n  Web -> Catalog : https\n}\nU -> Lb : https\nLb -> Web : http\nLb -> Catalog : http'
        }
    },
    check({ design, index, report }) {
        const detours = design.connections.filter((connection) => isDetour(connection, index));
        if (detours.length === 0) {
            return;
        }
        const plain = detours.some((connection) => connection.protocol !== undefined && !linkEncrypted(connection)) ? ', in plain text' : '';
        reportDecision(report, {
            affected: detours.map((connection) => ({ on: connection, note: `${connection.id}: out through ${connection.target.name} and back in` })),
            peers: detours.length,
            once: { on: design, messageId: 'many', data: { count: detours.length, list: detours.map((connection) => connection.id).join(', '), plain }, basis: 'stated' },
            each: (item) => {
                const connection = detours.find((candidate) => candidate === item.on) ?? detours[0];
                const own = connection.protocol !== undefined && !linkEncrypted(connection) ? ', in plain text' : '';
                return { on: connection, messageId: 'one', data: { source: describe(connection.source), entry: describe(connection.target), plain: own }, basis: 'stated' };
            }
        });
    }
});

/** Private code calling a public entry point that routes back into a private network. */
function isDetour(connection: Connection, index: DesignIndex): boolean {
    const { source, target } = connection;
    return COMPUTE_KINDS.includes(source.kind)
        && inPrivateNetwork(source)
        && isInternetFacingEntry(target, index)
        && index.outgoing(target).some((route) => inPrivateNetwork(route.target));
}

function isInternetFacingEntry(component: Component, index: DesignIndex): boolean {
    return PUBLIC_ENTRY_KINDS.has(component.kind)
        && !inPrivateNetwork(component)
        && index.incoming(component).some(crossesInternet);
}
