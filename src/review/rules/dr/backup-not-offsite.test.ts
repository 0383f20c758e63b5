import { testRule } from '../../../../test/helpers/rule-tester.js';
import rule from './backup-not-offsite.js';

const PATH = 'client U\nservice Api { replicas: 2 }\nU -> Api -> Db\n';
const LOCAL_BACKUP = 'database Db { replicas: 2, backup: { mode: snapshot, interval: 1h } }';

testRule(rule, {
    valid: [
        { name: 'regression (field corpus): a store copied to a replica in another region, and that replica', design: `requirements { availability: 99.99% }\n${PATH}database Db { replicas: 2, backup: { mode: pitr } }\ndatabase DbWest { engine: postgres, backup: { mode: pitr } }\nDb -> DbWest { crosses_region: true }` },
        { name: 'regression: an engine whose automated backups are geo-redundant by default (Azure SQL)', design: `requirements { availability: 99.99% }\n${PATH}database Db { engine: azure_sql }` },
        { name: 'offsite backups', design: `requirements { availability: 99.99% }\n${PATH}database Db { replicas: 2, backup: { mode: pitr, offsite: true } }` },
        { name: 'a 99.95% target without a DR mode', design: `requirements { availability: 99.95% }\n${PATH}${LOCAL_BACKUP}` },
        { name: 'no backups at all (dr/no-backup\'s concern)', design: `requirements { availability: 99.99% }\n${PATH}database Db { replicas: 2 }` },
        { name: 'backups switched off', design: `requirements { availability: 99.99% }\n${PATH}database Db { replicas: 2, backup: { mode: none } }` },
        { name: 'an explicit single-region mode', design: `${PATH}${LOCAL_BACKUP}\ndeployment { regions: [us_east, us_west], mode: single }` },
        { name: 'a raised threshold', design: `requirements { availability: 99.99% }\n${PATH}${LOCAL_BACKUP}`, options: { availability: 0.99999 } }
    ],
    invalid: [
        {
            name: 'a 99.99% target',
            design: `requirements { availability: 99.99% }\n${PATH}${LOCAL_BACKUP}`,
            findings: [{ element: 'Db', severity: 'warning', messageId: 'notOffsite', message: 'database Db keeps its backups next to its data (no offsite: true): a region outage or a compromised account loses the data and its backups together, which a 99.99% availability target is meant to survive.' }]
        },
        {
            name: 'an active-passive deployment',
            design: `${PATH}${LOCAL_BACKUP}\ndeployment { regions: [us_east, us_west], mode: active_passive }`,
            findings: [{ element: 'Db', message: 'database Db keeps its backups next to its data (no offsite: true): a region outage or a compromised account loses the data and its backups together, which an active_passive deployment is meant to survive.' }]
        },
        {
            name: 'two regions and no mode; storage and search backups too: one backup policy',
            design: `${PATH}database Db { replicas: 2, backup: { mode: pitr, offsite: false } }\nstorage Files { engine: s3, backup: { mode: continuous } }\nsearch Index { engine: opensearch, backup: { mode: snapshot } }\nApi -> Files\nApi -> Index\ndeployment { regions: [us_east, us_west] }`,
            findings: [
                { messageId: 'notOffsiteMany', message: 'None of the 3 stores with backups (Db, Files and Index) copies them offsite: a region outage or a compromised account loses the data and its backups together, which a deployment over 2 regions (us_east, us_west) is meant to survive. One backup policy (`offsite: true`) settles them all.' }
            ]
        },
        {
            name: 'only the store whose peers copy their backups offsite',
            design: `${PATH}database Db { replicas: 2, backup: { mode: pitr, offsite: true } }\nstorage Files { engine: s3, backup: { mode: continuous } }\nApi -> Files\ndeployment { regions: [us_east, us_west] }`,
            findings: [
                { element: 'Files', message: 'storage Files keeps its backups next to its data (no offsite: true): a region outage or a compromised account loses the data and its backups together, which a deployment over 2 regions (us_east, us_west) is meant to survive.' }
            ]
        },
        {
            name: 'a lowered threshold',
            design: `requirements { availability: 99.9% }\n${PATH}${LOCAL_BACKUP}`,
            options: { availability: 0.999 },
            findings: [{ element: 'Db', message: 'database Db keeps its backups next to its data (no offsite: true): a region outage or a compromised account loses the data and its backups together, which a 99.9% availability target is meant to survive.' }]
        }
    ]
});
