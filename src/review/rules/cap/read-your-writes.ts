import type { Component, Connection } from '../../../model/design.js';
import type { DesignIndex } from '../../../model/design-index.js';
import { defineRule } from '../../rule.js';
import { describe } from '../../../model/component-facts.js';
import { connectionNeed } from '../../helpers/consistency-needs.js';
import { laggingReads } from '../../helpers/replica-reads.js';
import { writesTo } from '../../helpers/writes.js';

export default defineRule({
    meta: {
        id: 'cap/read-your-writes',
        section: 'consistency',
        severity: 'warning',
        description: 'A component writes a database and reads it back from replicas that replicate asynchronously, with no consistency stated.',
        rationale: 'A component that writes a record and then reads it from an asynchronous replica can read the state from before its write: the user saves a profile and sees the old one, places an order and finds no order. The lag is usually milliseconds, but it grows to seconds or minutes under load. Either read a user\'s own recent data from the leader (or pin the session to it for a while after a write), or state that the lag is acceptable.',
        question: 'After {element} writes, can its next read come from a replica that has not caught up?',
        messages: {
            readYourWrites: '{who} writes {what} and reads it back from {readTarget}, which replicate {replication}, and states no consistency: a user may not see their own write right after making it. Read a user\'s own data from the leader (or pin the session to it), or state `consistency: eventual` on {id} if the lag is acceptable.'
        },
        fix: 'Sets `read_from: leader` on the reading connection.',
        references: ['Kleppmann, Designing Data-Intensive Applications, ch. 5 "Reading Your Own Writes"', 'Terry et al., "Session Guarantees for Weakly Consistent Replicated Data" (1994)'],
        quality: {
            grouping: 'One finding per reading connection: each reads its own store.',
            basis: 'Stated: the connection\'s `read_from: replica` or `any`, the store\'s `replication` (stated or an engine fact) and a write connection from the same component.',
            unknowns: 'A connection with any stated consistency need (its own, the caller\'s or `requirements.consistency`) is not judged here: a fresh-read need is `cap/strong-read-from-async-replica`, an eventual one accepts the lag; an unstated `read_from` is the leader.',
            severity: 'Warning: a gap a reviewer raises whenever a writer reads replicas, unless the design says the lag is fine.'
        },
        decisions: [
            'The component must write the database over some connection (one that does not say `access: reads`) and read it over a connection with `read_from: replica` or `any`.',
            'Only databases replicated `async` or `semi_sync` with a leader are judged (leaderless and consensus stores are judged by `cap/strong-on-eventual-store`).',
            'Any stated consistency need silences it: session, read-your-writes or strong are judged by `cap/strong-read-from-async-replica`, eventual or bounded accept the lag.'
        ],
        examples: {
            flagged: 'service Api { replicas: 2 }\ndatabase Db { engine: postgres, replicas: 3 }\nApi -> Db : writes\nApi -> Db { access: reads, read_from: replica }',
            fixed: 'service Api { replicas: 2 }\ndatabase Db { engine: postgres, replicas: 3 }\nApi -> Db : writes\nApi -> Db { access: reads, read_from: leader }'
        }
    },
    check({ design, index, report }) {
        for (const { database, connection, readTarget, replication } of laggingReads(index)) {
            if (connectionNeed(connection, design) !== undefined || !alsoWrites(connection.source, database, index)) {
                continue;
            }
            report({
                on: connection,
                messageId: 'readYourWrites',
                data: { who: describe(connection.source), what: describe(database), readTarget, replication, id: connection.id },
                basis: 'stated',
                fix: { kind: 'set-properties', title: `Read ${database.name} from its leader`, target: connection, properties: [{ key: 'read_from', value: 'leader' }] }
            });
        }
    }
});

function alsoWrites(component: Component, database: Component, index: DesignIndex): boolean {
    return index.outgoing(component).some((connection: Connection) => connection.target === database && writesTo(connection));
}
