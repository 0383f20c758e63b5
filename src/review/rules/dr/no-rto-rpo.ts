import { defineRule } from '../../rule.js';
import { drDeclaration } from '../../../model/regions.js';

/** Starting objectives for the quick fix: common for a warm standby; the author sets the real ones. */
const DEFAULT_OBJECTIVES: Readonly<Record<'rto' | 'rpo', string>> = { rto: '1h', rpo: '15m' };

export default defineRule({
    meta: {
        id: 'dr/no-rto-rpo',
        section: 'failure-recovery',
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
            grouping: 'One design-wide finding naming the missing objectives.',
            basis: 'Stated: the deployment\'s DR mode or regions and its `rto`/`rpo`.',
            unknowns: 'A design that declares no DR mode is not asked.',
            severity: 'Info: a question; both corpus findings are true positives.'
        },
        decisions: [
            'A DR mode is declared when `deployment.mode` is active_passive or active_active, or when no mode is given and the design runs in two or more regions (`deployment.regions`, or networks in different `region`s). `mode: single` declares none.',
            'Either objective missing is flagged, and the message names which.'
        ],
        examples: {
            flagged: 'client U\nservice Api { replicas: 2 }\nU -> Api\ndeployment { regions: [us_east, us_west], mode: active_passive }',
            fixed: 'client U\nservice Api { replicas: 2 }\nU -> Api\ndeployment { regions: [us_east, us_west], mode: active_passive, rto: 15m, rpo: 1m }'
        }
    },
    check({ design, report }) {
        const declaration = drDeclaration(design);
        if (declaration === undefined) {
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
