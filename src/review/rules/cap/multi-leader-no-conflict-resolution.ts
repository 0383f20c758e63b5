import type { Component, Design } from '../../../model/design.js';
import type { DesignIndex } from '../../../model/design-index.js';
import { defineRule } from '../../rule.js';
import { describe, maxInstances } from '../../../model/component-facts.js';
import { decisionScope, reportDecision } from '../../helpers/one-decision.js';
import { inScope } from '../../../model/out-of-scope.js';
import { listOf } from '../../helpers/wording.js';
import type { Report } from '../../rule-context.js';

/**
 * What the quick fix proposes per topology: Dynamo-style leaderless stores
 * resolve by timestamp almost universally; multi-leader setups usually
 * merge in the application. The user sees the value and can change it.
 */
const PROPOSED_RESOLUTION: Readonly<Record<string, { value: string; title: string }>> = {
    leaderless: { value: 'lww', title: 'Resolve conflicts by last write wins (concurrent updates are dropped)' },
    multi_leader: { value: 'app', title: 'Resolve conflicts in the application' }
};

const TOPOLOGY_TEXT: Readonly<Record<string, string>> = {
    leaderless: 'leaderless: any replica accepts a write',
    multi_leader: 'multi-leader: several leaders accept writes'
};

export default defineRule({
    meta: {
        id: 'cap/multi-leader-no-conflict-resolution',
        section: 'consistency',
        severity: 'warning',
        description: 'A multi-leader or leaderless database, or a self-run pair that fails over by itself with no tie-breaker (both sides take writes in a partition), declares no `conflict_resolution`.',
        rationale: 'When more than one replica accepts writes, two clients can update the same record on two replicas at the same time, and both succeed. The replicas must later agree on one outcome: last write wins (simple, but silently drops one of the updates and depends on clocks), CRDTs (merge without loss for counters, sets and similar types) or application logic (keep both versions and merge them). A design that does not say which has not decided what happens to the lost update.',
        question: 'When two regions update the same record of {element} at once, which write wins?',
        messages: {
            noResolution: '{what} is {topology}, but it declares no conflict_resolution: when two replicas accept concurrent updates to the same record, which one survives is undefined.',
            splitBrain: '{what} runs as a pair that fails over by itself (failover: auto, 2 instances) with nothing to break a tie (no quorum, witness or coordinator): when the link between the two breaks, each takes the other for dead and both accept writes, and it declares no conflict_resolution for what they wrote apart. What decides which one leads in a partition, and how are diverged writes merged?',
            splitBrainEach: '{count} databases run as pairs that fail over by themselves (failover: auto, 2 instances) with nothing to break a tie (no quorum, witness or coordinator: {names}): when the link inside a pair breaks, each node takes the other for dead and both accept writes, and none declares a conflict_resolution for what they wrote apart. What decides which one leads in a partition, and how are diverged writes merged? It is one decision for all the pairs.'
        },
        fix: 'Sets `conflict_resolution: lww` on a leaderless database and `conflict_resolution: app` on a multi-leader one.',
        references: [
            'Kleppmann, Designing Data-Intensive Applications, ch. 5 "Handling Write Conflicts" and "Detecting Concurrent Writes"',
            'Shapiro et al., "Conflict-free Replicated Data Types" (2011)'
        ],
        quality: {
            grouping: 'One finding per multi-leader or leaderless database; self-failing-over pairs are one decision, one finding listing them (on the one database when alone).',
            basis: 'Stated or engine: `topology` and `conflict_resolution` (Cassandra and ScyllaDB resolve by last write wins as an engine fact); for pairs, `replicas: 2`, `replication: async`, `failover: auto` and the absence of a coordinator are stated (an engine\'s default replication is not enough: a pair whose failover tool is not drawn usually brings its own witness).',
            unknowns: 'A database whose topology is unknown, or that states `partitioning: geo`, is not judged.',
            severity: 'Warning: an undefined winner for concurrent writes is a gap a reviewer raises; on the 55 tuning designs its 2 findings (a multi-region Cosmos DB, pairs of Mnesia nodes reconciled by hand after a partition) are true positives, once a design could state conflict avoidance (`conflict_resolution: avoid`). The split-brain question is info: whether the pair has a tie-breaker the design does not draw is unknown.'
        },
        decisions: [
            'Topology and conflict resolution are read from the design or the engine\'s facts: Cassandra and ScyllaDB are leaderless with last-write-wins and are not flagged.',
            'A database with `partitioning: geo` is not flagged: each region leads its own rows, so no two regions accept concurrent writes to the same record.',
            'A database stating `conflict_resolution: avoid` is not flagged: the design says each record\'s writes go through one leader and new keys are minted outside the leaders (ticket servers, interleaved auto-increment), the conflict avoidance of multi-leader setups, so no two leaders accept concurrent writes to one record.',
            'Only databases are judged: the other kinds have no `topology`.',
            'A single-leader database run as exactly two instances, copied asynchronously (`replication: async`, written in the design) and failing over by themselves (`failover: auto`) with no tie-breaker, is a split brain waiting for a partition (a question, info): each node promotes itself when it loses the other, and both take writes. It is not judged when a coordinator decides (a connection to a `coordinator`, as Patroni uses etcd), when its engine is highly available on its own or it is `managed: true` (the provider keeps a witness), or when it declares `conflict_resolution`. Several such pairs are one decision: one finding listing them.'
        ],
        examples: {
            flagged: 'service Api { replicas: 2 }\ndatabase Carts { topology: multi_leader, replicas: 2 }\nApi -> Carts',
            fixed: 'service Api { replicas: 2 }\ndatabase Carts { topology: multi_leader, replicas: 2, conflict_resolution: crdt }\nApi -> Carts'
        }
    },
    check({ design, index, report }) {
        reportSplitBrainPairs(design, index, report);
        for (const database of index.ofKind('database')) {
            const topology = database.properties.string('topology');
            const proposal = topology === undefined ? undefined : PROPOSED_RESOLUTION[topology];
            if (topology === undefined || proposal === undefined || database.properties.has('conflict_resolution') || database.properties.string('partitioning') === 'geo') {
                continue;
            }
            report({
                on: database,
                messageId: 'noResolution',
                data: { what: describe(database), topology: TOPOLOGY_TEXT[topology] ?? topology },
                fix: { kind: 'set-properties', title: proposal.title, target: database, properties: [{ key: 'conflict_resolution', value: proposal.value }] }
            });
        }
    }
});

/**
 * Single-leader pairs that promote themselves with nothing to break a tie: in
 * a partition both nodes lead. One decision for all of them.
 */
function reportSplitBrainPairs(design: Design, index: DesignIndex, report: (report: Report) => void): void {
    const pairs = inScope(index.ofKind('database')).filter((database) => isUnrefereedPair(database, index));
    reportDecision(report, {
        affected: pairs.map((database) => ({ on: database, note: `${describe(database)}: 2 instances, failover: auto, no tie-breaker` })),
        peers: pairs.length,
        once: {
            on: decisionScope(design, pairs),
            messageId: 'splitBrainEach',
            data: { count: pairs.length, names: listOf(pairs) },
            severity: 'info',
            basis: 'stated'
        },
        each: (item) => ({ on: item.on as Component, messageId: 'splitBrain', data: { what: describe(item.on as Component) }, severity: 'info', basis: 'stated' })
    });
}

function isUnrefereedPair(database: Component, index: DesignIndex): boolean {
    const { properties } = database;
    return (properties.string('topology') ?? 'single_leader') === 'single_leader'
        && properties.string('failover') === 'auto'
        // Copies stated asynchronous: the design chose that a promoted node may lack, or diverge from, what the other acknowledged.
        && properties.string('replication') === 'async' && properties.entry('replication')?.source !== 'engine'
        && properties.get('replicas') === 2 && maxInstances(database) === 2
        && properties.boolean('managed') !== true && database.engine?.ha !== true
        && !properties.has('conflict_resolution')
        && !index.outgoing(database).some((connection) => connection.target.kind === 'coordinator')
        && !index.incoming(database).some((connection) => connection.source.kind === 'coordinator');
}
