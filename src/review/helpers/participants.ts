/** What a transaction writes, and which of those writes can join a two-phase commit. */
import type { Component, ComponentKind, Transaction } from '../../model/design.js';
import type { Fix, TransactionPropertyText } from '../fix.js';
import { unique } from './wording.js';

/** Stores with no prepare/commit protocol at all: they cannot vote in 2PC. */
const NEVER_TRANSACTIONAL: ReadonlySet<ComponentKind> = new Set(['cache', 'storage', 'search']);

/** Kinds whose `transactions` property (or engine fact) says whether they can. */
const TRANSACTIONAL_KINDS: ReadonlySet<ComponentKind> = new Set(['database', 'queue']);

export const TWO_PHASE_PROTOCOLS: ReadonlySet<string> = new Set(['two_phase_commit', 'three_phase_commit']);

/** The distinct components a transaction writes (a repeated name counts once). */
export function writtenStores(transaction: Transaction): Component[] {
    return unique(transaction.writes);
}

/**
 * False only when the design or the engine says so (`transactions: false`,
 * Cassandra, SQS…), or for caches, object storage and search indexes;
 * unknown stores get the benefit of the doubt.
 */
export function canJoinTwoPhaseCommit(store: Component): boolean {
    if (NEVER_TRANSACTIONAL.has(store.kind)) {
        return false;
    }
    return !TRANSACTIONAL_KINDS.has(store.kind) || store.properties.boolean('transactions') !== false;
}

/**
 * The quick fix towards a saga. A saga is eventually consistent by
 * construction, so a transaction that declares `strong` is moved to
 * `eventual` as well (otherwise `cap/saga-claims-strong` would fire next).
 */
export function switchToSaga(transaction: Transaction, reason: string): Fix {
    const properties: TransactionPropertyText[] = [{ key: 'protocol', value: 'saga' }];
    if (transaction.properties.string('consistency') === 'strong') {
        properties.push({ key: 'consistency', value: 'eventual' });
    }
    return { kind: 'set-properties', title: `Use a saga and accept eventual consistency (${reason})`, target: transaction, properties };
}
