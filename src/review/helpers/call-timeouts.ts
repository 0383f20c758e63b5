/**
 * Which synchronous calls the timeout policy (avail/no-timeout) judges, and
 * how each is bounded: shared with micro/no-circuit-breaker, which leaves
 * to that one policy question the calls it already lists.
 */
import type { Connection } from '../../model/design.js';
import type { PropertyBag } from '../../model/property-bag.js';
import { isLongLived } from './long-lived.js';
import { isStartupOnly } from './phase.js';

/** Application code that holds a thread or a request open while it waits. */
const CALLER_KINDS = new Set(['service', 'worker', 'function']);
/** What such code calls as a service: another service, a function, a third party, or a balancer in front of services. */
const CALLEE_KINDS = new Set(['service', 'function', 'external', 'loadbalancer', 'gateway']);

/**
 * Callees reached over the network whatever protocol the design leaves
 * unsaid: a third party, and a balancer or gateway (a network hop in front of
 * services by what it is). A call to another service with no protocol stated
 * may be in-process or a data flow sketched at a higher level.
 */
const NETWORK_HOP_KINDS: ReadonlySet<string> = new Set(['external', 'loadbalancer', 'gateway']);

/**
 * Protocols whose clients time out on their own: a store's wire protocol
 * (`sql`, `redis`) is spoken by its driver, whose timeouts are the store's
 * concern even when a proxy or pooler answers it; SMTP clients must time out
 * every command (RFC 5321, section 4.5.3.2).
 */
const SELF_TIMED_PROTOCOLS: ReadonlySet<string> = new Set(['sql', 'redis', 'smtp']);

/** `bounded`: a timeout above 0 or a circuit breaker; `forever`: `timeout: 0`; `unstated`: neither. */
export type CallBound = 'bounded' | 'unstated' | 'forever';

/**
 * A synchronous remote call from code to a service, used while serving (not
 * only at start-up). A connection held open for as long as the caller runs (a
 * WebSocket, a firehose subscription, `persistent: true`) is a stream, not a
 * call that returns: a call timeout would cut it, and what it needs instead
 * (stall detection, reconnecting with backoff) is avail/reconnect-storm's.
 */
export function isTimeoutJudged(connection: Connection): boolean {
    const { source, target } = connection;
    return connection.mode === 'sync' && CALLER_KINDS.has(source.kind) && CALLEE_KINDS.has(target.kind)
        && !isStartupOnly(connection) && (connection.protocol !== undefined || NETWORK_HOP_KINDS.has(target.kind))
        && !SELF_TIMED_PROTOCOLS.has(connection.protocol ?? '') && !isLongLived(connection);
}

/** The connection's own timeout or circuit breaker, else the caller's default. */
export function callBoundOf(connection: Connection): CallBound {
    const own = boundIn(connection.properties);
    return own !== 'unstated' ? own : boundIn(connection.source.properties);
}

/** A call the timeout policy question lists (no timeout and no circuit breaker), or flags as waiting forever. */
export function lacksTimeout(connection: Connection): boolean {
    return isTimeoutJudged(connection) && callBoundOf(connection) !== 'bounded';
}

function boundIn(properties: PropertyBag<string>): CallBound {
    const timeout = properties.number('timeout');
    const breaker = properties.boolean('circuit_breaker');
    if ((timeout !== undefined && timeout > 0) || breaker === true) {
        return 'bounded';
    }
    return timeout === 0 ? 'forever' : 'unstated';
}
