import type { Component } from '../../../model/design.js';
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
            'One finding per class of data held by two or more stores, on the innermost group holding those stores (the design when none does), each store a related location.',
            'No quick fix: which store keeps the data, and what the others keep instead, is the team\'s choice.'
        ],
        quality: {
            grouping: 'One finding per data class, listing every store that holds it: where that data lives is one decision.',
            basis: 'Stated: the `data` of each store.',
            unknowns: 'A store that states no `data` is not assumed to hold any; nothing is flagged from unclassified data.',
            severity: 'Warning: a gap a reviewer raises (it found the sock shop\'s card copies on the field corpus), not an open door by itself.'
        },
        examples: {
            flagged: 'service Orders\ndatabase OrdersDb { data: [payment] }\ndatabase Customers { data: [pii, payment] }\nOrders -> OrdersDb : sql\nOrders -> Customers : sql',
            fixed: 'service Orders\ndatabase OrdersDb { data: [pii] }\ndatabase Customers { data: [pii, payment] }\nOrders -> OrdersDb : sql\nOrders -> Customers : sql'
        }
    },
    check({ design, report }) {
        const stores = design.components.filter(isDataStore);
        for (const data of COUNTED_DATA) {
            const holders = stores.filter((store) => holds(store, data));
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

function holds(store: Component, data: string): boolean {
    const classified = dataClassOf(store);
    return classified.kind === 'sensitive' && classified.data.includes(data);
}
