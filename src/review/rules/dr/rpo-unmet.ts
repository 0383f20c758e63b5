import { seconds } from '../../../estimates/figure.js';
import { defineRule } from '../../rule.js';
import { describe } from '../../../model/component-facts.js';

export default defineRule({
    meta: {
        id: 'dr/rpo-unmet',
        section: 'failure-recovery',
        severity: 'error',
        description: '`deployment.rpo` is shorter than the data loss a store allows (async cross-region replication with `rpo: 0`, snapshots further apart than the RPO).',
        rationale: 'The recovery point objective is a promise about how much recent data a disaster may destroy. A store recovered from its snapshots loses everything since the last one; a store recovered from an asynchronous copy in another region loses the writes that had not shipped yet. If the design\'s best way back loses more than the RPO, the promise cannot be kept: recover from a closer source (continuous backups, synchronous replication), or state the RPO the design really gives.',
        question: 'How much data of {element} can a disaster lose, and how would you bring that within the RPO?',
        messages: {
            unmet: '{what} can lose {loss} in a disaster, but {rpo}: {derivation}.'
        },
        references: ['AWS Well-Architected REL13-BP01 Define recovery objectives for downtime and data loss', 'AWS Well-Architected REL09-BP01 Identify and back up all data that needs to be backed up'],
        quality: {
            grouping: 'One finding per store whose best recovery source loses more than the RPO.',
            basis: 'Stated or engine: `deployment.rpo`, the store\'s backups (an engine\'s default backups count) and replication; an unstated snapshot interval is one day and point-in-time recovery about five minutes (`continuous_backup_lag`).',
            unknowns: 'Without a stated RPO nothing is judged; stores with no recovery source are `dr/no-backup`\'s.',
            severity: 'Error: the stated RPO cannot be met by the stated recovery sources.'
        },
        decisions: [
            'A store\'s data loss is that of its best recovery source: a copy in another region when the design declares a DR mode (synchronous replication loses nothing; asynchronous loses the writes not shipped, seconds), its snapshots (the interval, one day when unstated) or point-in-time recovery (about five minutes, the configurable `continuous_backup_lag`).',
            'Stores with no recovery source at all are left to `dr/no-backup`.'
        ],
        examples: {
            flagged: 'client U\nservice Api { replicas: 2 }\ndatabase Db { replicas: 2, failover: auto, backup: { mode: snapshot, interval: 1d } }\nU -> Api -> Db\ndeployment { rpo: 1h }',
            fixed: 'client U\nservice Api { replicas: 2 }\ndatabase Db { replicas: 2, failover: auto, backup: { mode: snapshot, interval: 30m } }\nU -> Api -> Db\ndeployment { rpo: 1h }'
        }
    },
    check({ design, estimates, report }) {
        const rpo = design.settings.deployment?.properties.number('rpo');
        if (rpo === undefined) {
            return;
        }
        for (const { store, loss } of estimates().dataLoss) {
            if (loss.value > rpo) {
                report({ on: store, messageId: 'unmet', data: { what: describe(store), loss: lossText(loss.value), rpo: rpoText(rpo), derivation: loss.derivation } });
            }
        }
    }
});

/** `a few seconds of writes`, `up to 1d of writes`. */
function lossText(loss: number): string {
    return loss < 60 ? 'a few seconds of writes' : `up to ${seconds(loss)} of writes`;
}

/** `the RPO allows no data loss`, `the RPO is 1h`. */
function rpoText(rpo: number): string {
    return rpo === 0 ? 'the RPO allows no data loss' : `the RPO is ${seconds(rpo)}`;
}
