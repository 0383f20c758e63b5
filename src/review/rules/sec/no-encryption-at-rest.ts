import type { Component, Design } from '../../../model/design.js';
import { defineRule } from '../../rule.js';
import { describe, PERSISTENT_STORE_KINDS, SENSITIVE_DATA, sensitiveDataOf } from '../../../model/component-facts.js';

export default defineRule({
    meta: {
        id: 'sec/no-encryption-at-rest',
        section: 'security',
        severity: 'warning',
        description: 'A persistent store (database, storage, search, queue) without `encryption: at_rest`; an error when it holds pii, payment, credentials or health data.',
        rationale: 'Data on disk outlives the process that wrote it: snapshots, backups, replaced disks and copied volumes all carry it. Encryption at rest keeps that data unreadable without the key, which is kept and audited separately. It is nearly free on every managed store today, and regulations (GDPR, PCI DSS, HIPAA) expect it for personal, payment and health data.',
        question: 'What does a copied disk or snapshot of {element} expose?',
        messages: {
            sensitive: '{what} holds {data} data unencrypted at rest: a copied disk, snapshot or backup exposes it in the clear.',
            designData: '{what} is not encrypted at rest while the design handles {data} data: if it stores any, a copied disk, snapshot or backup exposes it in the clear.',
            plain: '{what} is not encrypted at rest: a copied disk, snapshot or backup exposes its data in the clear.'
        },
        fix: 'Sets `encryption: at_rest`.',
        threagile: 'unencrypted-asset (CWE-311)',
        references: [
            'AWS Well-Architected SEC08-BP02 Enforce encryption at rest',
            'OWASP Top 10 A02:2021 Cryptographic Failures'
        ],
        decisions: [
            'Persistent stores are databases, storage, search indexes and queues. Caches are in memory and exempt.',
            'An engine that encrypts at rest by default (S3, GCS, DynamoDB, Cosmos DB, SQS, Pub/Sub, BigQuery, Redshift: engine fact `encryption: at_rest`) counts unless the design overrides it with `encryption: none`.',
            'Error when the store\'s own `data` lists pii, payment, credentials or health; when the store declares no `data`, the design\'s `requirements.data` decides (it says what the system handles, and any store may hold it). Warning otherwise.'
        ],
        examples: {
            flagged: 'service Api { replicas: 2 }\ndatabase Db { engine: postgres }\nApi -> Db : sql',
            fixed: 'service Api { replicas: 2 }\ndatabase Db { engine: postgres, encryption: at_rest }\nApi -> Db : sql'
        }
    },
    check({ design, report }) {
        for (const store of design.components) {
            if (!PERSISTENT_STORE_KINDS.includes(store.kind) || store.properties.string('encryption') === 'at_rest') {
                continue;
            }
            const sensitivity = sensitivityOf(store, design);
            report({
                on: store,
                messageId: sensitivity.messageId,
                data: { what: describe(store), data: sensitivity.data.join(', ') },
                severity: sensitivity.data.length > 0 ? 'error' : 'warning',
                fix: { kind: 'set-properties', title: `Encrypt ${store.name} at rest`, target: store, properties: [{ key: 'encryption', value: 'at_rest' }] }
            });
        }
    }
});

interface Sensitivity {
    readonly messageId: 'sensitive' | 'designData' | 'plain';
    /** The sensitive kinds of data at stake; empty when none are known. */
    readonly data: readonly string[];
}

/** The store's own `data` when it declares any, else what the design as a whole handles. */
function sensitivityOf(store: Component, design: Design): Sensitivity {
    if (store.properties.has('data')) {
        const data = sensitiveDataOf(store);
        return { messageId: data.length > 0 ? 'sensitive' : 'plain', data };
    }
    const designWide = (design.settings.requirements?.properties.words('data') ?? [])
        .filter((item) => (SENSITIVE_DATA as readonly string[]).includes(item));
    return { messageId: designWide.length > 0 ? 'designData' : 'plain', data: designWide };
}
