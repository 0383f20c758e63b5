import { testRule } from '../../../../test/helpers/rule-tester.js';
import rule from './unknown-engine.js';

testRule(rule, {
    valid: [
        { name: 'regression (round 32): HDFS and DBFS are known, neither a typo of the other', design: 'service Jobs\nstorage Lake { engine: hdfs }\nstorage Root { engine: dbfs }\nJobs -> Lake : writes\nJobs -> Root : writes' },
        { name: 'regression (round 31): Google Cloud Filestore is known, not a typo of Firestore', design: 'service Wiki\nstorage Share { engine: filestore }\nWiki -> Share : tcp' },
        { name: 'regression: a real product one letter away from another (sns, not a typo of sqs)', design: 'service Api\nqueue Topic { engine: sns }\nApi -> Topic' },
        { name: 'regression: a short acronym one letter away from a known one is another product, not a typo', design: 'service Api\nqueue Jobs { engine: mqs }\nApi -> Jobs' },
        // Round 25: Amazon CloudSearch, before the knowledge base knew it, was asked whether it meant CloudWatch.
        { name: 'regression: Amazon CloudSearch is a known engine, not a misspelt CloudWatch', design: 'service Api\nsearch Notes { engine: cloudsearch }\nApi -> Notes' },
        { name: 'known engines, any case', design: 'service Api\ndatabase Db { engine: Postgres }\ncache C { engine: redis }\nApi -> Db\nApi -> C' },
        { name: 'no engine', design: 'service Api\ndatabase Db\nApi -> Db' },
        { name: 'an engine nobody has heard of is an assumption of the report, not a finding', design: 'service Api\nqueue Q { engine: homegrown_mq }\nApi -> Q' },
        // A name one word away from a known one names another product, not a typo of it.
        { name: 'a product whose name differs from a known one by a whole word', design: 'service Api\nstorage Files { engine: azure_file_storage }\nApi -> Files' }
    ],
    invalid: [
        {
            name: 'a typo in one word of a compound name',
            design: 'service Api\nstorage Files { engine: azure_blob_storge }\nApi -> Files',
            findings: [{ element: 'Files', severity: 'info', message: "Unknown engine 'azure_blob_storge' on storage Files: no facts are known about it, so the defaults of a storage apply. Did you mean 'azure_blob_storage'?" }]
        },
        {
            name: 'a lost separator',
            design: 'service Api\nstorage Files { engine: azureblob_storage }\nApi -> Files',
            findings: [{ element: 'Files', severity: 'info', message: "Unknown engine 'azureblob_storage' on storage Files: no facts are known about it, so the defaults of a storage apply. Did you mean 'azure_blob_storage'?" }]
        },
        {
            name: 'a typo',
            design: 'service Api\ndatabase Db { engine: postgress }\nApi -> Db',
            findings: [{ element: 'Db', severity: 'info', message: "Unknown engine 'postgress' on database Db: no facts are known about it, so the defaults of a database apply. Did you mean 'postgres'?" }]
        },
        {
            name: 'a typo among engines nobody has heard of: only the typo',
            design: 'service Api { engine: yarp }\nqueue Q { engine: homegrown_mq }\nqueue R { engine: homegrown_mq }\ndatabase Db { engine: postgress }\nApi -> Q\nApi -> R\nApi -> Db',
            findings: [
                { element: 'Db', message: "Unknown engine 'postgress' on database Db: no facts are known about it, so the defaults of a database apply. Did you mean 'postgres'?" }
            ]
        }
    ]
});
