import { defineRule } from '../../rule.js';
import { describe } from '../../../model/component-facts.js';

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
        description: 'A multi-leader or leaderless database declares no `conflict_resolution`.',
        rationale: 'When more than one replica accepts writes, two clients can update the same record on two replicas at the same time, and both succeed. The replicas must later agree on one outcome: last write wins (simple, but silently drops one of the updates and depends on clocks), CRDTs (merge without loss for counters, sets and similar types) or application logic (keep both versions and merge them). A design that does not say which has not decided what happens to the lost update.',
        question: 'When two regions update the same record of {element} at once, which write wins?',
        messages: {
            noResolution: '{what} is {topology}, but it declares no conflict_resolution: when two replicas accept concurrent updates to the same record, which one survives is undefined.'
        },
        fix: 'Sets `conflict_resolution: lww` on a leaderless database and `conflict_resolution: app` on a multi-leader one.',
        references: [
            'Kleppmann, Designing Data-Intensive Applications, ch. 5 "Handling Write Conflicts" and "Detecting Concurrent Writes"',
            'Shapiro et al., "Conflict-free Replicated Data Types" (2011)'
        ],
        quality: {
            grouping: 'One finding per database.',
            basis: 'Stated or engine: `topology` and `conflict_resolution` (Cassandra and ScyllaDB resolve by last write wins as an engine fact).',
            unknowns: 'A database whose topology is unknown, or that states `partitioning: geo`, is not judged.',
            severity: 'Warning: an undefined winner for concurrent writes is a gap a reviewer raises; its one corpus finding is a true positive.'
        },
        decisions: [
            'Topology and conflict resolution are read from the design or the engine\'s facts: Cassandra and ScyllaDB are leaderless with last-write-wins and are not flagged.',
            'A database with `partitioning: geo` is not flagged: each region leads its own rows, so no two regions accept concurrent writes to the same record.',
            'Only databases are judged: the other kinds have no `topology`.'
        ],
        examples: {
            flagged: 'service Api { replicas: 2 }\ndatabase Carts { topology: multi_leader, replicas: 2 }\nApi -> Carts',
            fixed: 'service Api { replicas: 2 }\ndatabase Carts { topology: multi_leader, replicas: 2, conflict_resolution: crdt }\nApi -> Carts'
        }
    },
    check({ index, report }) {
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
