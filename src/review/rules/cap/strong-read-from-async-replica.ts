import type { Component } from '../../../model/design.js';
import { defineRule } from '../../rule.js';
import { describe } from '../../../model/component-facts.js';
import { connectionNeed, describeLevel, isStrong, needsFreshReads, type ConsistencyNeed } from '../../helpers/consistency-needs.js';
import { laggingReads } from '../../helpers/replica-reads.js';

export default defineRule({
    meta: {
        id: 'cap/strong-read-from-async-replica',
        section: 'consistency',
        severity: 'error',
        description: 'A reader that needs strong or read-your-writes consistency reads from replicas that replicate asynchronously.',
        rationale: 'An asynchronous (or semi-synchronous) replica applies a write some time after the leader acknowledged it: milliseconds usually, minutes under load or after a network partition. A reader that needs strong or read-your-writes consistency and is routed to such a replica sees the past: a user does not find the order they just placed, a balance check passes on an old balance. Reads that must be fresh go to the leader; only reads that tolerate lag go to replicas.',
        question: 'Can {element} read a replica that has not seen the latest write, and is that acceptable?',
        messages: {
            staleRead: '{id} needs {need} ({origin}) but reads from {readTarget} of {what}, which replicate {replication}: a read right after a write can miss it.'
        },
        fix: 'Sets `read_from: leader` on the connection.',
        references: [
            'Kleppmann, Designing Data-Intensive Applications, ch. 5 "Problems with Replication Lag"',
            'PostgreSQL documentation, "Hot Standby" (queries on a standby see data as of the last replayed WAL)'
        ],
        quality: {
            grouping: 'One finding per reading connection: each routes its own reads.',
            basis: 'Stated or engine: the need (`consistency` on the connection, caller or requirements), `read_from` and the database\'s `replication` (an engine fact when unstated).',
            unknowns: 'An unstated `read_from` is the leader (no catalogued engine reads replicas by default); leaderless and consensus stores are left to `cap/strong-on-eventual-store`.',
            severity: 'Error: the stated need and the stated replica reads show a read that misses a write, a failed stated requirement.'
        },
        decisions: [
            'A need is read from the connection\'s `consistency`, else the calling service\'s, worker\'s or function\'s `consistency`, else `requirements.consistency`.',
            'Strong, read-your-writes and session consistency (which includes read-your-writes) need fresh reads; bounded and eventual do not.',
            'Reads go to replicas only where the connection says `read_from: replica` or `any`. No engine in the knowledge base routes reads to replicas by default (MongoDB, PostgreSQL, MySQL and Aurora read from the primary unless the client picks a replica or reader endpoint), so an unstated `read_from` is the leader.',
            'Only databases replicated `async` or `semi_sync` (stated or an engine fact) are judged; leaderless and consensus stores have no leader to read from, and their reads are judged by `cap/strong-on-eventual-store`.',
            'A strong reader of a store that is eventual anyway is left to `cap/strong-on-eventual-store`, which reports the store once.'
        ],
        examples: {
            flagged: 'service Api { replicas: 2, consistency: strong }\ndatabase Db { engine: postgres, replicas: 2 }\nApi -> Db { access: reads, read_from: replica }',
            fixed: 'service Api { replicas: 2, consistency: strong }\ndatabase Db { engine: postgres, replicas: 2 }\nApi -> Db { access: reads, read_from: leader }'
        }
    },
    check({ design, index, report }) {
        for (const { database, connection, readTarget, replication } of laggingReads(index)) {
            const need = connectionNeed(connection, design);
            if (!needsFreshReads(need) || isReportedAsEventualStore(database, need)) {
                continue;
            }
            report({
                on: connection,
                messageId: 'staleRead',
                data: {
                    id: connection.id,
                    need: describeLevel(need.level),
                    origin: need.origin,
                    readTarget,
                    what: describe(database),
                    replication
                },
                fix: { kind: 'set-properties', title: `Read ${database.name} from its leader`, target: connection, properties: [{ key: 'read_from', value: 'leader' }] }
            });
        }
    }
});

/** Reading from the leader of an eventual store does not make it strong: the store is the finding. */
function isReportedAsEventualStore(database: Component, need: ConsistencyNeed): boolean {
    return isStrong(need) && database.properties.string('consistency') === 'eventual';
}
