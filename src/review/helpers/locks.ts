/**
 * When a lock held in a store can be lost or granted twice. Shared by
 * `cap/lock-on-async-replica` (which reports it) and
 * `cap/strong-on-eventual-store` (which leaves such lock connections to it,
 * so one problem gets one finding).
 */
import type { Component } from '../../model/design.js';
import { isRedundant } from '../../model/component-facts.js';

/**
 * `single-instance`: the only node holds every lock; a restart forgets them.
 * `async-replication`: a failover promotes a replica that never saw the lock.
 */
export type LockRisk = 'single-instance' | 'async-replication';

const LAGGING_REPLICATION: ReadonlySet<string> = new Set(['async', 'semi_sync']);

export function lockRisk(store: Component): LockRisk | undefined {
    if (isConsensusCoordinator(store)) {
        return undefined;
    }
    if (!isRedundant(store)) {
        return 'single-instance';
    }
    const replication = store.properties.string('replication');
    return replication !== undefined && LAGGING_REPLICATION.has(replication) ? 'async-replication' : undefined;
}

/**
 * A coordinator (ZooKeeper, etcd, Consul) is the remedy this rule proposes:
 * its locks live in a quorum, and a lone node is a single point of failure
 * (another rule) rather than a lock that can be granted twice. Only a
 * coordinator that declares itself eventual is judged like a store.
 */
function isConsensusCoordinator(store: Component): boolean {
    return store.kind === 'coordinator' && store.properties.string('consistency') !== 'eventual';
}
