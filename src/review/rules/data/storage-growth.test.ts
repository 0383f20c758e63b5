import { testRule } from '../../../../test/helpers/rule-tester.js';
import rule from './storage-growth.js';

const APP = 'service Api\nApi -> Db\nApi -> Index\n';

testRule(rule, {
    valid: [
        { name: 'no growth declared', design: `${APP}database Db { engine: postgres }\nsearch Index { engine: elasticsearch }` },
        { name: 'stores sized for the growth over the retention, with room to spare', design: `requirements { storage_growth: 10GB, retention: 365d }\n${APP}database Db { engine: postgres, storage: 4TB }\nsearch Index { engine: elasticsearch, storage: 1TB }` },
        { name: 'stores sized for a year when no retention is stated', design: `requirements { storage_growth: 1GB }\n${APP}database Db { engine: postgres, storage: 500GB }\nsearch Index { engine: elasticsearch }` },
        { name: 'a managed store grows on its own, and the retention is stated', design: 'requirements { storage_growth: 1TB, retention: 90d }\nservice Api\ndatabase Db { engine: dynamodb }\nApi -> Db' },
        { name: 'regression: a managed store with a stated size, sized for the year with room to spare, is not asked for a retention', design: 'requirements { storage_growth: 10GB }\nservice Api\ndatabase Db { engine: mariadb, managed: true, storage: 8TB }\nApi -> Db' },
        { name: 'regression: object storage that states its own retention is not asked for one (logs kept a year in S3, the design-wide retention unstated)', design: 'requirements { storage_growth: 4TB }\nservice Api\nstorage Logs { engine: s3, retention: 365d }\nApi -> Logs' },
        { name: 'regression: retention stated per store (history 2 years in the database, logs 30 days in the index) is not read as none with a year assumed', design: `requirements { storage_growth: 55GB }\n${APP}database Db { engine: postgres, retention: 730d }\nsearch Index { engine: elasticsearch, retention: 30d }` },
        { name: 'object storage on a managed service holds any growth', design: 'requirements { storage_growth: 1TB, retention: 3650d }\nservice Api\ndatabase Db { engine: postgres, storage: 1TB }\nstorage Media { engine: s3 }\nApi -> Db\nApi -> Media' }
    ],
    invalid: [
        {
            name: 'no store states a size (stated retention): a question with the arithmetic',
            design: `requirements { storage_growth: 20GB, retention: 730d }\n${APP}database Db { engine: postgres }\nsearch Index { engine: elasticsearch }`,
            findings: [{ element: 'requirements', severity: 'info', messageId: 'unsized', message: 'Design T adds 20 GB of data a day, 14.6 TB over its retention of 730d, and no store states how much it can hold (storage): which store keeps it, and is it sized for that?' }]
        },
        {
            name: 'no retention and no size: a year is assumed',
            design: 'requirements { storage_growth: 1TB }\nservice Api\ndatabase Db { engine: mongodb }\nApi -> Db',
            findings: [{ element: 'requirements', severity: 'info', message: 'Design T adds 1 TB of data a day, 365 TB over a year (no retention is stated; a year is assumed), and no store states how much it can hold (storage): which store keeps it, and is it sized for that?' }]
        },
        {
            name: 'stated sizes too small for the stated retention: a warning',
            design: `requirements { storage_growth: 50GB, retention: 365d }\n${APP}database Db { engine: postgres, storage: 2TB }\nsearch Index { engine: elasticsearch, storage: 1TB }`,
            findings: [{ element: 'requirements', severity: 'warning', messageId: 'tooSmall', message: 'Design T adds 50 GB of data a day, 18.3 TB over its retention of 365d, but its stores state 3 TB in all: they are full after 60 days. Which store keeps the growth, and how will it grow before then?' }]
        },
        {
            name: 'stated sizes too small for a year assumed: a question',
            design: 'requirements { storage_growth: 10GB }\nservice Api\ndatabase Db { engine: mysql, storage: 1TB }\nApi -> Db',
            findings: [{ element: 'requirements', severity: 'info', message: 'Design T adds 10 GB of data a day, 3.65 TB over a year (no retention is stated; a year is assumed), but its stores state 1 TB in all: they are full after 100 days. Which store keeps the growth, and how will it grow before then?' }]
        },
        {
            name: 'a managed store grows on its own but no retention is stated: one question on the lifecycle',
            design: 'requirements { storage_growth: 500TB }\nservice Chat\ndatabase Messages { engine: cassandra }\nstorage Media { engine: s3 }\nChat -> Messages : writes\nChat -> Media : writes',
            findings: [{ element: 'requirements', severity: 'info', messageId: 'unretained', message: 'Design T adds 500 TB of data a day, 183 PB a year, and states no retention: storage Media grows on its own, but nothing says how long the data is kept, when it moves to a cheaper tier or is deleted, so what is stored, and paid for, only grows. What is the retention (requirements.retention) or lifecycle policy?' }]
        },
        {
            name: 'of two managed stores, only the one with no retention of its own is named',
            design: 'requirements { storage_growth: 1TB }\nservice Api\nstorage Logs { engine: s3, retention: 365d }\nstorage Media { engine: s3 }\nApi -> Logs : writes\nApi -> Media : writes',
            findings: [{ element: 'requirements', severity: 'info', messageId: 'unretained', message: 'Design T adds 1 TB of data a day, 365 TB a year, and states no retention: storage Media grows on its own, but nothing says how long the data is kept, when it moves to a cheaper tier or is deleted, so what is stored, and paid for, only grows. What is the retention (requirements.retention) or lifecycle policy?' }]
        },
        {
            name: 'a managed store with a stated size that holds the year but ends it over 80% full: a question on the headroom',
            design: 'requirements { storage_growth: 27.4GB }\nservice Api\ndatabase Db { engine: mariadb, managed: true, storage: 12TB }\nApi -> Db',
            findings: [{ element: 'requirements', severity: 'info', messageId: 'tight', message: 'Design T adds 27.4 GB of data a day, 10 TB over a year (no retention is stated; a year is assumed), and its stores state 12 TB in all: they are full after 437 days, 83% full by the end of it, with little room if the growth runs above the estimate. How will the stores grow, or the data move out, before then?' }]
        },
        {
            name: 'a stated retention the stores hold with under 20% to spare: a question, not a warning',
            design: `requirements { storage_growth: 10GB, retention: 365d }\n${APP}database Db { engine: postgres, storage: 4TB }\nsearch Index { engine: elasticsearch }`,
            findings: [{ element: 'requirements', severity: 'info', messageId: 'tight', message: 'Design T adds 10 GB of data a day, 3.65 TB over its retention of 365d, and its stores state 4 TB in all: they are full after 400 days, 91% full by the end of it, with little room if the growth runs above the estimate. How will the stores grow, or the data move out, before then?' }]
        },
        {
            name: 'a store of an unknown engine is not taken to grow on its own',
            design: 'requirements { storage_growth: 5GB, retention: 30d }\nservice Api\ndatabase Db { engine: homegrown_db }\nApi -> Db',
            findings: [{ element: 'requirements', message: 'Design T adds 5 GB of data a day, 150 GB over its retention of 30d, and no store states how much it can hold (storage): which store keeps it, and is it sized for that?' }]
        }
    ]
});
