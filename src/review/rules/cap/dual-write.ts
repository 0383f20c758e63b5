import type { Component, ComponentKind } from '../../../model/design.js';
import type { DesignIndex } from '../../../model/design-index.js';
import { defineRule } from '../../rule.js';
import { describe } from '../../../model/component-facts.js';
import { joinWords } from '../../helpers/wording.js';
import { writesTo } from '../../helpers/writes.js';

const WRITER_KINDS: readonly ComponentKind[] = ['service', 'worker', 'function'];

/**
 * Stores that hold records of their own. A cache is left out: its entries
 * are copies that expire or are rebuilt, and "write the database, then
 * update the cache" is the ordinary cache-aside pattern, not two truths.
 */
const RECORD_KINDS: ReadonlySet<ComponentKind> = new Set(['database', 'storage', 'search', 'queue']);

export default defineRule({
    meta: {
        id: 'cap/dual-write',
        section: 'consistency',
        severity: 'info',
        description: 'A service writes two stores, or a store and a queue, with no transaction covering them.',
        rationale: 'Two writes from one request to two systems can fail independently: the process crashes, times out or is redeployed between them, and one store has the change while the other never hears of it (an order saved but its event never published, a file uploaded but its row never written). Retrying does not help if the first write was the one that succeeded. If the writes must agree, declare them as a `transaction`: a transactional outbox (write the event in the same local transaction, publish it afterwards), a saga, or two-phase commit. If they need not agree, this is fine.',
        question: 'If {element} fails between its two writes, how do the stores get back in agreement?',
        messages: {
            dualWrite: '{what} writes {stores}, and no transaction covers {uncovered}: if one write succeeds and another fails, they disagree. If they must agree, declare a transaction (an outbox for a queue).'
        },
        fix: 'Declares `transaction <Writer>Writes { writes: [A, B], protocol: outbox, consistency: eventual }` next to the writer.',
        references: [
            'microservices.io, "Pattern: Transactional outbox"',
            'Kleppmann, Designing Data-Intensive Applications, ch. 11 "Keeping Systems in Sync" (dual writes)'
        ],
        decisions: [
            'Writers are services, workers and functions; their outgoing connections write unless they say `access: reads` (an unstated access counts as reads and writes, as in the estimates); a `uses: lock` connection is not a write.',
            'Databases, object storage, search indexes and queues count as stores; caches do not (cache-aside updates are copies, not a second truth).',
            'A store is covered when one `transaction` writes it together with another store the same writer writes, whatever its protocol (the protocol is judged by the other `cap/` rules). The finding names the stores that no transaction covers.',
            'The quick fix declares an outbox transaction (eventually consistent) over every store the writer writes, next to the writer; change the protocol if the writes must be atomic.'
        ],
        examples: {
            flagged: 'service Api { replicas: 2 }\ndatabase Orders\nqueue Events { engine: kafka }\nApi -> Orders : writes\nApi -> Events',
            fixed: 'service Api { replicas: 2 }\ndatabase Orders\nqueue Events { engine: kafka }\nApi -> Orders : writes\nApi -> Events\ntransaction PlaceOrder { writes: [Orders, Events], protocol: outbox }'
        }
    },
    check({ index, report }) {
        for (const writer of index.ofKind(...WRITER_KINDS)) {
            const writes = index.outgoing(writer).filter((connection) => writesTo(connection) && RECORD_KINDS.has(connection.target.kind));
            const written = new Set(writes.map((connection) => connection.target));
            if (written.size < 2) {
                continue;
            }
            const stores = [...written];
            const uncovered = stores.filter((store) => !isCoveredWithAnother(store, written, index));
            if (uncovered.length === 0) {
                continue;
            }
            report({
                on: writer,
                messageId: 'dualWrite',
                data: {
                    what: describe(writer),
                    stores: joinWords(stores.map(describe)),
                    uncovered: uncovered.length === stores.length ? 'them' : `${joinWords(uncovered.map(describe))} with the others`
                },
                related: writes.filter((connection) => uncovered.includes(connection.target)).map((connection) => ({ on: connection, message: `${connection.id} writes outside any transaction.` })),
                fix: {
                    kind: 'add-transaction',
                    title: `Declare an outbox transaction over the writes of ${writer.name}`,
                    name: `${writer.name}Writes`,
                    near: writer,
                    writes: stores,
                    properties: [{ key: 'protocol', value: 'outbox' }, { key: 'consistency', value: 'eventual' }]
                }
            });
        }
    }
});

/** Some transaction writes `store` together with another store of the same writer. */
function isCoveredWithAnother(store: Component, written: ReadonlySet<Component>, index: DesignIndex): boolean {
    return index.transactionsWriting(store).some((transaction) => transaction.writes.some((other) => other !== store && written.has(other)));
}
