import type { Component, Connection, Design } from '../../../model/design.js';
import type { DesignIndex } from '../../../model/design-index.js';
import type { Fix } from '../../fix.js';
import { defineRule } from '../../rule.js';
import { describe, minInstances } from '../../../model/component-facts.js';
import { isOutOfScope } from '../../../model/out-of-scope.js';
import { joinWords, unique } from '../../helpers/wording.js';
import { isLongLived } from '../../helpers/long-lived.js';


export default defineRule({
    meta: {
        id: 'avail/reconnect-storm',
        section: 'failure-recovery',
        severity: 'info',
        description: 'Clients hold long-lived connections (WebSockets, or connections stated `persistent`) to a tier, and nothing says they reconnect with backoff and jitter.',
        rationale: 'A client on a WebSocket stays on one server for its whole session. When that server crashes or is redeployed, or a whole region of them goes, every client it held reconnects within the same second, and each reconnect costs more than a request (a TLS handshake, authentication, re-subscribing, catching up on what was missed). The surviving servers, and what they call to rebuild each session, take that surge on top of their load; if it fails them too, the storm moves on. Clients that wait a growing, random delay before reconnecting (exponential backoff with jitter) spread it out.',
        question: 'What happens to {element} when one instance fails and all its clients reconnect at once?',
        messages: {
            reconnectStorm: '{clients} {keep} long-lived{protocol} connections to {holder}: when an instance of it fails or is redeployed, every client it held reconnects at the same moment, and the instances left (and what each new session calls) take the surge. Do the clients reconnect with backoff and jitter (`backoff: true`)?'
        },
        fix: 'Sets `backoff: true` on the clients\' long-lived connections.',
        references: ['AWS Builders\' Library: Timeouts, retries, and backoff with jitter', 'Google SRE book, chapter 22: Addressing Cascading Failures'],
        quality: {
            grouping: 'One finding per tier that holds the connections (the component behind any load balancer in between), listing the client connections; its fix settles them all.',
            basis: 'Stated: the connections\' `ws`/`wss` protocol or `persistent: true`, and their `backoff`.',
            unknowns: 'Only connections stated as WebSockets or `persistent: true` are judged (a request protocol ends with each request); an unstated backoff is asked about, at info, never assumed missing; a holder of one instance in a design that states no load (`users`, `peak_rps`, `rps`) is not asked about, since nothing gives the surge a size.',
            severity: 'Info: a question a reviewer asks of every design with many long-lived client connections; the answer is often in the client library rather than the design; 2 of 2 on the 43 tuning designs are concerns a reviewer raises (one the source\'s own headline outage); a single instance of a sample app with no load stated was noise and is no longer asked.'
        },
        decisions: [
            'A connection from a client with protocol `ws` or `wss`, or stated `persistent: true` (a push socket over plain TCP, MQTT or XMPP that a phone holds open), is long-lived; the tier that holds it is its target, or, behind a load balancer, what the load balancer forwards to; when some of its forwards are stated long-lived themselves, only those (a balancer in front of both a WebSocket gateway and REST services sends the sockets to the gateway alone).',
            '`backoff: true` on the connection settles it; so does a holder the design draws but does not describe (`out_of_scope: true`).',
            'The tiers are judged each: one finding per holding tier.',
            'The surge needs a size: a holder of one instance (`replicas` left out or 1) is asked about only when the design states a load (`requirements { users }` or `peak_rps`, or `rps` on the long-lived connections).'
        ],
        examples: {
            flagged: 'client App\nservice Realtime { replicas: 4 }\nApp -> Realtime : wss',
            fixed: 'client App\nservice Realtime { replicas: 4 }\nApp -> Realtime : wss { backoff: true }'
        }
    },
    check({ design, index, report }) {
        const byHolder = new Map<Component, Connection[]>();
        for (const connection of index.ofKind('client').flatMap((client) => index.outgoing(client)).filter(isUnspreadLongLived)) {
            for (const holder of holdersOf(connection, index)) {
                byHolder.set(holder, [...(byHolder.get(holder) ?? []), connection]);
            }
        }
        for (const [holder, connections] of byHolder) {
            if (!stormSized(holder, connections, design)) {
                continue;
            }
            report({
                on: holder,
                messageId: 'reconnectStorm',
                data: { clients: clientsOf(connections), keep: unique(connections.map((connection) => connection.source)).length === 1 ? 'keeps' : 'keep', protocol: protocolsText(connections), holder: describe(holder) },
                basis: 'stated',
                related: connections.map((connection) => ({ on: connection, message: `${connection.id}: ${connection.protocol ?? 'persistent'}, no backoff` })),
                fix: backOff(connections)
            });
        }
    }
});

/**
 * Whether the design gives the reconnect surge a size: the holder is a fleet
 * (`replicas` of two or more, or `many`), or a client load is stated (the
 * design's `users` or `peak_rps`, or `rps` on the connections). One instance
 * with no load stated holds a handful of sockets of a sample app: a surge
 * of them is not worth a question.
 */
function stormSized(holder: Component, connections: readonly Connection[], design: Design): boolean {
    const requirements = design.settings.requirements?.properties;
    return minInstances(holder) >= 2
        || requirements?.number('users') !== undefined || requirements?.number('peak_rps') !== undefined
        || connections.some((connection) => connection.properties.number('rps') !== undefined);
}

function clientsOf(connections: readonly Connection[]): string {
    return joinWords(unique(connections.map((connection) => connection.source)).map(describe));
}

/** ` wss`, ` ws/tcp`, or nothing when no connection states its protocol. */
function protocolsText(connections: readonly Connection[]): string {
    const protocols = unique(connections.map((connection) => connection.protocol ?? '')).filter((protocol) => protocol !== '');
    return protocols.length > 0 ? ` ${protocols.join('/')}` : '';
}

/** A WebSocket, or any connection stated `persistent: true` (a push socket over TCP, MQTT, XMPP), with no stated backoff. */
function isUnspreadLongLived(connection: Connection): boolean {
    return isLongLived(connection) && connection.properties.boolean('backoff') !== true;
}

/** The target, or what a load balancer in between forwards to; described holders only. */
function holdersOf(connection: Connection, index: DesignIndex): Component[] {
    const { target } = connection;
    const holders = target.kind === 'loadbalancer' ? sessionForwards(index.outgoing(target)).map((forward) => forward.target) : [target];
    return holders.filter((holder) => !isOutOfScope(holder) && !holder.foreign && holder.kind !== 'external');
}

/**
 * Where a load balancer sends the long-lived sessions: the forwards stated
 * long-lived when some are (one balancer often fronts a WebSocket gateway
 * and REST services, and only the gateway holds the sockets), else all.
 */
function sessionForwards(forwards: readonly Connection[]): readonly Connection[] {
    const longLived = forwards.filter(isLongLived);
    return longLived.length > 0 ? longLived : forwards;
}

function backOff(connections: readonly Connection[]): Fix {
    const [first] = connections;
    if (connections.length === 1) {
        return { kind: 'set-properties', title: `Reconnect ${first.id} with backoff and jitter`, target: first, properties: [{ key: 'backoff', value: 'true' }] };
    }
    return { kind: 'set-properties-each', title: `Reconnect ${connections.length} connections with backoff and jitter`, targets: connections, properties: [{ key: 'backoff', value: 'true' }] };
}
