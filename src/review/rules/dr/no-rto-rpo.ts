import type { Design } from '../../../model/design.js';
import type { DesignIndex } from '../../../model/design-index.js';
import { defineRule } from '../../rule.js';
import { drDeclaration } from '../../../model/regions.js';
import { availabilityTarget, DATA_STORE_KINDS } from '../../../model/component-facts.js';
import { availabilityOnlyInWords } from '../../helpers/availability-words.js';

/** Starting objectives for the quick fix: common for a warm standby; the author sets the real ones. */
const DEFAULT_OBJECTIVES: Readonly<Record<'rto' | 'rpo', string>> = { rto: '1h', rpo: '15m' };

export default defineRule({
    meta: {
        id: 'dr/no-rto-rpo',
        section: 'failure-recovery',
        practice: true,
        severity: 'info',
        description: 'A DR mode is declared without a recovery time objective (rto) and recovery point objective (rpo).',
        rationale: 'A standby region is only as good as the objectives it is built and tested against: how long an outage may last (RTO) and how much recent data may be lost (RPO). Without them nobody can say whether asynchronous replication, hourly snapshots or a manual failover are good enough, and a DR drill has nothing to pass or fail.',
        question: 'How long may {design} be down in a disaster, and how much data may it lose (RTO, RPO)?',
        messages: {
            missing: 'The design declares {declaration} but no {missing}: nobody can tell whether its failover and backups are good enough, and a DR drill has nothing to pass or fail.'
        },
        fix: 'Sets the missing `rto: 1h` and `rpo: 15m` in the `deployment` block.',
        references: ['AWS Well-Architected REL13-BP01 Define recovery objectives for downtime and data loss', 'Azure Well-Architected RE:09 Disaster recovery'],
        quality: {
            grouping: 'One design-wide finding naming the missing objectives; none where avail/availability-in-words already asks for the target, RTO and RPO together.',
            basis: 'Stated: the deployment\'s DR mode or regions and its `rto`/`rpo`.',
            unknowns: 'A design that declares no DR mode is not asked; nor is a stateless front end (no data store) that states no availability target: it has no data to lose and no promised uptime to recover.',
            severity: 'Info: a question; on the tuning corpus (37 designs) its findings on designs that keep data are raised, and the copies of the availability-in-words question are no longer reported.'
        },
        decisions: [
            'A DR mode is declared when `deployment.mode` is active_passive or active_active, or when no mode is given and the design runs in two or more regions (`deployment.regions`, or networks in different `region`s). `mode: single` declares none.',
            'Either objective missing is flagged, and the message names which.',
            'A design that promises availability in words ("highly available", "zone-redundant") and states no target is not asked here: avail/availability-in-words asks for the target, RTO and RPO in one question.',
            'A design with no data store (database, cache, queue, storage, search) and no availability target is not asked: the objectives protect data and a promised uptime, and a stateless front end spread over regions for latency has neither to state.'
        ],
        examples: {
            flagged: 'client U\nservice Api { replicas: 2 }\ndatabase Db { engine: postgres }\nU -> Api\nApi -> Db\ndeployment { regions: [us_east, us_west], mode: active_passive }',
            fixed: 'client U\nservice Api { replicas: 2 }\ndatabase Db { engine: postgres }\nU -> Api\nApi -> Db\ndeployment { regions: [us_east, us_west], mode: active_passive, rto: 15m, rpo: 1m }'
        }
    },
    check({ design, index, report }) {
        const declaration = drDeclaration(design);
        if (declaration === undefined || !protectsSomething(design, index) || availabilityOnlyInWords(design)) {
            return;
        }
        const deployment = design.settings.deployment?.properties;
        const missing = (['rto', 'rpo'] as const).filter((key) => deployment?.has(key) !== true);
        if (missing.length === 0) {
            return;
        }
        report({
            on: design,
            messageId: 'missing',
            data: { declaration, missing: missing.join(' and ') },
            fix: {
                kind: 'set-settings',
                title: `Declare ${missing.join(' and ')}`,
                settings: 'deployment',
                properties: missing.map((key) => ({ key, value: DEFAULT_OBJECTIVES[key] }))
            }
        });
    }
});

/** The objectives protect stored data or a promised uptime: a stateless front end with no target has neither. */
function protectsSomething(design: Design, index: DesignIndex): boolean {
    return index.ofKind(...DATA_STORE_KINDS).length > 0 || availabilityTarget(design) !== undefined;
}
