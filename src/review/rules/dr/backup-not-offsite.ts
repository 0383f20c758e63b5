import type { Component, Connection, Design } from '../../../model/design.js';
import type { Report } from '../../rule-context.js';
import { decisionScope, reportDecision } from '../../helpers/one-decision.js';
import { namesOf, unique } from '../../helpers/wording.js';
import { defineRule } from '../../rule.js';
import { availabilityTarget, describe, formatPercent, isDataStore } from '../../../model/component-facts.js';
import type { DesignIndex } from '../../../model/design-index.js';
import { backupOf, backupText, isBackedUp } from '../../helpers/backup.js';
import { drDeclaration } from '../../../model/regions.js';

interface Options {
    readonly availability: number;
}

export default defineRule<Options>({
    meta: {
        id: 'dr/backup-not-offsite',
        section: 'failure-recovery',
        practice: true,
        severity: 'warning',
        description: 'Backups stay next to the data while the availability target is 99.99% or higher, or a DR mode is declared.',
        rationale: 'A backup kept in the same region and account as its data shares its fate: a region outage, a deleted account or ransomware with the same credentials takes both. Copying backups to another region or account (`offsite: true`) is what lets a design recover elsewhere, which a 99.99% target or a second region is meant to guarantee.',
        question: 'Do the backups of {element} survive the loss of the region or account they live in?',
        messages: {
            notOffsiteMany: 'None of the {count} stores with backups ({stores}) copies them offsite: a region outage or a compromised account loses the data and its backups together, which {reason} is meant to survive. One backup policy (`offsite: true`) settles them all.',
            notOffsite: '{what} keeps its backups next to its data (no offsite: true): a region outage or a compromised account loses the data and its backups together, which {reason} is meant to survive.'
        },
        options: {
            schema: {
                type: 'object',
                properties: { availability: { type: 'number', minimum: 0, maximum: 1, description: 'Availability target (a fraction, 0.9999 for 99.99%) from which backups must be offsite.' } },
                additionalProperties: false
            },
            defaults: { availability: 0.9999 }
        },
        fix: 'Sets `offsite: true` in the `backup` block.',
        references: ['AWS Well-Architected REL09-BP01 Identify and back up all data that needs to be backed up, or reproduce the data from sources', 'AWS Well-Architected REL13-BP02 Use defined recovery strategies to meet the recovery objectives'],
        decisions: [
            'Judged when `requirements.availability` is at or above the `availability` option (99.99%), or a DR mode is declared: `deployment.mode` active_passive or active_active, or (with no mode) two or more regions.',
            'Every component with backups (database, storage, search, queue) is judged; a component without backups is `dr/no-backup`\'s concern.',
            '`offsite: true` in the backup block addresses it; so does a copy of the store\'s data in another region (a `crosses_region: true` connection between it and another store: a cross-region replica, snapshots restored there; the copy is not judged either), since a region outage then no longer takes the data with its backups (field corpus, round 21).',
            'Where backups are kept is one policy: two or more stores with backups, none offsite, give one finding listing them; a store is reported on its own when its peers copy their backups offsite.'
        ],
        quality: {
            grouping: 'One finding for every store whose backups stay onsite when none is offsite (one backup-policy decision, each store a related location); per store only where peers copy theirs offsite.',
            basis: 'Stated: the `backup` blocks (or an engine\'s default backups, such as Cosmos DB\'s geo-redundant ones), `requirements.availability` and the deployment\'s DR mode or regions.',
            unknowns: 'Without a 99.99% target or a declared DR mode the rule does not fire; stores without backups are `dr/no-backup`\'s.',
            severity: 'Warning: a gap a reviewer raises once a second region is promised; no corpus design has fired it yet.'
        },
        examples: {
            flagged: 'requirements { availability: 99.99% }\nclient U\nservice Api { replicas: 2 }\ndatabase Db { replicas: 2, backup: { mode: pitr, retention: 7d } }\nU -> Api -> Db',
            fixed: 'requirements { availability: 99.99% }\nclient U\nservice Api { replicas: 2 }\ndatabase Db { replicas: 2, backup: { mode: pitr, retention: 7d, offsite: true } }\nU -> Api -> Db'
        }
    },
    check({ design, index, options, report }) {
        const reason = offsiteReason(design, options);
        if (reason === undefined) {
            return;
        }
        const backedUp = design.components.filter((store) => isBackedUp(store) && !copiedToAnotherRegion(store, index));
        const onsite = backedUp.filter((store) => backupOf(store)?.offsite !== true);
        const fixedTexts = unique(onsite.map((store) => backupText(backupOf(store), { offsite: 'true' })));
        reportDecision(report, {
            affected: onsite.map((store) => ({ on: store, note: `${describe(store)} keeps its backups next to its data` })),
            peers: backedUp.length,
            once: {
                on: decisionScope(design, onsite),
                messageId: 'notOffsiteMany',
                data: { count: onsite.length, stores: namesOf(onsite), reason },
                // One fix when the stores share one backup block; otherwise each block keeps its own settings.
                fix: fixedTexts.length === 1 ? { kind: 'set-properties-each', title: 'Copy every backup to another region', targets: onsite, properties: [{ key: 'backup', value: fixedTexts[0] }] } : undefined
            },
            each: ({ on }) => storeFinding(on as Component, reason)
        });
    }
});

/**
 * The store's data has a copy in another region (a cross-region replica,
 * snapshots restored there: a `crosses_region: true` connection between it
 * and another store, either way): a region outage no longer takes the data
 * with its backups, which is what the finding warns of; and the copy itself
 * is the offsite one.
 */
function copiedToAnotherRegion(store: Component, index: DesignIndex): boolean {
    const crosses = (connection: Connection): boolean => connection.properties.boolean('crosses_region') === true;
    return index.outgoing(store).some((connection) => crosses(connection) && isDataStore(connection.target))
        || index.incoming(store).some((connection) => crosses(connection) && isDataStore(connection.source));
}

/** Why backups must leave the region, in words; `undefined` when nothing asks for it. */
function offsiteReason(design: Design, options: Options): string | undefined {
    const target = availabilityTarget(design);
    if (target !== undefined && target >= options.availability) {
        return `a ${formatPercent(target)} availability target`;
    }
    return drDeclaration(design);
}

function storeFinding(store: Component, reason: string): Report {
    const backup = backupOf(store);
    return {
        on: store,
        messageId: 'notOffsite',
        data: { what: describe(store), reason },
        fix: { kind: 'set-properties', title: `Copy ${store.name}'s backups to another region`, target: store, properties: [{ key: 'backup', value: backupText(backup, { offsite: 'true' }) }] }
    };
}
