import { expect } from 'chai';
import { runRule, testRule } from '../../../../test/helpers/rule-tester.js';
import rule from './no-encryption-at-rest.js';

testRule(rule, {
    valid: [
        { name: 'round 34: a store on a one-host install: its disk encryption is the host\'s', design: 'network Host {\n  hosts: 1\n  service App\n  database Db { engine: postgres, data: [pii] }\n  App -> Db : sql\n}' },
        { name: 'regression (field corpus, round 15): unclassified stores of a design that names no sensitive data are not asked about (usage counters, video metadata, logs)', design: 'service Api\ndatabase Db { engine: mysql }\nApi -> Db : sql' },
        { name: 'regression: a search engine that always encrypts its indexes at rest', design: 'service Api\nsearch Find { engine: azure_ai_search, managed: true }\nApi -> Find' },
        {
            name: 'every persistent store encrypted',
            design: 'service Api\ndatabase Db { encryption: at_rest }\nstorage F { encryption: at_rest }\nsearch S { encryption: at_rest }\nqueue Q { encryption: at_rest }\nApi -> Db\nApi -> F\nApi -> S\nApi -> Q'
        },
        { name: 'engines that encrypt at rest by default', design: 'service Api\nstorage F { engine: s3 }\ndatabase D { engine: dynamodb }\nqueue Q { engine: sqs }\nApi -> F : https\nApi -> D : https\nApi -> Q : https' },
        { name: 'regression: Azure stores encrypt at rest by default (DocumentDB, Managed Redis, Cosmos DB)', design: 'service Api\ndatabase Packages { engine: azure_documentdb }\ndatabase Deliveries { engine: azure_managed_redis }\ndatabase Drones { engine: cosmosdb }\nApi -> Packages : tcp\nApi -> Deliveries : redis\nApi -> Drones : https' },
        { name: 'a managed store on a generic engine whose encryption is stated', design: 'service Api\ndatabase Db { engine: postgres, managed: true, data: [pii], encryption: at_rest }\nApi -> Db : sql' },
        { name: 'an in-memory cache, even of personal data', design: 'service Api\ncache C { engine: redis, data: [pii] }\nApi -> C' },
        { name: 'stores left unclassified beside classified ones are read as holding nothing sensitive (regression: a question about carts and sessions)', design: 'service Api\ndatabase Users { engine: postgres, data: [pii], encryption: at_rest }\ndatabase Carts { engine: mongodb }\nqueue Jobs { engine: rabbitmq }\nApi -> Users : sql\nApi -> Carts : tcp\nApi -> Jobs : amqp' },
        { name: 'a store of public data', design: 'service Api\ndatabase Products { engine: postgres, data: [public] }\nApi -> Products : sql' },
        { name: 'a store whose engine ArchLens does not know (regression: the engine encrypts by default)', design: 'service Api\nqueue Bus { engine: acme_bus, data: [pii] }\nApi -> Bus : amqp' },
        { name: 'a design that says nothing about security (a source about something else)', design: 'service Api\ndatabase Db { engine: mysql }\nApi -> Db' }
    ],
    invalid: [
        {
            name: 'round 34: the same store in a network of many machines',
            design: 'network Vpc {\n  service App\n  database Db { engine: postgres, data: [pii] }\n  App -> Db : sql\n}',
            findings: [{ element: 'Db', severity: 'warning', message: 'database Db holds personal data unencrypted at rest: a copied disk, snapshot or backup exposes it in the clear.' }]
        },
        { name: 'regression: a store drawn but not described (out_of_scope) is not counted', design: 'requirements { data: [pii] }\nclient U\nservice Api { replicas: 2, auth: jwt }\ndatabase Notes { engine: postgres, out_of_scope: true }\ndatabase Files { engine: postgres }\nU -> Api : https\nApi -> Notes : sql\nApi -> Files : sql', findings: [{ element: 'Files', messageId: 'unclassified', message: 'database Files is not encrypted at rest, and no `data` says what it holds (the design handles personal data): which hold personal, payment, credential or health data? Say `data` on each store (`public` when nothing is sensitive), or `encryption: at_rest`.' }] },
        {
            name: 'a database whose data nobody classified, in a design that handles personal data: a question',
            design: 'requirements { data: [pii] }\nservice Api\ndatabase Db { engine: mysql }\nApi -> Db : sql',
            findings: [{ element: 'Db', messageId: 'unclassified', severity: 'info', message: 'database Db is not encrypted at rest, and no `data` says what it holds (the design handles personal data): which hold personal, payment, credential or health data? Say `data` on each store (`public` when nothing is sensitive), or `encryption: at_rest`.' }]
        },
        {
            name: 'a store of sensitive data: a warning',
            design: 'service Api\nstorage Scans { data: [health, pii] }\nApi -> Scans : https',
            findings: [{ element: 'Scans', messageId: 'sensitive', severity: 'warning', message: 'storage Scans holds personal and health data unencrypted at rest: a copied disk, snapshot or backup exposes it in the clear.' }]
        },
        {
            name: 'a store reachable from the internet is still a warning here (exposure is sec/exposed-data-store\'s concern)',
            design: 'service Api\ndatabase Users { engine: mariadb, public: true, data: [credentials] }\nApi -> Users : sql',
            findings: [{ element: 'Users', severity: 'warning', message: 'database Users holds credential data unencrypted at rest: a copied disk, snapshot or backup exposes it in the clear.' }]
        },
        {
            name: 'regression: sensitive data on a managed postgres whose provider is not named is a question, not a warning',
            design: 'service Api\ndatabase Accounts { engine: postgres, managed: true, data: [pii] }\nApi -> Accounts : sql',
            findings: [{ element: 'Accounts', messageId: 'providerDefault', severity: 'info', message: 'Does the provider encrypt Accounts at rest? It is managed and holds personal data, but the design names neither `encryption` nor the product: Azure and Google Cloud encrypt every store by default, Amazon RDS only when asked at creation. State `encryption: at_rest` on it, or name the managed engine.' }]
        },
        {
            name: 'a managed product whose encryption is opt-in is still a warning (Amazon RDS)',
            design: 'service Api\ndatabase Accounts { engine: rds, data: [credentials] }\nApi -> Accounts : sql',
            findings: [{ element: 'Accounts', messageId: 'sensitive', severity: 'warning', message: 'database Accounts holds credential data unencrypted at rest: a copied disk, snapshot or backup exposes it in the clear.' }]
        },
        {
            name: 'a design that overrides the engine\'s default',
            design: 'service Api\nstorage F { engine: s3, encryption: none, data: [payment] }\nApi -> F : https',
            findings: [{ element: 'F', message: 'storage F holds payment data unencrypted at rest: a copied disk, snapshot or backup exposes it in the clear.' }]
        },
        {
            name: 'several stores of sensitive data are one decision, reported once (regression: one copy per store)',
            design: 'network data {\n  service Api\n  database Orders { engine: mongodb, data: [pii, payment] }\n  database Users { engine: mongodb, data: [credentials] }\n  Api -> Orders : tcp\n  Api -> Users : tcp\n}',
            findings: [{
                element: 'data',
                messageId: 'sensitiveMany',
                severity: 'warning',
                message: '2 stores hold personal, payment and credential data unencrypted at rest: a copied disk, snapshot or backup of any of them exposes it in the clear. One decision settles them all: encryption at rest for every store of sensitive data.'
            }]
        },
        {
            name: 'unclassified stores give one question for the design, naming what the design handles',
            design: 'requirements {\n  data: [payment]\n}\nservice Api\ndatabase A { engine: postgres }\ndatabase B { engine: postgres }\nsearch C { engine: elasticsearch }\nApi -> A : sql\nApi -> B : sql\nApi -> C : https',
            findings: [{
                messageId: 'unclassified',
                severity: 'info',
                message: 'database A, database B and search C are not encrypted at rest, and no `data` says what they hold (the design handles payment data): which hold personal, payment, credential or health data? Say `data` on each store (`public` when nothing is sensitive), or `encryption: at_rest`.'
            }]
        }
    ]
});

describe('sec/no-encryption-at-rest on a managed store whose provider is not named', () => {
    it('rests on an assumption settled by `encryption`', async () => {
        const [finding] = await runRule(rule, 'service Api\ndatabase Accounts { engine: postgres, managed: true, data: [pii] }\nApi -> Accounts : sql');
        expect(finding.basis).to.equal('assumed');
        expect(finding.assumptions?.map((assumption) => assumption.settle)).to.deep.equal(['encryption']);
    });
});
