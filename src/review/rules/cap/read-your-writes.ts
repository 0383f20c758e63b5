import type { Component, Connection } from '../../../model/design.js';
import type { DesignIndex } from '../../../model/design-index.js';
import { defineRule } from '../../rule.js';
import { describe } from '../../../model/component-facts.js';
import { connectionNeed } from '../../helpers/consistency-needs.js';
import { laggingReads, laggingReplication } from '../../helpers/replica-reads.js';
import { readsFrom, writesTo } from '../../helpers/writes.js';

export default defineRule({
    meta: {
        id: 'cap/read-your-writes',
        section: 'consistency',
        severity: 'warning',
        description: 'A component writes a database and reads it back from replicas that replicate asynchronously, with no consistency stated.',
        rationale: 'A component that writes a record and then reads it from an asynchronous replica can read the state from before its write: the user saves a profile and sees the old one, places an order and finds no order. The lag is usually milliseconds, but it grows to seconds or minutes under load. Either read a user\'s own recent data from the leader (or pin the session to it for a while after a write), or state that the lag is acceptable.',
        question: 'After {element} writes, can its next read come from a replica that has not caught up?',
        messages: {
            readYourWrites: '{who} writes {what} and reads it back from {readTarget}, which replicate {replication}, and states no consistency: a user may not see their own write right after making it. Read a user\'s own data from the leader (or pin the session to it), or state `consistency: eventual` on {id} if the lag is acceptable.',
            replicaDatabase: '{who} writes {leader} and reads {what}, a copy of it that replicates {replication}, and states no consistency: a user may not see their own write right after making it. Read a user\'s own recent data from {leader} (or mark it, as remote markers do), or state `consistency: eventual` on {id} if the lag is acceptable.',
            readReplicasQuestion: 'Do the reads of {who} over {id} go to the {count} read replicas of {what}? They replicate {replication}, and {who} writes {what} too, but {id} does not say where its reads go (`read_from`). If they do, a user may not see their own write right after making it: state `read_from: leader` for a user\'s own data, or `read_from: replica` with `consistency: eventual` if the lag is acceptable.'
        },
        fix: 'Sets `read_from: leader` on the reading connection.',
        references: ['Kleppmann, Designing Data-Intensive Applications, ch. 5 "Reading Your Own Writes"', 'Terry et al., "Session Guarantees for Weakly Consistent Replicated Data" (1994)'],
        quality: {
            grouping: 'One finding per reading connection: each reads its own store (a replica drawn as a database of its own included).',
            basis: 'Stated: the connection\'s `read_from: replica` or `any`, the store\'s `replication` (stated or an engine fact) and a write connection from the same component. Assumed when the database states `read_replicas` and the reading connection states no `read_from`: a question (info) naming `read_from`.',
            unknowns: 'A connection with any stated consistency need (its own, the caller\'s or `requirements.consistency`) is not judged here: a fresh-read need is `cap/strong-read-from-async-replica`, an eventual one accepts the lag; an unstated `read_from` is the leader, except that a database stating `read_replicas` makes it a question.',
            severity: 'Warning: a gap a reviewer raises whenever a writer reads replicas, unless the design says the lag is fine. On the 67 tuning designs its 3 findings are all concerns a reviewer raises; the 6 it misses rest on replicas the designs do not draw as read (`read_from`, `read_replicas`), or on reads the design states may be stale.'
        },
        decisions: [
            'The component must write the database over some connection (one that does not say `access: reads`) and read it over a connection with `read_from: replica` or `any`.',
            'Only databases replicated `async` or `semi_sync` with a leader are judged (leaderless and consensus stores are judged by `cap/strong-on-eventual-store`).',
            'Any stated consistency need silences it: session, read-your-writes or strong are judged by `cap/strong-read-from-async-replica`, eventual or bounded accept the lag.',
            'A replica drawn as a database of its own counts too: a database of the same engine that a leader replicating `async` or `semi_sync` feeds (a connection from the leader to it), read (`access: reads`) by a component that writes the leader, with no consistency need stated on the read. Such a component reads a copy that may not have its write yet (a replica region reading its local replica after writing the master region).',
            'A database that states `read_replicas` (replicas that serve reads) says some reads go to lagging copies. A component that writes it and reads it over a connection that does not say `read_from` is asked (info) whether those reads are served by the read replicas: the language reads an unstated `read_from` as the leader, so the finding rests on that question and names `read_from` as what settles it.'
        ],
        examples: {
            flagged: 'service Api { replicas: 2 }\ndatabase Db { engine: postgres, replicas: 3 }\nApi -> Db : writes\nApi -> Db { access: reads, read_from: replica }',
            fixed: 'service Api { replicas: 2 }\ndatabase Db { engine: postgres, replicas: 3 }\nApi -> Db : writes\nApi -> Db { access: reads, read_from: leader }'
        }
    },
    check({ design, index, report }) {
        const reported = new Set<string>();
        for (const { database, connection, readTarget, replication } of laggingReads(index)) {
            if (connectionNeed(connection, design) !== undefined || !alsoWrites(connection.source, database, index)) {
                continue;
            }
            reported.add(pairKey(connection.source, database));
            report({
                on: connection,
                messageId: 'readYourWrites',
                data: { who: describe(connection.source), what: describe(database), readTarget, replication, id: connection.id },
                basis: 'stated',
                fix: { kind: 'set-properties', title: `Read ${database.name} from its leader`, target: connection, properties: [{ key: 'read_from', value: 'leader' }] }
            });
        }
        // A reading connection is judged once, and not when it states a consistency need of its own.
        const firstUnstated = (connection: Connection, database: Component): boolean => {
            const key = pairKey(connection.source, database);
            const fresh = !reported.has(key) && connectionNeed(connection, design) === undefined;
            if (fresh) {
                reported.add(key);
            }
            return fresh;
        };
        for (const { leader, database, connection, replication } of replicaDatabaseReads(index).filter((read) => firstUnstated(read.connection, read.database))) {
            report({
                on: connection,
                messageId: 'replicaDatabase',
                data: { who: describe(connection.source), leader: describe(leader), what: describe(database), replication, id: connection.id },
                basis: 'stated',
                fix: { kind: 'set-properties', title: `State that ${connection.source.name} accepts stale reads of ${database.name}`, target: connection, properties: [{ key: 'consistency', value: 'eventual' }] }
            });
        }
        for (const { database, connection, count, replication } of unstatedReplicaReads(index).filter((read) => firstUnstated(read.connection, read.database))) {
            report({
                on: connection,
                messageId: 'readReplicasQuestion',
                severity: 'info',
                data: { who: describe(connection.source), what: describe(database), id: connection.id, count, replication },
                basis: 'assumed',
                assumptions: [{ element: connection.id, text: `${connection.id} reads from the read replicas of ${database.name} (read_from not stated)`, settle: 'read_from' }],
                fix: { kind: 'set-properties', title: `Read ${database.name} from its leader`, target: connection, properties: [{ key: 'read_from', value: 'leader' }] }
            });
        }
    }
});

/**
 * Reads of a replica drawn as a database of its own: a database (same
 * engine) fed by a connection from a leader that replicates asynchronously,
 * read by a component that writes the leader. What that component wrote is
 * not yet in the copy it reads.
 */
function replicaDatabaseReads(index: DesignIndex): { leader: Component; database: Component; connection: Connection; replication: string }[] {
    return index.ofKind('database').flatMap((leader) => {
        const replication = laggingReplication(leader);
        if (replication === undefined || leader.engine === undefined) {
            return [];
        }
        const copies = index.outgoing(leader).map((feed) => feed.target).filter((copy) => copy.kind === 'database' && copy !== leader && copy.engine?.id === leader.engine?.id);
        return [...new Set(copies)].flatMap((database) => index.incoming(database)
            .filter((connection) => connection.source !== leader && readsFrom(connection) && !writesTo(connection) && alsoWrites(connection.source, leader, index))
            .map((connection) => ({ leader, database, connection, replication })));
    });
}

/**
 * Connections that read a database stating read replicas, from a component
 * that also writes it, without saying where the reads go: the design says
 * replicas serve reads, so whether these do is the question.
 */
function unstatedReplicaReads(index: DesignIndex): { database: Component; connection: Connection; count: number; replication: string }[] {
    return index.ofKind('database').flatMap((database) => {
        const count = database.properties.number('read_replicas') ?? 0;
        const replication = laggingReplication(database);
        if (count <= 0 || replication === undefined) {
            return [];
        }
        return index.incoming(database)
            .filter((connection) => readsFrom(connection) && connection.properties.string('read_from') === undefined && alsoWrites(connection.source, database, index))
            .map((connection) => ({ database, connection, count, replication }));
    });
}

function pairKey(component: Component, database: Component): string {
    return `${component.name}\u0000${database.name}`;
}

function alsoWrites(component: Component, database: Component, index: DesignIndex): boolean {
    return index.outgoing(component).some((connection: Connection) => connection.target === database && writesTo(connection));
}
