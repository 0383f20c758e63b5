import { expect } from 'chai';
import { runRule, testRule } from '../../../../test/helpers/rule-tester.js';
import rule from './missing-cache.js';

const READ_HEAVY = 'requirements { read_ratio: 100 }\nclient U\nservice Api { replicas: 2 }\n';

testRule(rule, {
    valid: [
        { name: 'regression: a primary replicating into a replica does not read it (its readers have a cache)', design: 'requirements { read_ratio: 100 }\nclient U\nservice Api { replicas: 2 }\ncache Hot { engine: redis }\ndatabase Primary { engine: mysql, replicas: 2 }\ndatabase Copy { engine: mysql, replicas: 2 }\nU -> Api\nApi -> Hot : reads\nApi -> Copy : reads\nApi -> Primary : writes\nPrimary -> Copy "replication"' },
        // Round 22: a payment service that must read the latest write was asked to read through a cache.
        { name: 'regression: a reader stated consistency: strong is not asked to read through a cache', design: `${READ_HEAVY}database Db\nU -> Pay\nservice Pay { consistency: strong }\nPay -> Db : sql` },
        { name: 'the reader also reads a cache', design: `${READ_HEAVY}database Db\ncache C\nU -> Api\nApi -> Db : sql\nApi -> C : redis, reads` },
        { name: 'a cache read and written (cache-aside)', design: `${READ_HEAVY}database Db\ncache C\nU -> Api\nApi -> Db : sql\nApi -> C : redis` },
        { name: 'a CDN in front of the reader', design: 'requirements { read_ratio: 100 }\nclient U\ncdn Edge { engine: cloudfront }\nservice Api { replicas: 2 }\ndatabase Db\nU -> Edge -> Api -> Db' },
        { name: 'a cache engine as the store', design: `${READ_HEAVY}database Db { engine: redis }\nU -> Api -> Db` },
        { name: 'only written on the request path', design: `${READ_HEAVY}database Db\nU -> Api\nApi -> Db : writes` },
        { name: 'read only off the request path (a worker behind a queue)', design: `${READ_HEAVY}queue Q { engine: sqs }\nworker W\ndatabase Db\nU -> Api -> Q\nQ -> W\nW -> Db : reads` },
        { name: 'read asynchronously', design: `${READ_HEAVY}database Db\nU -> Api\nApi -> Db : async` },
        { name: 'below the read-heavy threshold (9 < 10)', design: 'requirements { read_ratio: 9 }\nclient U\nservice Api\ndatabase Db\nU -> Api -> Db' },
        { name: 'no read ratio stated', design: 'requirements { peak_rps: 10k }\nclient U\nservice Api\ndatabase Db\nU -> Api -> Db' },
        { name: 'a higher threshold in the options', design: `${READ_HEAVY}database Db\nU -> Api -> Db`, options: { readRatio: 200 } },
        {
            name: 'the url shortener',
            design: 'requirements { read_ratio: 100 }\nclient Browser\ncdn Edge { engine: cloudfront }\nloadbalancer Lb { engine: alb }\nservice Api { replicas: 3 }\ncache Hot { engine: redis, eviction: lru, ttl: 24h }\ndatabase Urls { engine: postgres, replicas: 3 }\nqueue Clicks { engine: kafka }\nworker Analytics\ndatabase Stats { engine: cassandra }\nBrowser -> Edge -> Lb -> Api : https\nApi -> Hot : redis, tls, reads\nApi -> Urls { protocol: sql, tls: true, access: read_write }\nApi -> Clicks : kafka, tls, async\nClicks -> Analytics : kafka, tls, async\nAnalytics -> Stats { protocol: tcp, tls: true, access: writes }'
        }
    ],
    invalid: [
        {
            name: 'two uncached databases: one cache-tier decision',
            design: 'requirements { read_ratio: 50 }\nclient U\nservice Web { replicas: 2 }\ndatabase Posts { replicas: 2 }\ndatabase Users { replicas: 2 }\nU -> Web\nWeb -> Posts : sql\nWeb -> Users : sql',
            findings: [{ messageId: 'missingMany', message: 'The design reads 50× more than it writes, and reads of 2 databases (Posts and Users) reach them with no cache in between: the databases carry the whole read load and every read pays their latency. One cache tier on the read path settles them.' }]
        },
        {
            name: 'the first draft',
            design: 'requirements { peak_rps: 20k, read_ratio: 100 }\nclient Mobile\nservice Web\ndatabase Db { engine: mysql }\nstorage Photos { engine: s3 }\nMobile -> Web : http\nWeb -> Db : sql\nWeb -> Photos : https',
            findings: [{ element: 'Db', messageId: 'missing', severity: 'info', message: 'The design reads 100× more than it writes, and reads of database Db by service Web reach it with no cache in between: the database carries the whole read load and every read pays its latency.' }]
        },
        {
            name: 'read replicas do not serve reads from memory',
            design: `${READ_HEAVY}database Db { engine: postgres, replicas: 3 }\nU -> Api -> Db : sql`,
            findings: [{ element: 'Db', message: 'The design reads 100× more than it writes, and reads of database Db by service Api reach it with no cache in between: the database carries the whole read load and every read pays its latency.' }]
        },
        {
            name: 'an engine that scales reads itself is still asked',
            design: `${READ_HEAVY}database Db { engine: dynamodb }\nU -> Api -> Db`,
            findings: [{ element: 'Db', message: 'The design reads 100× more than it writes, and reads of database Db by service Api reach it with no cache in between: the database carries the whole read load and every read pays its latency.' }]
        },
        {
            name: 'only the reader without a cache is named',
            design: `${READ_HEAVY}service Admin { replicas: 2 }\ndatabase Db\ncache C\nU -> Api\nU -> Admin\nApi -> C : reads\nApi -> Db\nAdmin -> Db : reads\nAdmin -> Db : writes`,
            findings: [{ element: 'Db', message: 'The design reads 100× more than it writes, and reads of database Db by service Admin reach it with no cache in between: the database carries the whole read load and every read pays its latency.' }]
        },
        {
            name: 'a reader that bypasses the CDN',
            design: 'requirements { read_ratio: 50 }\nclient U\ncdn Edge { engine: cloudfront }\nservice Api { replicas: 2 }\ndatabase Db\nU -> Edge -> Api -> Db\nU -> Api',
            findings: [{ element: 'Db', message: 'The design reads 50× more than it writes, and reads of database Db by service Api reach it with no cache in between: the database carries the whole read load and every read pays its latency.' }]
        },
        {
            name: 'the read-heavy threshold itself (10)',
            design: 'requirements { read_ratio: 10 }\nclient U\nservice Api\ndatabase Db\nU -> Api -> Db',
            findings: [{ element: 'Db', message: 'The design reads 10× more than it writes, and reads of database Db by service Api reach it with no cache in between: the database carries the whole read load and every read pays its latency.' }]
        },
        {
            name: 'a lower threshold in the options',
            design: 'requirements { read_ratio: 5 }\nclient U\nservice Api\ndatabase Db\nU -> Api -> Db',
            options: { readRatio: 5 },
            findings: [{ element: 'Db', message: 'The design reads 5× more than it writes, and reads of database Db by service Api reach it with no cache in between: the database carries the whole read load and every read pays its latency.' }]
        }
    ]
});

describe('cache/missing-cache quick fix', () => {
    it('adds a cache next to the database and connects each uncached reader', async () => {
        const [finding] = await runRule(rule, `${READ_HEAVY}service Admin\ndatabase Db\nU -> Api -> Db\nU -> Admin -> Db`);
        expect(finding.fix?.kind).to.equal('add-component');
        if (finding.fix?.kind === 'add-component') {
            expect(finding.fix.component.kind).to.equal('cache');
            expect(finding.fix.component.name).to.equal('DbCache');
            expect(finding.fix.component.properties).to.deep.include.members([{ key: 'eviction', value: 'lru' }, { key: 'ttl', value: '5m' }, { key: 'replicas', value: '2' }]);
            expect(finding.fix.near?.name).to.equal('Db');
            expect(finding.fix.from.map((link) => `${link.source.name} : ${link.shorthand}`)).to.deep.equal(['Api : reads', 'Admin : reads']);
        }
    });
});
