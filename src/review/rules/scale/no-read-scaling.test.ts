import { testRule } from '../../../../test/helpers/rule-tester.js';
import rule from './no-read-scaling.js';

const READ_HEAVY = 'requirements { read_ratio: 100 }\nclient U\nservice Api { replicas: 2 }\n';

testRule(rule, {
    valid: [
        { name: 'round 36: a database split over shards serves each key\'s reads from its shard', design: 'client U\nservice App { replicas: 2 }\ndatabase Meta { engine: postgres, shards: many }\nU -> App : https\nApp -> Meta : reads, writes\nrequirements { read_ratio: 19 }' },
        { name: 'round 36: an embedded SQLite is a copy in each instance of its process', design: 'client U\nservice Node { replicas: 3 }\ndatabase Index { engine: sqlite }\nU -> Node : https\nNode -> Index : reads, writes\nrequirements { read_ratio: 19 }' },
        { name: 'regression: replication from a primary to a replica is not a read of the replica', design: 'requirements { read_ratio: 100 }\nclient U\nservice Api { replicas: 2 }\ncache Hot { engine: redis }\ndatabase Primary { engine: mysql, replicas: 2 }\ndatabase Copy { engine: mysql }\nU -> Api\nApi -> Hot : reads\nApi -> Copy : reads\nApi -> Primary : writes\nPrimary -> Copy "replication"' },
        { name: 'read replicas', design: `${READ_HEAVY}database Db { replicas: 3 }\nU -> Api -> Db` },
        { name: 'a cache read by the same reader', design: `${READ_HEAVY}database Db\ncache C { replicas: 2 }\nU -> Api\nApi -> Db\nApi -> C : reads` },
        { name: 'a CDN in front of the reader', design: 'requirements { read_ratio: 100 }\nclient U\ncdn Edge { engine: cloudfront }\nservice Api { replicas: 2 }\ndatabase Db\nU -> Edge -> Api -> Db' },
        { name: 'not read-heavy', design: 'requirements { read_ratio: 2 }\nclient U\nservice Api\ndatabase Db\nU -> Api -> Db' },
        { name: 'no read ratio stated', design: 'client U\nservice Api\ndatabase Db\nU -> Api -> Db' },
        { name: 'only written on the request path', design: `${READ_HEAVY}database Db\nU -> Api\nApi -> Db : writes` },
        { name: 'an engine that scales reads itself', design: `${READ_HEAVY}database Db { engine: dynamodb }\nU -> Api -> Db` },
        { name: 'a higher threshold in the options', design: `${READ_HEAVY}database Db\nU -> Api -> Db`, options: { readRatio: 200 } }
    ],
    invalid: [
        {
            name: 'round 36: the same database on one node is asked',
            design: 'client U\nservice App { replicas: 2 }\ndatabase Meta { engine: postgres }\nU -> App : https\nApp -> Meta : reads, writes\nrequirements { read_ratio: 19 }',
            findings: [{ element: 'Meta', severity: 'info', message: 'The design reads 19× more than it writes, and database Meta serves every read from one node with no cache in front: what takes the reads when they outgrow that node (read replicas, a cache)?' }]
        },
        {
            name: 'one database node serving a read-heavy path',
            design: `${READ_HEAVY}database Db { engine: postgres }\nU -> Api -> Db : sql`,
            findings: [{ element: 'Db', severity: 'info', message: 'The design reads 100× more than it writes, and database Db serves every read from one node with no cache in front: what takes the reads when they outgrow that node (read replicas, a cache)?' }]
        },
        {
            name: 'a second reader without a cache',
            design: `${READ_HEAVY}service Admin { replicas: 2 }\ndatabase Db\ncache C\nU -> Api\nU -> Admin\nApi -> C : reads\nApi -> Db\nAdmin -> Db : reads`,
            findings: [{ element: 'Db', message: 'The design reads 100× more than it writes, and database Db serves every read from one node with no cache in front: what takes the reads when they outgrow that node (read replicas, a cache)?' }]
        },
        {
            name: 'a lower threshold in the options',
            design: 'requirements { read_ratio: 5 }\nclient U\nservice Api\ndatabase Db\nU -> Api -> Db',
            options: { readRatio: 5 },
            findings: [{ element: 'Db', message: 'The design reads 5× more than it writes, and database Db serves every read from one node with no cache in front: what takes the reads when they outgrow that node (read replicas, a cache)?' }]
        }
    ]
});
