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
        description: 'A component checks a copy that lags a store (a service refreshing it in the background, or a projection built from the store\'s changes), then writes that store.',
        rationale: 'A check made on a copy that lags (a balance, a stock level, a seat map refreshed every few hundred milliseconds) and an action written to the source of that copy form a check-then-act race: two concurrent requests both read the same stale value, both pass the check, and both write, so an account is overdrawn or a seat sold twice. The copy is fine for display; a decision that must hold has to be re-checked where the write happens: a constraint or a conditional update in the store, a lock, or reading the store itself in the same transaction.',
        question: 'When two requests to {element} pass the same check at once, what stops both writes?',
        messages: {
            projection: '{what} reads {view} and writes {store}, and {view} is built from {store} after the fact by {builder}: if {what} checks a condition on {view} before writing (the current state of an order, a stock level), two concurrent requests can both pass the check on a view that has not caught up and both write. Is the condition re-checked where the write happens (a conditional write or a version check in {store}, a lock)?',
            stale: '{what} calls {reader}, which answers from a copy of {store} it refreshes in the background ({refresh}), and then writes {store}: if it checks a condition on that answer before writing (a balance, a stock level), two concurrent requests can both pass the check on the same stale value and both write. Is the condition re-checked where the write happens (a constraint or a conditional update in {store}, a lock)?'
        },
        references: ['Kleppmann, Designing Data-Intensive Applications, ch. 7 "Write Skew and Phantoms"', 'Kleppmann, ch. 5 "Reading Your Own Writes" (lagging copies)'],
        decisions: [
            'A copy refreshed in the background is a service whose every read of a store is `phase: background` (a periodic poll, a sync job): it answers requests from what it read earlier, so its answers lag the store.',
            'The race needs the writer to call that service on its request path (not `access: writes`, not `phase: startup` or `background`) and to write the same store itself (`access: writes` or `read_write`).',
            'A writer that reads a store it does not write (a view) and writes another store is asked the same when every writer of the view is fed by the written store (the store connects to it, as a change feed does, or it reads the store\'s changes, `uses: changes`): the view is a projection that lags the writes it is checked against.',
            'A writer that takes a lock (`uses: lock`) is not asked.',
            'Whether the call is a check the write depends on is not stated, so the finding is a question naming it.'
        ],
        quality: {
            grouping: 'Per writer, view and store: where the write re-checks its condition is one decision; the call, the background refresh and the write are related lines.',
            basis: 'Assumed: the connections and their phases are stated, but that the writer checks a condition on the answer before writing is not, so the finding is a question.',
            unknowns: 'A service whose reads of the store are not stated `phase: background` is taken to read on request (no finding); a view with any writer not fed by the written store is not taken as a projection; a lock stated on the writer settles it.',
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
            for (const { read, builders, write } of projectionChecksOf(writer, index)) {
                report({
                    on: writer,
                    messageId: 'projection',
                    data: { what: describe(writer), view: describe(read.target), store: describe(write.target), builder: builders.map(describe).join(', ') },
                    basis: 'assumed',
                    assumptions: [{ element: read.id, text: `${writer.name} checks a condition on what it reads from ${read.target.name} before it writes ${write.target.name}`, settle: 'uses' }],
                    related: [
                        { on: read, message: `${read.id}: the check, on a projection` },
                        { on: write, message: `${write.id}: the write the check guards` }
                    ]
                });
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

/** Stores that hold state a check can read. */
const VIEW_KINDS = new Set<Component['kind']>(['database', 'search', 'storage']);

/** A writer's read of a projection built from a store it writes. */
interface ProjectionCheck {
    readonly read: Connection;
    readonly builders: readonly Component[];
    readonly write: Connection;
}

/** Each read of the writer from a view whose every writer is fed by a store the writer writes. */
function projectionChecksOf(writer: Component, index: DesignIndex): ProjectionCheck[] {
    const writes = index.outgoing(writer).filter(statesWrite);
    const checks: ProjectionCheck[] = [];
    for (const read of index.outgoing(writer)) {
        const view = read.target;
        if (!VIEW_KINDS.has(view.kind) || read.access !== 'reads' || !servesRequests(read)) {
            continue;
        }
        const builders = index.incoming(view).filter((connection) => CODE_KINDS.has(connection.source.kind) && connection.source !== writer && statesWrite(connection)).map((connection) => connection.source);
        for (const write of writes.filter((candidate) => candidate.target !== view && VIEW_KINDS.has(candidate.target.kind))) {
            if (builders.length > 0 && builders.every((builder) => isFedBy(builder, write.target, index))) {
                checks.push({ read, builders: [...new Set(builders)], write });
            }
        }
    }
    return checks;
}

/** The component receives the store's changes: the store connects to it (a change feed), or it reads them (`uses: changes`). */
function isFedBy(component: Component, store: Component, index: DesignIndex): boolean {
    return index.outgoing(store).some((connection) => connection.target === component)
        || index.outgoing(component).some((connection) => connection.target === store && connection.properties.string('uses') === 'changes');
}

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
