import { testRule } from '../../../../test/helpers/rule-tester.js';
import rule from './rpo-unmet.js';

const store = (database: string, deployment: string): string => `client U\nservice Api { replicas: 2 }\ndatabase Db { replicas: 2, failover: auto, ${database} }\nU -> Api -> Db\ndeployment { ${deployment} }`;

testRule(rule, {
    valid: [
        { name: 'snapshots exactly at the RPO', design: store('backup: { mode: snapshot, interval: 1h }', 'rpo: 1h') },
        { name: 'point-in-time recovery within the RPO', design: store('backup: { mode: pitr }', 'rpo: 5m') },
        { name: 'synchronous replication to another region with rpo: 0', design: store('replication: sync, backup: { mode: snapshot }', 'regions: [a, b], mode: active_passive, rpo: 0') },
        { name: 'asynchronous replication to another region, RPO of minutes', design: store('replication: async, backup: { mode: snapshot }', 'regions: [a, b], mode: active_passive, rpo: 1m') },
        { name: 'no RPO stated', design: store('backup: { mode: snapshot }', 'rto: 1h') },
        { name: 'no recovery source: dr/no-backup says it', design: store('engine: postgres', 'rpo: 1m') }
    ],
    invalid: [
        {
            name: 'snapshots further apart than the RPO',
            design: store('backup: { mode: snapshot, interval: 61m }', 'rpo: 1h'),
            findings: [{ element: 'Db', severity: 'error', message: 'database Db can lose up to 61m of writes in a disaster, but the RPO is 1h: snapshots every 61m lose up to 61m.' }]
        },
        {
            name: 'asynchronous cross-region replication with rpo: 0',
            design: store('engine: postgres, backup: { mode: pitr }', 'regions: [a, b], mode: active_passive, rpo: 0'),
            findings: [{ element: 'Db', message: 'database Db can lose a few seconds of writes in a disaster, but the RPO allows no data loss: async replication to another region loses the writes not yet shipped (seconds) (better than: point-in-time recovery restores to within about 5m).' }]
        }
    ]
});
