import { testRule } from '../../../../test/helpers/rule-tester.js';
import rule from './read-your-writes.js';

const DB = 'database Db { engine: postgres, replicas: 3 }\n';

testRule(rule, {
    valid: [
        { name: 'a warehouse of another engine fed from the database is no replica', design: 'service Api { replicas: 2 }\ndatabase Oltp { engine: mysql, replication: async }\ndatabase Olap { engine: clickhouse }\nApi -> Oltp : writes\nOltp -> Olap "nightly export"\nApi -> Olap : reads' },
        { name: 'a replica database read with the lag accepted', design: 'requirements { consistency: eventual }\nservice Web { replicas: 2 }\ndatabase Master { engine: mysql, replication: async }\ndatabase Replica { engine: mysql }\nWeb -> Master : writes\nMaster -> Replica "replication"\nWeb -> Replica : reads' },
        { name: 'reads from the leader (an unstated read_from is the leader)', design: `service Api { replicas: 2 }\n${DB}Api -> Db : writes\nApi -> Db : reads` },
        { name: 'the lag is accepted (eventual stated)', design: `service Api { replicas: 2, consistency: eventual }\n${DB}Api -> Db : writes\nApi -> Db { access: reads, read_from: replica }` },
        { name: 'a fresh-read need is another rule\'s', design: `service Api { replicas: 2, consistency: session }\n${DB}Api -> Db : writes\nApi -> Db { access: reads, read_from: replica }` },
        { name: 'a reader that never writes', design: `service Api { replicas: 2 }\nservice Report\n${DB}Api -> Db : writes\nReport -> Db { access: reads, read_from: replica }` },
        { name: 'synchronous replication', design: 'service Api { replicas: 2 }\ndatabase Db { engine: postgres, replicas: 3, replication: sync }\nApi -> Db : writes\nApi -> Db { access: reads, read_from: replica }' },
        { name: 'read replicas stated, but the writer reads the leader (read_from: leader)', design: 'service Api { replicas: 2 }\ndatabase Db { engine: mysql, replicas: 3, read_replicas: 2 }\nApi -> Db : writes\nApi -> Db { access: reads, read_from: leader }' },
        { name: 'read replicas stated, read only by a component that never writes', design: 'service Api { replicas: 2 }\nworker Report\ndatabase Db { engine: mysql, replicas: 3, read_replicas: 2 }\nApi -> Db : writes\nReport -> Db : reads' },
        { name: 'read replicas stated, the lag accepted', design: 'service Api { replicas: 2, consistency: eventual }\ndatabase Db { engine: mysql, replicas: 3, read_replicas: 2 }\nApi -> Db' },
        { name: 'a leaderless store', design: 'service Api { replicas: 2 }\ndatabase Db { engine: cassandra, replicas: 3 }\nApi -> Db : writes\nApi -> Db { access: reads, read_from: any }' }
    ],
    invalid: [
        {
            name: 'a replica drawn as a database of its own, read by the master\'s writer',
            design: 'service Web { replicas: 2 }\ndatabase Master { engine: mysql, replication: async }\ndatabase Replica { engine: mysql }\nWeb -> Master : writes\nMaster -> Replica "replication"\nWeb -> Replica : reads',
            findings: [{ element: 'Web->Replica', messageId: 'replicaDatabase', severity: 'warning', message: 'service Web writes database Master and reads database Replica, a copy of it that replicates asynchronously, and states no consistency: a user may not see their own write right after making it. Read a user\'s own recent data from database Master (or mark it, as remote markers do), or state `consistency: eventual` on Web->Replica if the lag is acceptable.' }]
        },
        {
            name: 'writes, then reads its own data back from asynchronous replicas',
            design: `service Api { replicas: 2 }\n${DB}Api -> Db : writes\nApi -> Db { access: reads, read_from: replica }`,
            findings: [{
                element: 'Api->Db',
                messageId: 'readYourWrites',
                severity: 'warning',
                message: 'service Api writes database Db and reads it back from the replicas, which replicate asynchronously, and states no consistency: a user may not see their own write right after making it. Read a user\'s own data from the leader (or pin the session to it), or state `consistency: eventual` on Api->Db if the lag is acceptable.'
            }]
        },
        {
            // An interview-style primary with two read replicas, read and written by the app tier with no routing stated.
            name: 'read replicas stated and a writer whose reads do not say where they go: a question',
            design: 'service App { replicas: 4 }\ndatabase Db { engine: mysql, replicas: 3, read_replicas: 2 }\nApp -> Db : sql',
            findings: [{
                element: 'App->Db',
                messageId: 'readReplicasQuestion',
                severity: 'info',
                message: 'Do the reads of service App over App->Db go to the 2 read replicas of database Db? They replicate asynchronously, and service App writes database Db too, but App->Db does not say where its reads go (`read_from`). If they do, a user may not see their own write right after making it: state `read_from: leader` for a user\'s own data, or `read_from: replica` with `consistency: eventual` if the lag is acceptable.'
            }]
        }
    ]
});
