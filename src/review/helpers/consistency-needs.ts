/**
 * Who needs which consistency, decided once for the `cap` rules.
 *
 * A need is read from the most specific place that states it: the
 * connection's own `consistency`, then the calling component's (a service,
 * worker or function states what it needs from its data), then the design's
 * `requirements.consistency`. A transaction's need is its own `consistency`,
 * else what its protocol implies (a saga or an outbox is eventual by
 * construction), else the design's requirement.
 */
import type { ComponentKind, Connection, Design, Transaction } from '../../model/design.js';
import { describe } from '../../model/component-facts.js';

/** Where a need was read from; rules use it to scope design-wide defaults. */
export type NeedSource = 'connection' | 'component' | 'requirements' | 'transaction' | 'protocol';

export interface ConsistencyNeed {
    /** `strong`, `eventual`, `bounded`, `session` or `read_your_writes`. */
    readonly level: string;
    readonly source: NeedSource;
    /** Where the need is stated, for messages: `declared by service Checkout`. */
    readonly origin: string;
}

/**
 * Kinds whose `consistency` is what they need from their data. On a store
 * the same key is what the store offers, so it is never read as a need.
 */
const CALLER_KINDS: ReadonlySet<ComponentKind> = new Set(['service', 'worker', 'function']);

/** Protocols that commit each store on its own and converge later. */
const EVENTUAL_PROTOCOLS: ReadonlySet<string> = new Set(['saga', 'outbox']);

/** Levels that break when a read lands on a replica that has not caught up. */
const FRESH_READ_LEVELS: ReadonlySet<string> = new Set(['strong', 'read_your_writes', 'session']);

function requirementNeed(design: Design): ConsistencyNeed | undefined {
    const level = design.settings.requirements?.properties.string('consistency');
    return level ? { level, source: 'requirements', origin: 'from requirements.consistency' } : undefined;
}

/** What the source of a connection needs from its target. */
export function connectionNeed(connection: Connection, design: Design): ConsistencyNeed | undefined {
    const own = connection.properties.string('consistency');
    if (own) {
        return { level: own, source: 'connection', origin: 'declared on the connection' };
    }
    const caller = connection.source;
    const callerLevel = CALLER_KINDS.has(caller.kind) ? caller.properties.string('consistency') : undefined;
    if (callerLevel) {
        return { level: callerLevel, source: 'component', origin: `declared by ${describe(caller)}` };
    }
    return requirementNeed(design);
}

/** What a transaction's writes need. */
export function transactionNeed(transaction: Transaction, design: Design): ConsistencyNeed | undefined {
    const own = transaction.properties.string('consistency');
    if (own) {
        return { level: own, source: 'transaction', origin: 'declared on the transaction' };
    }
    const protocol = transaction.properties.string('protocol');
    if (protocol && EVENTUAL_PROTOCOLS.has(protocol)) {
        return { level: 'eventual', source: 'protocol', origin: `implied by its ${protocol} protocol` };
    }
    return requirementNeed(design);
}

export function isStrong(need: ConsistencyNeed | undefined): need is ConsistencyNeed {
    return need?.level === 'strong';
}

/** Needs that a lagging replica breaks: strong, read-your-writes and session (which includes it). */
export function needsFreshReads(need: ConsistencyNeed | undefined): need is ConsistencyNeed {
    return need !== undefined && FRESH_READ_LEVELS.has(need.level);
}

export function isEventualProtocol(protocol: string | undefined): protocol is string {
    return protocol !== undefined && EVENTUAL_PROTOCOLS.has(protocol);
}

/** How messages name a need: `strong consistency`, `read-your-writes consistency`. */
export function describeLevel(level: string): string {
    return `${level.replace(/_/g, '-')} consistency`;
}
