import type { Component, Connection } from '../../../model/design.js';
import type { DesignIndex } from '../../../model/design-index.js';
import { defineRule } from '../../rule.js';
import { describe } from '../../../model/component-facts.js';
import { servesRequests } from '../../../model/phase.js';
import { isLock, statesWrite } from '../../helpers/writes.js';

/** Kinds that run code: the writer and the service that answers from a copy. */
const CODE_KINDS = new Set<Component['kind']>(['service', 'worker', 'function']);

/** A writer's call to a service that answers from a copy of a store the writer then writes. */
interface StaleCheck {
    readonly call: Connection;
    readonly refresh: Connection;
    readonly write: Connection;
}

export default defineRule({
    meta: {
        id: 'cap/check-then-act-on-stale-read',
        section: 'consistency',
        severity: 'info',
        description: 'A component asks a service that answers from a copy it refreshes in the background, then writes the store that copy is taken from.',
        rationale: 'A check made on a copy that lags (a balance, a stock level, a seat map refreshed every few hundred milliseconds) and an action written to the source of that copy form a check-then-act race: two concurrent requests both read the same stale value, both pass the check, and both write, so an account is overdrawn or a seat sold twice. The copy is fine for display; a decision that must hold has to be re-checked where the write happens: a constraint or a conditional update in the store, a lock, or reading the store itself in the same transaction.',
        question: 'When two requests to {element} pass the same check at once, what stops both writes?',
        messages: {
            stale: '{what} calls {reader}, which answers from a copy of {store} it refreshes in the background ({refresh}), and then writes {store}: if it checks a condition on that answer before writing (a balance, a stock level), two concurrent requests can both pass the check on the same stale value and both write. Is the condition re-checked where the write happens (a constraint or a conditional update in {store}, a lock)?'
        },
        references: ['Kleppmann, Designing Data-Intensive Applications, ch. 7 "Write Skew and Phantoms"', 'Kleppmann, ch. 5 "Reading Your Own Writes" (lagging copies)'],
        decisions: [
            'A copy refreshed in the background is a service whose every read of a store is `phase: background` (a periodic poll, a sync job): it answers requests from what it read earlier, so its answers lag the store.',
            'The race needs the writer to call that service on its request path (not `access: writes`, not `phase: startup` or `background`) and to write the same store itself (`access: writes` or `read_write`).',
            'A writer that takes a lock (`uses: lock`) is not asked.',
            'Whether the call is a check the write depends on is not stated, so the finding is a question naming it.'
        ],
        quality: {
            grouping: 'Per writer and store: where the write re-checks its condition is one decision; the call, the background refresh and the write are related lines.',
            basis: 'Assumed: the connections and their phases are stated, but that the writer checks a condition on the answer before writing is not, so the finding is a question.',
            unknowns: 'A service whose reads of the store are not stated `phase: background` is taken to read on request (no finding); a lock stated on the writer settles it.',
            severity: 'Info: a question, since the stated structure shows a possible race but not that the write depends on the check.'
        },
        examples: {
            flagged: 'service Transfers\nservice Balances "balances cache"\ndatabase Ledger\nTransfers -> Balances : http "check the balance"\nBalances -> Ledger : sql, reads { phase: background }\nTransfers -> Ledger : sql, writes',
            fixed: 'service Transfers\ndatabase Ledger\nTransfers -> Ledger : sql, reads, writes "check and append in one transaction"'
        }
    },
    check({ index, report }) {
        for (const writer of index.ofKind('service', 'worker', 'function')) {
            if (writer.foreign || index.outgoing(writer).some(isLock)) {
                continue;
            }
            for (const { call, refresh, write } of staleChecksOf(writer, index)) {
                report({
                    on: writer,
                    messageId: 'stale',
                    data: { what: describe(writer), reader: describe(call.target), store: describe(write.target), refresh: refresh.id },
                    basis: 'assumed',
                    assumptions: [{ element: call.id, text: `${writer.name} checks a condition on what ${call.target.name} answers before it writes ${write.target.name}`, settle: 'uses' }],
                    related: [
                        { on: call, message: `${call.id}: the check, answered from a copy` },
                        { on: refresh, message: `${refresh.id}: the copy is refreshed in the background` },
                        { on: write, message: `${write.id}: the write the check guards` }
                    ]
                });
            }
        }
    }
});

/** Each call of the writer to a service answering from a background copy of a store the writer writes. */
function staleChecksOf(writer: Component, index: DesignIndex): StaleCheck[] {
    const writes = index.outgoing(writer).filter(statesWrite);
    const checks: StaleCheck[] = [];
    for (const call of index.outgoing(writer)) {
        const reader = call.target;
        if (!CODE_KINDS.has(reader.kind) || reader === writer || call.mode !== 'sync' || call.access === 'writes' || !servesRequests(call)) {
            continue;
        }
        for (const write of writes) {
            const refresh = backgroundRefreshOf(reader, write.target, index);
            if (refresh) {
                checks.push({ call, refresh, write });
            }
        }
    }
    return checks;
}

/** The reader's read of the store when it reads it only in the background; undefined when it reads it on request or not at all. */
function backgroundRefreshOf(reader: Component, store: Component, index: DesignIndex): Connection | undefined {
    const reads = index.outgoing(reader).filter((connection) => connection.target === store);
    return reads.length > 0 && reads.every((connection) => connection.properties.string('phase') === 'background') ? reads[0] : undefined;
}
