import type { Component, Connection } from '../../../model/design.js';
import type { DesignIndex } from '../../../model/design-index.js';
import { defineRule } from '../../rule.js';
import { describe, isDataStore } from '../../../model/component-facts.js';
import { dataClassOf, dataWords } from '../../helpers/data-classes.js';
import { decisionScope } from '../../helpers/one-decision.js';
import { listOf } from '../../helpers/wording.js';

/**
 * Data whose every copy a reviewer counts: card data (each store holding it
 * is in PCI DSS scope) and credentials (each copy is one more place a
 * password or key leaks from). Personal data spreads across most stores of
 * any product and is judged by the other rules.
 */
const COUNTED_DATA = ['payment', 'credentials'] as const;

export default defineRule({
    meta: {
        id: 'sec/sensitive-data-copied',
        section: 'security',
        severity: 'warning',
        description: 'Payment or credential data kept in more than one store.',
        rationale: 'Every store that holds card numbers is in PCI DSS scope and must be protected, audited and kept in step with the others; every store that holds credentials is one more place they leak from. Designs usually keep such data in one store (or with a payment provider) and refer to it elsewhere by a token or an id, so a breach of the order history does not leak the cards.',
        question: 'Why is card or credential data kept in more than one store of {design}, and could the others keep a token instead?',
        messages: {
            copied: '{data} is kept in {count} stores ({stores}): every copy widens what must be protected and kept in step. Keep it in one store (or with the provider) and refer to it elsewhere by a token or an id.'
        },
        references: [
            'PCI DSS v4.0 Requirement 3: Protect stored account data (keep storage to a minimum)',
            'OWASP Top 10 A02:2021 Cryptographic Failures'
        ],
        decisions: [
            'Counted: `payment` and `credentials` in the `data` of databases, caches, queues, search indexes and storage. Personal data (`pii`) is not counted: most stores of a product hold some.',
            'Payment data counts as copied only where it flows between the stores: one store feeds the other (a changefeed into a queue), one component keeps both, or the code keeping one reads from the code keeping the other (a `reads` link, or a link stating `payment` data). Services that each keep their own payment records (a ledger, balances, refunds) share a class, not a datum, and are not flagged. Credentials are counted wherever two stores hold them: a user has one set, so a second store is a second copy of it (or a second login to keep in step).',
            'One finding per class of data held by two or more stores, on the innermost group holding those stores (the design when none does), each store a related location.',
            'No quick fix: which store keeps the data, and what the others keep instead, is the team\'s choice.'
        ],
        quality: {
            grouping: 'One finding per data class, listing every store that holds it: where that data lives is one decision.',
            basis: 'Stated: the `data` of each store, and for payment data the links between the code keeping them.',
            unknowns: 'A store that states no `data` is not assumed to hold any; nothing is flagged from unclassified data; payment stores with no stated flow between them are taken as each service\'s own records.',
            severity: 'Warning: a gap a reviewer raises (2 of 2 raised on the tuning corpus of 37 designs: a shop\'s card copies, a password stored twice), not an open door by itself.'
        },
        examples: {
            flagged: 'service Orders\ndatabase OrdersDb { data: [payment] }\ndatabase Customers { data: [pii, payment] }\nOrders -> OrdersDb : sql\nOrders -> Customers : sql',
            fixed: 'service Orders\ndatabase OrdersDb { data: [pii] }\ndatabase Customers { data: [pii, payment] }\nOrders -> OrdersDb : sql\nOrders -> Customers : sql'
        }
    },
    check({ design, index, report }) {
        const stores = design.components.filter(isDataStore);
        for (const data of COUNTED_DATA) {
            const holding = stores.filter((store) => holds(store, data));
            const holders = data === 'payment' ? holding.filter((store) => holding.some((other) => other !== store && dataFlowsBetween(store, other, index))) : holding;
            if (holders.length < 2) {
                continue;
            }
            const words = dataWords([data]);
            report({
                on: decisionScope(design, holders),
                messageId: 'copied',
                data: { data: `${words.charAt(0).toUpperCase()}${words.slice(1)}`, count: holders.length, stores: listOf(holders) },
                basis: 'stated',
                related: holders.map((store) => ({ on: store, message: `${describe(store)}: holds ${words}` }))
            });
        }
    }
});

/**
 * Payment data in one store reaches the other: one feeds the other (a
 * changefeed into a queue), one component keeps both, or
 * the code keeping one reads from the code keeping the other (a read link,
 * or a link that states `payment` data). Without such a flow, two services'
 * own payment records (a ledger, balances, refunds) share a class, not a datum.
 */
function dataFlowsBetween(one: Component, other: Component, index: DesignIndex): boolean {
    const keepersOf = (store: Component): Component[] => index.incoming(store).map((connection) => connection.source).filter((source) => !isDataStore(source));
    const oneKeepers = keepersOf(one);
    const otherKeepers = keepersOf(other);
    const reads = (from: readonly Component[], to: readonly Component[]): boolean => from.some((keeper) => index.outgoing(keeper)
        .some((connection) => to.includes(connection.target) && (connection.access === 'reads' || carriesPayment(connection))));
    const linked = index.outgoing(one).some((connection) => connection.target === other) || index.outgoing(other).some((connection) => connection.target === one);
    return linked || oneKeepers.some((keeper) => otherKeepers.includes(keeper)) || reads(oneKeepers, otherKeepers) || reads(otherKeepers, oneKeepers);
}

function carriesPayment(connection: Connection): boolean {
    const data = dataClassOf(connection);
    return data.kind === 'sensitive' && data.data.includes('payment');
}

function holds(store: Component, data: string): boolean {
    const classified = dataClassOf(store);
    return classified.kind === 'sensitive' && classified.data.includes(data);
}
