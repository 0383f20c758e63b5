import type { Component, Design } from '../../../model/design.js';
import type { Fix } from '../../fix.js';
import type { Report } from '../../rule-context.js';
import { statesSecurity } from '../../helpers/security-scope.js';
import { oneHostOf } from '../../helpers/network.js';
import { defineRule } from '../../rule.js';
import { describe, isDataStore, PERSISTENT_STORE_KINDS } from '../../../model/component-facts.js';
import { dataClassOf, dataWords, designSensitiveData, mergeSensitive } from '../../helpers/data-classes.js';
import { decisionScope, reportDecision, type Affected } from '../../helpers/one-decision.js';
import { listOf } from '../../helpers/wording.js';
import { hasUnnamedProvider, providerDefaultReport } from '../../helpers/provider-defaults.js';
import { isOutOfScope } from '../../../model/out-of-scope.js';

export default defineRule({
    meta: {
        id: 'sec/no-encryption-at-rest',
        section: 'security',
        practice: true,
        severity: 'warning',
        description: 'A persistent store (database, storage, search, queue) without `encryption: at_rest` that holds pii, payment, credentials or health data; in a design that states it handles such data, stores whose data is unclassified give one question.',
        rationale: 'Data on disk outlives the process that wrote it: snapshots, backups, replaced disks and copied volumes all carry it. Encryption at rest keeps that data unreadable without the key, which is kept and audited separately. It is nearly free on every managed store today, and regulations (GDPR, PCI DSS, HIPAA) expect it for personal, payment and health data.',
        question: 'What does a copied disk or snapshot of {element} expose?',
        messages: {
            sensitive: '{what} holds {data} unencrypted at rest: a copied disk, snapshot or backup exposes it in the clear.',
            sensitiveMany: '{count} stores hold {data} unencrypted at rest: a copied disk, snapshot or backup of any of them exposes it in the clear. One decision settles them all: encryption at rest for every store of sensitive data.',
            providerDefault: 'Does the provider encrypt {stores} at rest? {verb} managed and {hold} {data}, but the design names neither `encryption` nor the product: Azure and Google Cloud encrypt every store by default, Amazon RDS only when asked at creation. State `encryption: at_rest` on {each}, or name the managed engine.',
            unclassified: '{stores} {verb} not encrypted at rest, and no `data` says what {holds}{handles}: which hold personal, payment, credential or health data? Say `data` on each store (`public` when nothing is sensitive), or `encryption: at_rest`.'
        },
        fix: 'Sets `encryption: at_rest` on the store, or on each store the finding lists.',
        threagile: 'unencrypted-asset (CWE-311)',
        references: [
            'AWS Well-Architected SEC08-BP02 Enforce encryption at rest',
            'OWASP Top 10 A02:2021 Cryptographic Failures'
        ],
        decisions: [
            'A design that says nothing about security at all (no network, no protocol, no `auth`, `tls`, `data`, `encryption`, `waf`, `rate_limit`, `public` or `mfa`, no `security` block) left it out of scope, like a source about something else: it is not judged (sec/exposed-data-store asks the one question).',
            'Persistent stores are databases, storage, search indexes and queues. Caches are in memory and exempt.',
            'An engine that encrypts at rest by default (S3, GCS, DynamoDB, Cosmos DB, Azure DocumentDB, Azure Managed Redis, Azure Database, Cloud SQL, SQS, Pub/Sub, BigQuery, Redshift: engine fact `encryption: at_rest`) counts unless the design overrides it with `encryption: none`; one whose encryption is chosen at creation (Amazon RDS, Aurora) does not.',
            'A store of sensitive data stated `managed: true` on an engine that is not itself a managed product (`engine: postgres, managed: true`) is run by a provider the design does not name: Azure and Google Cloud encrypt it by default, Amazon RDS only when asked. Such stores are one info question (basis assumed) naming `encryption`, never a warning.',
            'A store whose `data` lists pii, payment, credentials or health is flagged as a warning: encryption at rest protects copied disks, snapshots and backups, not a store reachable over the network (sec/exposed-data-store judges that). Several such stores are one decision (encryption at rest for sensitive data), one finding listing them.',
            'A store whose `data` lists only other classes (`public`, `internal`…) is not flagged.',
            'Stores that declare no `data` are one question (info) for the whole design, listing them, and naming the sensitive classes `requirements.data` says the design handles; it is asked only when the design states that it handles such data (`requirements.data`) and no store of the design declares `data`. A design that classifies some of its stores has said where its sensitive data lives, and the others are read as holding none; one that never says it handles sensitive data is not asked where it keeps it (on the field corpus, 10 of 13 such questions asked of designs that hold usage counters, metadata or logs were not worth raising).',
            'A store whose engine ArchLens does not know is not judged: the engine may encrypt by default or keep nothing on disk (data/unknown-engine asks about it).',
            'A store the design draws but does not describe (`out_of_scope: true`) is not judged, counted or listed.',
            'A store on a network stated to run on one machine (`hosts: 1`: a self-hosted Compose install) is not judged: its files are volumes or bind mounts on that machine\'s disk, so encryption at rest is the host\'s full-disk encryption, decided where the machine is set up, not in this deployment (field corpus, round 34: on single-host installs 11 of 11 such findings, on Immich, Mattermost, Zulip, Plane and others, were judged not worth raising or wrong).'
        ],
        quality: {
            grouping: 'Stores of sensitive data without encryption at rest are one finding (on the innermost group holding them, or the design) listing each store, with one fix setting `encryption: at_rest` on each; stores whose data is unclassified are one design-level question; sensitive stores of an unnamed managed provider are one question; a single store is reported on itself.',
            basis: 'Stated: `encryption` on the store, `data` on the store, `requirements.data`, `public` and network exposure; engine: the encryption a managed product applies by default (vendor-sourced engine facts); assumed: the default of an unnamed provider of a `managed: true` store on a generic engine.',
            unknowns: 'Unclassified data is one question, not a finding per store, asked only when `requirements.data` names sensitive classes, and none when the design classifies other stores; `public` data silences it; an engine ArchLens does not know is not assumed to leave data in the clear; a managed store whose provider is not named is one question about that provider\'s default; a store drawn `out_of_scope: true` is not judged.',
            severity: 'Warning for stated sensitive data (it is a gap rather than an open door); info for the questions. On the 43-design tuning corpus 9 of its 16 findings are concerns a reviewer raises and 7 are noise, none wrong once stores drawn out of scope are no longer counted. Round 15 (91 designs): the question about unclassified stores is asked only of designs that state sensitive data; it had been raised on 3 of 13 designs that do not (user accounts and messages the design never classed), and those 3 are now counted as misses.'
        },
        examples: {
            flagged: 'service Api { replicas: 2 }\ndatabase Db { engine: postgres, data: [pii] }\nApi -> Db : sql',
            fixed: 'service Api { replicas: 2 }\ndatabase Db { engine: postgres, data: [pii], encryption: at_rest }\nApi -> Db : sql'
        }
    },
    check({ design, report }) {
        if (!statesSecurity(design)) {
            return;
        }
        const designData = designSensitiveData(design);
        const sensitive: Affected[] = [];
        const unclassified: Component[] = [];
        const held = new Map<Component, readonly string[]>();
        const unnamedProvider = new Map<Component, readonly string[]>();
        for (const store of design.components.filter(isJudged)) {
            const data = dataClassOf(store);
            if (data.kind === 'sensitive' && hasUnnamedProvider(store)) {
                unnamedProvider.set(store, data.data);
            } else if (data.kind === 'sensitive') {
                held.set(store, data.data);
                sensitive.push({ on: store, note: `${describe(store)}: ${dataWords(data.data)}` });
            } else if (data.kind === 'unclassified') {
                unclassified.push(store);
            }
        }
        const stores = [...held.keys()];
        reportDecision(report, {
            affected: sensitive,
            peers: sensitive.length,
            once: {
                on: decisionScope(design, stores),
                messageId: 'sensitiveMany',
                data: { count: stores.length, data: dataWords(mergeSensitive([...held.values()])) },
                severity: 'warning',
                basis: 'stated',
                fix: encryptEach(stores)
            },
            each: (item) => {
                const store = stores.find((candidate) => candidate === item.on) ?? stores[0];
                return {
                    on: store,
                    messageId: 'sensitive',
                    data: { what: describe(store), data: dataWords(held.get(store) ?? []) },
                    severity: 'warning',
                    basis: 'stated',
                    fix: encryptEach([store])
                };
            }
        });
        reportProviderDefaults(design, unnamedProvider, report);
        // A design that classifies some of its stores has said where its
        // sensitive data lives: the stores it left unclassified are read as
        // holding none.
        const classifiesStores = design.components.some((component) => isDataStore(component) && component.properties.has('data'));
        if (unclassified.length > 0 && !classifiesStores && designData.length > 0) {
            reportUnclassified(design, unclassified, designData, report);
        }
    }
});

/** Persistent stores with no encryption at rest, whose engine (when stated) ArchLens knows. */
function isJudged(store: Component): boolean {
    return PERSISTENT_STORE_KINDS.includes(store.kind)
        && !isOutOfScope(store)
        && store.properties.string('encryption') !== 'at_rest'
        && (store.engine === undefined || store.engine.known)
        // On one machine the store's files are the host's disk: encrypting it is the machine's decision.
        && oneHostOf(store) === undefined;
}

/**
 * Sensitive stores a provider runs without the design naming it: whether
 * their disks are encrypted is that provider's default, an assumption; one
 * question for all of them.
 */
function reportProviderDefaults(design: Design, held: ReadonlyMap<Component, readonly string[]>, report: (report: Report) => void): void {
    const stores = [...held.keys()];
    if (stores.length === 0) {
        return;
    }
    report(providerDefaultReport(design, stores, {
        what: 'encryption at rest',
        settle: 'encryption',
        data: { hold: stores.length === 1 ? 'holds' : 'hold', data: dataWords(mergeSensitive([...held.values()])) },
        note: (store) => `${describe(store)}: managed, ${dataWords(held.get(store) ?? [])}, no encryption stated`,
        fix: encryptEach(stores)
    }));
}

/** Stores whose data nobody classified: one question for all of them. */
function reportUnclassified(design: Design, stores: readonly Component[], designData: readonly string[], report: (report: Report) => void): void {
    const handles = designData.length > 0 ? ` (the design handles ${dataWords(designData)})` : '';
    report({
        on: stores.length === 1 ? stores[0] : design,
        messageId: 'unclassified',
        data: { stores: listOf(stores), handles, verb: stores.length === 1 ? 'is' : 'are', holds: stores.length === 1 ? 'it holds' : 'they hold' },
        severity: 'info',
        basis: 'stated',
        related: stores.length === 1 ? undefined : stores.map((store) => ({ on: store, message: `${describe(store)}: no encryption at rest, no \`data\`` })),
        fix: encryptEach(stores)
    });
}

function encryptEach(stores: readonly Component[]): Fix {
    return stores.length === 1
        ? { kind: 'set-properties', title: `Encrypt ${stores[0].name} at rest`, target: stores[0], properties: [{ key: 'encryption', value: 'at_rest' }] }
        : { kind: 'set-properties-each', title: 'Encrypt these stores at rest', targets: stores, properties: [{ key: 'encryption', value: 'at_rest' }] };
}
