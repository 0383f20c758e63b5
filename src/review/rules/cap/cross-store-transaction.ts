import type { Component, Transaction } from '../../../model/design.js';
import type { Fix } from '../../fix.js';
import { defineRule } from '../../rule.js';
import { describe } from '../../../model/component-facts.js';
import { isStrong, transactionNeed } from '../../helpers/consistency-needs.js';
import { canJoinTwoPhaseCommit, switchToSaga, writtenStores } from '../../helpers/participants.js';
import { joinWords } from '../../helpers/wording.js';

export default defineRule({
    meta: {
        id: 'cap/cross-store-transaction',
        section: 'consistency',
        severity: 'error',
        description: 'A transaction writes two or more stores with strong consistency and no protocol that keeps them together.',
        rationale: 'Each store commits on its own. Without a protocol that ties the writes together, a crash, timeout or deploy between the first commit and the second leaves one store changed and the other not: an order without its payment, a payment without its ledger entry. Strong consistency across stores needs an atomic commitment protocol (two-phase commit, with its blocking and latency costs); otherwise the design must accept eventual consistency and use a saga (with compensations) or a transactional outbox.',
        question: 'What happens when {element} succeeds in one store and fails in the other?',
        messages: {
            noProtocol: 'transaction {name} writes {stores} and needs strong consistency ({origin}), but {protocolText}: a crash between the writes leaves some of them committed and the others not.'
        },
        fix: 'Sets `protocol: two_phase_commit` when every store can take part in it; otherwise `protocol: saga` with `consistency: eventual`.',
        references: [
            'Kleppmann, Designing Data-Intensive Applications, ch. 9 "Atomic Commit and Two-Phase Commit (2PC)"',
            'microservices.io, "Pattern: Saga" and "Pattern: Transactional outbox"'
        ],
        quality: {
            grouping: 'One finding per transaction, naming the stores it writes.',
            basis: 'Stated: the transaction\'s `writes`, `consistency` (or `requirements.consistency`) and `protocol`.',
            unknowns: 'A transaction with no consistency need stated, or a saga or outbox protocol, is not judged.',
            severity: 'Error: a stated strong transaction with nothing keeping its stores together fails its own requirement.'
        },
        decisions: [
            'A transaction needs strong consistency when it declares `consistency: strong`, or declares none and `requirements.consistency` is strong (a saga or outbox protocol implies eventual).',
            'Stores are counted once however often `writes` names them; any component in `writes` counts, an external system included.',
            '`protocol: none` and no protocol at all are the same: nothing keeps the writes together.',
            'The quick fix never proposes two-phase commit over a store that cannot take part in it (`transactions: false`, Cassandra, a cache, object storage, a search index): it proposes a saga and eventual consistency instead, so that applying it does not trade this error for `cap/2pc-unsupported-participant`.'
        ],
        examples: {
            flagged: 'service Api { replicas: 2 }\ndatabase Orders { engine: postgres, replicas: 2 }\ndatabase Payments { engine: postgres, replicas: 2 }\nApi -> Orders\nApi -> Payments\ntransaction PlaceOrder { writes: [Orders, Payments], consistency: strong }',
            fixed: 'service Api { replicas: 2 }\ndatabase Orders { engine: postgres, replicas: 2 }\ndatabase Payments { engine: postgres, replicas: 2 }\nApi -> Orders\nApi -> Payments\ntransaction PlaceOrder { writes: [Orders, Payments], consistency: strong, protocol: two_phase_commit }'
        }
    },
    check({ design, report }) {
        for (const transaction of design.transactions) {
            const protocol = transaction.properties.string('protocol');
            const stores = writtenStores(transaction);
            const need = transactionNeed(transaction, design);
            if (stores.length < 2 || (protocol !== undefined && protocol !== 'none') || !isStrong(need)) {
                continue;
            }
            report({
                on: transaction,
                messageId: 'noProtocol',
                data: {
                    name: transaction.name,
                    stores: joinWords(stores.map(describe)),
                    origin: need.origin,
                    protocolText: protocol === 'none' ? 'its protocol is none' : 'it names no protocol'
                },
                fix: keepTogether(transaction, stores)
            });
        }
    }
});

function keepTogether(transaction: Transaction, stores: readonly Component[]): Fix {
    const outsiders = stores.filter((store) => !canJoinTwoPhaseCommit(store));
    if (outsiders.length === 0) {
        return { kind: 'set-properties', title: `Commit ${transaction.name} with two-phase commit`, target: transaction, properties: [{ key: 'protocol', value: 'two_phase_commit' }] };
    }
    return switchToSaga(transaction, `${joinWords(outsiders.map(describe))} cannot take part in two-phase commit`);
}
