import { defineRule } from '../../rule.js';
import { isEventualProtocol } from '../../helpers/consistency-needs.js';

/** What each eventual protocol does instead of a rollback: an outbox compensates nothing, it publishes later. */
const INSTEAD_OF_A_ROLLBACK: Readonly<Record<string, string>> = {
    saga: 'a failure is undone by compensating writes, not rolled back',
    outbox: 'the other stores receive the writes later, when the outbox is relayed, and a failed relay is retried, not rolled back'
};

export default defineRule({
    meta: {
        id: 'cap/saga-claims-strong',
        section: 'consistency',
        severity: 'warning',
        description: 'A transaction with `protocol: saga` or `outbox` declares `consistency: strong`.',
        rationale: 'A saga commits each step in its own local transaction and undoes earlier steps with compensations when a later one fails; an outbox commits locally and publishes afterwards. Between the steps, other readers see some writes and not others, and a compensation is a new write, not a rollback. That is eventual consistency by design. Declaring it strong promises readers something the protocol does not give: either declare `eventual` and make readers tolerate the intermediate states, or use two-phase commit.',
        question: 'What does a user see while the saga {element} is half done, or compensating?',
        messages: {
            claimsStrong: 'transaction {name} uses the {protocol} protocol but declares strong consistency: between its steps other readers see some writes and not others, and {consequence}.'
        },
        fix: 'Sets `consistency: eventual` on the transaction.',
        references: [
            'Garcia-Molina and Salem, "Sagas" (SIGMOD 1987)',
            'microservices.io, "Pattern: Saga" (lack of isolation) and "Pattern: Transactional outbox"'
        ],
        quality: {
            grouping: 'One finding per transaction.',
            basis: 'Stated: the transaction\'s `protocol` and `consistency`.',
            unknowns: 'Only a `consistency: strong` written on the transaction counts, not a design-wide requirement.',
            severity: 'Warning: a contradiction in the design a reviewer raises; no corpus design has one.'
        },
        decisions: [
            'Only a `consistency: strong` written on the transaction counts: a saga under a design-wide `requirements.consistency: strong` claims nothing itself (the protocol implies eventual for the other rules).'
        ],
        examples: {
            flagged: 'service Api { replicas: 2 }\ndatabase Orders\nqueue Events { engine: kafka }\nApi -> Orders\nApi -> Events\ntransaction PlaceOrder { writes: [Orders, Events], protocol: outbox, consistency: strong }',
            fixed: 'service Api { replicas: 2 }\ndatabase Orders\nqueue Events { engine: kafka }\nApi -> Orders\nApi -> Events\ntransaction PlaceOrder { writes: [Orders, Events], protocol: outbox, consistency: eventual }'
        }
    },
    check({ design, report }) {
        for (const transaction of design.transactions) {
            const protocol = transaction.properties.string('protocol');
            if (!isEventualProtocol(protocol) || transaction.properties.string('consistency') !== 'strong') {
                continue;
            }
            report({
                on: transaction,
                messageId: 'claimsStrong',
                data: { name: transaction.name, protocol, consequence: INSTEAD_OF_A_ROLLBACK[protocol] ?? INSTEAD_OF_A_ROLLBACK.saga },
                fix: { kind: 'set-properties', title: `Declare ${transaction.name} eventually consistent`, target: transaction, properties: [{ key: 'consistency', value: 'eventual' }] }
            });
        }
    }
});
