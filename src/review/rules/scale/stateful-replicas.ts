import { defineRule } from '../../rule.js';
import { describe } from '../../../model/component-facts.js';
import { runsSeveralInstances } from '../../helpers/instances.js';
import { instancesText } from '../../helpers/wording.js';
import type { Component, Connection } from '../../../model/design.js';
import type { DesignIndex } from '../../../model/design-index.js';
import { deliversToSubscribers, relaysToOwner, routesToOwner } from '../../../model/routing.js';
import { listOf } from '../../helpers/wording.js';
import { isLongLived } from '../../helpers/long-lived.js';


export default defineRule({
    meta: {
        id: 'scale/stateful-replicas',
        section: 'scaling',
        severity: 'warning',
        description: 'A service or gateway with several replicas or autoscaling keeps client state in its instances (`stateless: false`, or sticky sessions in front of it).',
        rationale: 'Horizontal scaling assumes any instance can serve any request. State kept in one instance (sessions, carts, upload progress) is missing on the others: the next request that lands elsewhere fails or starts over, and a crash, a deploy or a scale-in throws it away. Keeping that state in a shared store (a replicated cache such as Redis, or the database) makes the instances interchangeable.',
        question: 'Where does {element} keep session state, and what happens to a user when their instance is replaced?',
        messages: {
            stateful: '{what} {instances} but keeps client state in them (stateless: false): a request that reaches another instance misses that state, and a crash, deploy or scale-in loses it.',
            sticky: '{what} {instances} behind {balancers} with sticky sessions, which pin each client to the instance holding its session: when that instance crashes, is redeployed or scaled in, its clients\' sessions are lost with it, and the pinning leaves the load uneven. Where does the session state live?'
        },
        fix: 'Sets `stateless: true` (after moving session state to a shared cache).',
        references: ['The Twelve-Factor App, VI. Processes', 'AWS Well-Architected REL05-BP06 Make systems stateless where possible'],
        decisions: [
            'An explicit `stateless: false` (written or an engine fact) fires; an unstated `stateless` is not a claim either way, unless a load balancer in front states `sticky_sessions: true`: pinning clients to instances is the design saying the instances hold their sessions (the `sticky` message). `stateless: true` settles both.',
            'Services and gateways are checked, as the catalog says; workers and functions take their work from queues and events, not from a client session.',
            'State held for persistent client connections is not flagged: when clients reach the component only over persistent connections (`ws`, `wss` or `persistent: true`, directly or through a load balancer that only such connections reach), and anything else only delivers to the instances they subscribed through (`routing: subscribers`) or comes back over a queue the component itself publishes to (a bus between its own instances, which carries a message to the instance holding the recipient), every request of a connection reaches the instance holding it, and a client whose instance dies reconnects and rebuilds its session (how a fleet absorbs those reconnects is another question).',
            'State placed by key is not flagged: the instances forward each call to the one owning its key (`routing: shard` or `consistent_hash` on a call to itself), or every call reaching them is already routed to the owner (a sharding front end\'s `routing: consistent_hash` or `shard`), so no request lands on an instance missing its state; what the owner holds when it fails is a failover question (field corpus, round 31: a push platform\'s workers, each reached only through a front end that routes every user to the worker owning the user\'s shard).',
            'A component whose replicas stand by for a leader (`standby: true`: a scheduler cluster with one leader at a time) is not judged: no request or job reaches a follower, so state the leader holds is not split between instances; what the leader holds at a failover, and how the leader is elected, are failover questions, not session affinity.',
            'Sticky sessions on a load balancer in front do not settle it: they route a client back to its instance, but the state still dies with that instance.',
            'The quick fix sets `stateless: true`; the message and rationale say where the state should go (a shared cache).'
        ],
        quality: {
            grouping: 'Per component: each service keeps its own state.',
            basis: 'Stated: `stateless: false` (written or an engine fact), or `sticky_sessions: true` on a load balancer in front, and the instance count.',
            unknowns: 'An unstated `stateless` with no sticky balancer in front is not a claim either way: no finding. Replicas standing by for a leader (`standby: true`) serve nothing until a failover: no finding. Instances that forward each call to the instance owning its key (a call to itself with `routing: shard` or `consistent_hash`) place their state on purpose: no finding. State that lives with a persistent connection (a WebSocket, directly or through a balancer) is the connection\'s, rebuilt on reconnect.',
            severity: 'Warning: state in replicated instances is a gap a reviewer raises. On the tuning corpus (67 designs): 2 of 2 tp (channel history held in memory; sessions pinned by a sticky balancer); the chat fleet that holds only its WebSocket connections and routes over its own bus is no longer flagged. On 85 designs (round 14): 2 findings, both raised; a scheduler cluster whose followers stand by for one leader (`standby: true`, newly sayable in the language) is no longer read as client session state (one wrong finding fewer).'
        },
        examples: {
            flagged: 'client Web\nloadbalancer Lb { engine: alb }\nservice Api { replicas: 3, stateless: false }\nWeb -> Lb -> Api : https',
            fixed: 'client Web\nloadbalancer Lb { engine: alb }\nservice Api { replicas: 3, stateless: true }\nWeb -> Lb -> Api : https'
        }
    },
    check({ index, report }) {
        for (const component of index.ofKind('service', 'gateway')) {
            const stateless = component.properties.boolean('stateless');
            // A leader with replicas on standby (`standby: true`) spreads no request over them: the replicas are failover copies.
            if (component.foreign || stateless === true || !runsSeveralInstances(component) || component.properties.boolean('standby') === true || holdsConnectionState(component, index) || placesStateByKey(component, index)) {
                continue;
            }
            const fix = { kind: 'set-properties', title: `Make ${component.name} stateless (keep sessions in a shared cache)`, target: component, properties: [{ key: 'stateless', value: 'true' }] } as const;
            if (stateless === false) {
                report({ on: component, messageId: 'stateful', data: { what: describe(component), instances: instancesText(component) }, fix });
                continue;
            }
            const sticky = index.incoming(component).filter((connection) => connection.source.kind === 'loadbalancer' && connection.source.properties.boolean('sticky_sessions') === true);
            if (sticky.length > 0) {
                report({
                    on: component,
                    messageId: 'sticky',
                    data: { what: describe(component), instances: instancesText(component), balancers: listOf(sticky.map((connection) => connection.source)) },
                    basis: 'stated',
                    related: sticky.map((connection) => ({ on: connection.source, message: `${connection.source.name} states sticky_sessions: true` })),
                    fix
                });
            }
        }
    }
});

/**
 * The component's state belongs to persistent client connections: clients
 * reach it only over persistent connections (directly or through a load
 * balancer), and anything else reaching it delivers to the instances they
 * subscribed through (`routing: subscribers`) or comes over its own bus. Every
 * request of a connection reaches the instance holding it, and a client whose
 * instance dies reconnects and rebuilds its session elsewhere.
 */
function holdsConnectionState(component: Component, index: DesignIndex): boolean {
    const incoming = index.incoming(component);
    const persistent = incoming.filter((connection) => isPersistent(connection, index));
    return persistent.length > 0 && incoming.every((connection) => persistent.includes(connection) || deliversToSubscribers(connection) || isOwnBus(connection, component, index));
}

/**
 * The state is placed by key, not left with whichever instance a client
 * reached: the instances forward each call to the one that owns its key
 * (`routing: shard` on a call to itself), or every call reaching them is
 * routed to the owner already (a sharding front end's `routing:
 * consistent_hash`).
 */
function placesStateByKey(component: Component, index: DesignIndex): boolean {
    const incoming = index.incoming(component);
    return index.outgoing(component).some(relaysToOwner) || (incoming.length > 0 && incoming.every(routesToOwner));
}

/** A connection held open by its client: a WebSocket, `persistent: true`, or a load balancer's hop that only such connections reach. */
function isPersistent(connection: Connection, index: DesignIndex): boolean {
    if (isLongLived(connection)) {
        return true;
    }
    if (connection.source.kind !== 'loadbalancer') {
        return false;
    }
    const upstream = index.incoming(connection.source);
    return upstream.length > 0 && upstream.every(isLongLived);
}

/** A queue the component publishes to and consumes: a bus between its own instances, carrying each message to the instance that holds its recipient. */
function isOwnBus(connection: Connection, component: Component, index: DesignIndex): boolean {
    return connection.source.kind === 'queue' && index.outgoing(component).some((outbound) => outbound.target === connection.source);
}
