import type { Component, Design } from '../../../model/design.js';
import type { DesignIndex } from '../../../model/design-index.js';
import type { ComponentPropertyText, Fix } from '../../fix.js';
import { defineRule } from '../../rule.js';
import { describe } from '../../../model/component-facts.js';
import { isStated } from '../../../model/property-bag.js';
import { isStrong, transactionNeed } from '../../helpers/consistency-needs.js';
import { joinWords, unique } from '../../helpers/wording.js';

/** What the fix sets when the design states something else (a written property beats the new engine's facts). */
const RELATIONAL_FACTS: readonly ComponentPropertyText[] = [
    { key: 'model', value: 'relational' },
    { key: 'transactions', value: 'true' },
    { key: 'consistency', value: 'strong' }
];

const WEAKER_CONSISTENCY: Readonly<Record<string, string>> = {
    eventual: 'eventually consistent',
    session: 'session-consistent',
    bounded: 'consistent within a staleness bound',
    read_your_writes: 'read-your-writes consistent'
};

export default defineRule({
    meta: {
        id: 'data/nosql-for-transactions',
        section: 'data-store',
        severity: 'warning',
        description: 'A non-relational database holds payment data or is written by a strongly consistent transaction.',
        rationale: 'Money and other records that must add up need atomic multi-record transactions, isolation between concurrent writers, constraints and strongly consistent reads: the home ground of a relational database. Most NoSQL stores trade exactly these for scale and flexible schemas: no transaction across rows or partitions, last-write-wins on concurrent updates, reads that may be stale. A ledger built on them can double-spend, lose an update or stay half-written after a crash. Keep such data in a relational engine, or choose a NoSQL store that offers ACID transactions and strong reads and say so in the design.',
        question: 'Why is {element} a non-relational store, and what keeps records that must add up correct in it?',
        messages: {
            nosql: '{what} is a {model} store{engine} that {reasons}, but {lacks}: payments and other records that must add up can be lost, counted twice or left half-written.'
        },
        fix: 'Sets `engine: postgres` on the database (and overrides a written `model`, `transactions` or `consistency` that contradicts it).',
        references: [
            'Kleppmann, Designing Data-Intensive Applications, ch. 2 "Relational Model Versus Document Model" and ch. 7 "Transactions"',
            'PCI DSS v4.0 (integrity of cardholder and transaction data)'
        ],
        quality: {
            grouping: 'One finding per database.',
            basis: 'Stated or engine: the database\'s `model`, `transactions` and `consistency`, its own `data`, and the strong transactions writing it.',
            unknowns: 'A database whose model is unknown is not judged; a non-relational engine with ACID transactions and strong reads (MongoDB), or strong reads on request (DynamoDB, Cosmos DB), is not flagged.',
            severity: 'Warning: a reviewer asks whether the store fits; no corpus design has fired it.'
        },
        decisions: [
            'Non-relational means a `model` other than `relational`, written or an engine fact; a database whose model is unknown is not judged.',
            'A strong transaction is one that declares `consistency: strong`, or declares none under `requirements.consistency: strong` without a saga or outbox protocol (as in the `cap/` rules).',
            'Payment data is `payment` in the database\'s own `data`; `requirements.data` describes the product, not this store.',
            'A non-relational store that offers ACID transactions and strong reads (`transactions: true` and `consistency: strong`, e.g. MongoDB by its engine facts) addresses the concern and is not flagged.',
            'So does an engine with transactions whose reads are weaker by default but strong on request (engine fact `strong_reads`: DynamoDB\'s ConsistentRead with conditional writes and TransactWriteItems, Cosmos DB\'s strong level), unless the design states a weaker `consistency` on the store (field corpus, round 16: two payment tables on DynamoDB were flagged wrongly).'
        ],
        examples: {
            flagged: 'service Api { replicas: 2 }\ndatabase Ledger { engine: cassandra, replicas: 3, data: [payment] }\nApi -> Ledger',
            fixed: 'service Api { replicas: 2 }\ndatabase Ledger { engine: postgres, replicas: 3, data: [payment] }\nApi -> Ledger'
        }
    },
    check({ design, index, report }) {
        for (const database of index.ofKind('database')) {
            const model = database.properties.string('model');
            if (model === undefined || model === 'relational' || offersAcid(database)) {
                continue;
            }
            const reasons = reasonsForAcid(database, design, index);
            if (reasons.length === 0) {
                continue;
            }
            report({
                on: database,
                messageId: 'nosql',
                data: {
                    what: describe(database),
                    model: model.replace(/_/g, '-'),
                    engine: database.engine ? ` (${database.engine.id})` : '',
                    reasons: joinWords(reasons),
                    lacks: joinWords(missingGuarantees(database))
                },
                fix: moveToRelational(database)
            });
        }
    }
});

/**
 * ACID transactions and strong reads: stated, engine facts, or an engine that
 * serves strong reads on request (DynamoDB, Cosmos DB) where the design does
 * not state a weaker consistency for the store.
 */
function offersAcid(database: Component): boolean {
    const strongReads = database.properties.string('consistency') === 'strong'
        || (database.engine?.strongReads === true && !isStated(database.properties.entry('consistency')));
    return database.properties.boolean('transactions') === true && strongReads;
}

/** `holds payment data`, `is written by the strong transaction PlaceOrder`. */
function reasonsForAcid(database: Component, design: Design, index: DesignIndex): string[] {
    const reasons: string[] = [];
    if ((database.properties.words('data') ?? []).includes('payment')) {
        reasons.push('holds payment data');
    }
    const strong = index.transactionsWriting(database).filter((transaction) => isStrong(transactionNeed(transaction, design)));
    if (strong.length > 0) {
        const names = unique(strong.map((transaction) => transaction.name));
        reasons.push(`is written by the strongly consistent transaction${names.length > 1 ? 's' : ''} ${joinWords(names)}`);
    }
    return reasons;
}

function missingGuarantees(database: Component): string[] {
    const missing: string[] = [];
    if (database.properties.boolean('transactions') !== true) {
        missing.push(database.properties.boolean('transactions') === false ? 'it has no multi-record transactions' : 'it declares no transactions');
    }
    const consistency = database.properties.string('consistency');
    if (consistency === undefined) {
        missing.push('it declares no read consistency');
    } else if (consistency !== 'strong') {
        missing.push(`it is only ${WEAKER_CONSISTENCY[consistency] ?? `${consistency} consistent`}`);
    }
    return missing;
}

function moveToRelational(database: Component): Fix {
    const contradicted = RELATIONAL_FACTS.filter(({ key, value }) => database.properties.entry(key)?.source === 'design' && String(database.properties.get(key)) !== value);
    return {
        kind: 'set-properties',
        title: `Keep ${database.name} in PostgreSQL (relational, with ACID transactions)`,
        target: database,
        properties: [{ key: 'engine', value: 'postgres' }, ...contradicted]
    };
}
