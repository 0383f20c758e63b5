import type { Design } from '../../../model/design.js';
import { defineRule } from '../../rule.js';
import { availabilityTarget, describe, formatPercent } from '../../../model/component-facts.js';
import { backupOf, backupText, isBackedUp } from '../../helpers/backup.js';
import { drDeclaration } from '../../../model/regions.js';

interface Options {
    readonly availability: number;
}

export default defineRule<Options>({
    meta: {
        id: 'dr/backup-not-offsite',
        section: 'failure-recovery',
        severity: 'warning',
        description: 'Backups stay next to the data while the availability target is 99.99% or higher, or a DR mode is declared.',
        rationale: 'A backup kept in the same region and account as its data shares its fate: a region outage, a deleted account or ransomware with the same credentials takes both. Copying backups to another region or account (`offsite: true`) is what lets a design recover elsewhere, which a 99.99% target or a second region is meant to guarantee.',
        question: 'Do the backups of {element} survive the loss of the region or account they live in?',
        messages: {
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
            '`offsite: true` in the backup block addresses it.'
        ],
        examples: {
            flagged: 'requirements { availability: 99.99% }\nclient U\nservice Api { replicas: 2 }\ndatabase Db { replicas: 2, backup: { mode: pitr, retention: 7d } }\nU -> Api -> Db',
            fixed: 'requirements { availability: 99.99% }\nclient U\nservice Api { replicas: 2 }\ndatabase Db { replicas: 2, backup: { mode: pitr, retention: 7d, offsite: true } }\nU -> Api -> Db'
        }
    },
    check({ design, options, report }) {
        const reason = offsiteReason(design, options);
        if (reason === undefined) {
            return;
        }
        for (const store of design.components) {
            const backup = backupOf(store);
            if (!isBackedUp(store) || backup?.offsite === true) {
                continue;
            }
            report({
                on: store,
                messageId: 'notOffsite',
                data: { what: describe(store), reason },
                fix: { kind: 'set-properties', title: `Copy ${store.name}'s backups to another region`, target: store, properties: [{ key: 'backup', value: backupText(backup, { offsite: 'true' }) }] }
            });
        }
    }
});

/** Why backups must leave the region, in words; `undefined` when nothing asks for it. */
function offsiteReason(design: Design, options: Options): string | undefined {
    const target = availabilityTarget(design);
    if (target !== undefined && target >= options.availability) {
        return `a ${formatPercent(target)} availability target`;
    }
    return drDeclaration(design);
}
