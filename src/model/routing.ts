/**
 * How a caller picks the instance of its target itself (`routing` on a
 * connection): by a key on a hash ring, by session affinity, by spreading
 * over the instances, by delivering to the instances that subscribed, or by
 * the shard of each call's key (a query router in front of per-shard
 * instances).
 * A design that routes on purpose needs no load balancer on that call.
 */
import type { Connection } from './design.js';

export type Routing = 'consistent_hash' | 'sticky' | 'round_robin' | 'subscribers' | 'shard';

const ROUTINGS: readonly Routing[] = ['consistent_hash', 'sticky', 'round_robin', 'subscribers', 'shard'];

/** The routing the connection states; undefined when it states none. */
export function routingOf(connection: Connection): Routing | undefined {
    const stated = connection.properties.string('routing');
    return ROUTINGS.find((routing) => routing === stated);
}

/** A delivery to the instances that subscribed (`routing: subscribers`): it answers an earlier subscription, not the request in hand. */
export function deliversToSubscribers(connection: Connection): boolean {
    return routingOf(connection) === 'subscribers';
}

/**
 * A service's call to itself routed by key (`routing: shard` or
 * `consistent_hash`): the instance a client reached forwards the call once,
 * to the instance that owns the key, which serves it. It places state by key
 * on purpose and never recurses.
 */
export function relaysToOwner(connection: Connection): boolean {
    return connection.source === connection.target && routesToOwner(connection);
}

/** A call routed to the instance that owns its key (`routing: shard` or `consistent_hash`), whoever makes it. */
export function routesToOwner(connection: Connection): boolean {
    const routing = routingOf(connection);
    return routing === 'shard' || routing === 'consistent_hash';
}

/** How the stated routing picks the instance, in words for a finding or a hover. */
export function routingText(routing: Routing): string {
    switch (routing) {
        case 'consistent_hash':
            return 'picks the instance by a key on a consistent-hash ring';
        case 'sticky':
            return 'keeps each client on the instance it first reached';
        case 'round_robin':
            return 'spreads its calls over the instances itself';
        case 'subscribers':
            return 'delivers to the instances that subscribed';
        case 'shard':
            return 'sends each call to the instance that serves its key\'s shard';
    }
}
