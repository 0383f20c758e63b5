import { defineRule } from '../../rule.js';
import { describe } from '../../../model/component-facts.js';
import { runsSeveralInstances } from '../../helpers/instances.js';
import { instancesText } from '../../helpers/wording.js';
import type { Component } from '../../../model/design.js';
import type { DesignIndex } from '../../../model/design-index.js';
import { deliversToSubscribers } from '../../../model/routing.js';

/** Protocols that keep one connection open per client: its requests all reach the instance that holds it. */
const PERSISTENT_PROTOCOLS = new Set(['ws', 'wss']);

export default defineRule({
    meta: {
        id: 'scale/stateful-replicas',
        section: 'scaling',
        severity: 'warning',
        description: 'A service or gateway with several replicas or autoscaling keeps client state in its instances (`stateless: false`).',
        rationale: 'Horizontal scaling assumes any instance can serve any request. State kept in one instance (sessions, carts, upload progress) is missing on the others: the next request that lands elsewhere fails or starts over, and a crash, a deploy or a scale-in throws it away. Keeping that state in a shared store (a replicated cache such as Redis, or the database) makes the instances interchangeable.',
        question: 'Where does {element} keep session state, and what happens to a user when their instance is replaced?',
        messages: {
            stateful: '{what} {instances} but keeps client state in them (stateless: false): a request that reaches another instance misses that state, and a crash, deploy or scale-in loses it.'
        },
        fix: 'Sets `stateless: true` (after moving session state to a shared cache).',
        references: ['The Twelve-Factor App, VI. Processes', 'AWS Well-Architected REL05-BP06 Make systems stateless where possible'],
        decisions: [
            'Only an explicit `stateless: false` (written or an engine fact) fires; an unstated `stateless` is not a claim either way.',
            'Services and gateways are checked, as the catalog says; workers and functions take their work from queues and events, not from a client session.',
            'State held for persistent client connections is not flagged: when clients reach the component only over WebSockets (`ws`, `wss`), and anything else only delivers to the instances they subscribed through (`routing: subscribers`), every request of a connection reaches the instance holding it, and a client whose instance dies reconnects and rebuilds its session (how a fleet absorbs those reconnects is another question).',
            'Sticky sessions on a load balancer in front do not count: they route a client back to its instance, but the state still dies with that instance.',
            'The quick fix sets `stateless: true`; the message and rationale say where the state should go (a shared cache).'
        ],
        quality: {
            grouping: 'Per component: each service keeps its own state.',
            basis: 'Stated: `stateless: false` (written or an engine fact) and the instance count.',
            unknowns: 'An unstated `stateless` is not a claim either way: no finding. State that lives with a WebSocket connection is the connection\'s, rebuilt on reconnect.',
            severity: 'Warning: state in replicated instances is a gap a reviewer raises (its corpus finding, channel history held in memory, was one).'
        },
        examples: {
            flagged: 'client Web\nloadbalancer Lb { engine: alb }\nservice Api { replicas: 3, stateless: false }\nWeb -> Lb -> Api : https',
            fixed: 'client Web\nloadbalancer Lb { engine: alb }\nservice Api { replicas: 3, stateless: true }\nWeb -> Lb -> Api : https'
        }
    },
    check({ index, report }) {
        for (const component of index.ofKind('service', 'gateway')) {
            if (component.foreign || component.properties.boolean('stateless') !== false || !runsSeveralInstances(component) || holdsConnectionState(component, index)) {
                continue;
            }
            report({
                on: component,
                messageId: 'stateful',
                data: { what: describe(component), instances: instancesText(component) },
                fix: { kind: 'set-properties', title: `Make ${component.name} stateless (keep sessions in a shared cache)`, target: component, properties: [{ key: 'stateless', value: 'true' }] }
            });
        }
    }
});

/**
 * The component's state belongs to persistent client connections: clients
 * reach it only over WebSockets, and anything else reaching it delivers to
 * the instances they subscribed through (`routing: subscribers`). Every
 * request of a connection reaches the instance holding it, and a client whose
 * instance dies reconnects and rebuilds its session elsewhere.
 */
function holdsConnectionState(component: Component, index: DesignIndex): boolean {
    const incoming = index.incoming(component);
    const persistent = incoming.filter((connection) => PERSISTENT_PROTOCOLS.has(connection.protocol ?? ''));
    return persistent.length > 0 && incoming.every((connection) => persistent.includes(connection) || deliversToSubscribers(connection));
}
