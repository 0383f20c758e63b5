import type { Component } from '../../../model/design.js';
import { defineRule } from '../../rule.js';
import { describe } from '../../../model/component-facts.js';
import { canJoinTwoPhaseCommit, switchToSaga, TWO_PHASE_PROTOCOLS, writtenStores } from '../../helpers/participants.js';
import { joinWords } from '../../helpers/wording.js';

const PROTOCOL_NAMES: Readonly<Record<string, string>> = { two_phase_commit: 'two-phase commit', three_phase_commit: 'three-phase commit' };

export default defineRule({
    meta: {
        id: 'cap/2pc-unsupported-participant',
        section: 'consistency',
        severity: 'error',
        description: 'A two- or three-phase commit transaction writes a store that cannot take part in it.',
        rationale: 'Two-phase commit works only if every participant can prepare (make its write durable but invisible), vote, and later commit or roll back on the coordinator\'s word (XA or an equivalent). A store without transactions (Cassandra, SQS, RabbitMQ, Redis, object storage, a search index) applies the write at once or not at all: when another participant votes no, its write cannot be undone, so the "atomic" commit is not atomic. Use a saga with compensations, or a transactional outbox that publishes to the other store after the local commit.',
        question: 'When {element} aborts, who undoes the write in the store that cannot take part in the commit?',
        messages: {
            unsupported: 'transaction {name} uses {protocol}, but {stores} cannot take part in it ({reason}): when another participant aborts, {pronoun} writes stay, so the commit is not atomic.'
        },
        fix: 'Sets `protocol: saga` (and `consistency: eventual` where the transaction declared strong).',
        references: [
            'Kleppmann, Designing Data-Intensive Applications, ch. 9 "Distributed Transactions in Practice" (XA)',
            'microservices.io, "Pattern: Saga"'
        ],
        quality: {
            grouping: 'One finding per transaction, naming every store that cannot take part.',
            basis: 'Stated or engine: `transactions` on the store (Cassandra, Redis, SQS, RabbitMQ have none by their facts).',
            unknowns: 'A store whose transaction support is unknown gets the benefit of the doubt; services and externals in `writes` are not judged.',
            severity: 'Error: a two-phase commit over a store that cannot vote cannot be atomic, whatever the design says.'
        },
        decisions: [
            'A database or queue cannot take part when `transactions` is false, written in the design or an engine fact (Cassandra, ScyllaDB, Redis, SQS, RabbitMQ, Pub/Sub, Kinesis); when nothing is known it gets the benefit of the doubt.',
            'Caches, object storage and search indexes have no prepare/commit protocol and never take part.',
            'Services, external systems and other components in `writes` are not judged: the language cannot say whether they expose a transactional API.',
            'One finding per transaction names every store that cannot take part.'
        ],
        examples: {
            flagged: 'service Api { replicas: 2 }\ndatabase Orders { engine: postgres }\ndatabase Events { engine: cassandra }\nApi -> Orders\nApi -> Events\ntransaction PlaceOrder { writes: [Orders, Events], protocol: two_phase_commit }',
            fixed: 'service Api { replicas: 2 }\ndatabase Orders { engine: postgres }\ndatabase Events { engine: cassandra }\nApi -> Orders\nApi -> Events\ntransaction PlaceOrder { writes: [Orders, Events], protocol: saga }'
        }
    },
    check({ design, report }) {
        for (const transaction of design.transactions) {
            const protocol = transaction.properties.string('protocol');
            if (protocol === undefined || !TWO_PHASE_PROTOCOLS.has(protocol)) {
                continue;
            }
            const outsiders = writtenStores(transaction).filter((store) => !canJoinTwoPhaseCommit(store));
            if (outsiders.length === 0) {
                continue;
            }
            const stores = joinWords(outsiders.map(describe));
            report({
                on: transaction,
                messageId: 'unsupported',
                data: {
                    name: transaction.name,
                    protocol: PROTOCOL_NAMES[protocol] ?? protocol,
                    stores,
                    reason: joinWords(outsiders.map(whyNot)),
                    pronoun: outsiders.length === 1 ? 'its' : 'their'
                },
                fix: switchToSaga(transaction, `${stores} cannot take part in ${PROTOCOL_NAMES[protocol] ?? protocol}`)
            });
        }
    }
});

/** `cassandra has no transactions`, `a cache has no prepare phase`. */
function whyNot(store: Component): string {
    if (store.kind === 'database' || store.kind === 'queue') {
        const engine = store.properties.entry('transactions')?.source === 'engine' && store.engine ? store.engine.id : store.name;
        return `${engine} has no transactions`;
    }
    return `${store.name} is ${store.kind === 'storage' ? 'object storage' : `a ${store.kind}`} with no prepare phase`;
}
