import { testRule } from '../../../../test/helpers/rule-tester.js';
import rule from './hot-partition.js';

testRule(rule, {
    valid: [
        { name: 'round 35: a sharded cache read from any of each shard\'s copies spreads a hot key', design: 'client U\nservice App { replicas: many }\ndatabase Db { engine: postgres }\ncache Shards { engine: redis, shards: many, replicas: many }\nU -> App : https\nApp -> Shards : reads, writes { read_from: any }\nApp -> Db : reads' },
        { name: 'skewed keys into a store not partitioned by key', design: 'service Api\ndatabase Db { engine: postgres }\nApi -> Db : writes { skew: high }' },
        { name: 'a partitioned store with no stated skew', design: 'service Api\ndatabase Db { engine: cassandra, replicas: 3, shard_key: user_id }\nApi -> Db : writes' },
        { name: 'a partitioned store with even keys', design: 'service Api\ndatabase Db { engine: cassandra, replicas: 3, shard_key: user_id }\nApi -> Db : writes { skew: low }' },
        // Skewed callers spread over the instances by a balancer: no instance owns a key.
        { name: 'a fleet behind a load balancer', design: 'client U\nloadbalancer Lb\nservice Api { replicas: 4 }\nU -> Lb -> Api : https { skew: high }' },
        { name: 'a wide-column store whose key adds a time bucket', design: 'service Chat\ndatabase Messages { engine: cassandra, shard_key: "(channel_id, bucket)" }\nChat -> Messages : writes' },
        { name: 'a wide-column store keyed by a single id with a time word', design: 'service Chat\ndatabase Messages { engine: scylladb, shard_key: channel_day }\nChat -> Messages : writes' },
        { name: 'a wide-column store keyed by one id whose rows are not said to accumulate (a profile per user)', design: 'service Api\ndatabase Profiles { engine: cassandra, shard_key: user_id }\nApi -> Profiles : writes "profile updates"' },
        { name: 'a wide-column store only read from', design: 'service Chat\ndatabase Messages { engine: cassandra, shard_key: conversation_id }\nChat -> Messages : reads' },
        { name: 'a relational store partitioned by one id is not a wide partition', design: 'service Api\ndatabase Events { engine: postgres, shard_key: user_id }\nApi -> Events : writes' },
        { name: 'a range-partitioned wide-column store (HBase) splits its regions', design: 'service Api\ndatabase Events { engine: hbase, shard_key: user_id }\nApi -> Events : writes' },
        { name: 'a geo-partitioned store its callers state even', design: 'service Rides\ndatabase Trips { shards: many, partitioning: geo }\nRides -> Trips : writes { skew: low }' },
        { name: 'a hash-partitioned store with no stated skew', design: 'service Rides\ndatabase Trips { shards: many, partitioning: hash }\nRides -> Trips : writes' },
        { name: 'a stateless fleet on a hash ring with no stated skew', design: 'service Edge { replicas: 2 }\nservice Data { replicas: many }\nEdge -> Data : grpc { routing: consistent_hash }' },
        { name: 'a stateful fleet on a hash ring whose keys are stated even', design: 'service Edge { replicas: 2 }\nservice Rooms { replicas: many, stateless: false }\nEdge -> Rooms : grpc { routing: consistent_hash, skew: low }' },
        { name: 'a sharded cache no connection states it reads', design: 'service Chat\ncache Inbox { shards: many, strategy: write_behind }\nChat -> Inbox "messages in transit"' },
        { name: 'a sharded cache stated free of hot keys', design: 'service Api\ncache C { engine: redis, shards: 8, hot_keys: false }\ndatabase Db\nApi -> C : reads\nApi -> Db : reads' },
        { name: 'a sharded registry that is the only home of its entries (one per device)', design: 'service Push\ncache Sessions "device to node registry" { engine: redis, shards: 6 }\nPush -> Sessions : reads' },
        { name: 'an unsharded cache', design: 'service Api\ncache C { engine: redis }\nApi -> C : reads' },
        { name: 'a single instance reached by a hash ring', design: 'service Edge\nservice Owner\nEdge -> Owner : grpc { routing: consistent_hash, skew: high }' }
    ],
    invalid: [
        {
            name: 'round 35: the same cache read from each shard\'s primary only is asked',
            design: 'client U\nservice App { replicas: many }\ndatabase Db { engine: postgres }\ncache Shards { engine: redis, shards: many, replicas: many }\nU -> App : https\nApp -> Shards : reads, writes\nApp -> Db : reads',
            findings: [{ element: 'Shards', severity: 'info', message: 'cache Shards is split over shards (shards: many) and each key lives on one of them: a key far hotter than the rest (a viral item, a celebrity\'s profile, a breaking story) sends all its reads to one server, however many shards there are. How are hot keys spread (replicas that serve reads, a small local cache in the callers, copies of a hot key under suffixes)?' }]
        },
        {
            name: 'a leaderless wide-column store partitioned by one id with no time bucket: a question on the unbounded partition',
            design: 'service Chat { replicas: 10 }\ndatabase Store "Cassandra (messages)" { engine: cassandra, shard_key: conversation_id }\nChat -> Store : reads, writes',
            findings: [{ element: 'Store', severity: 'info', messageId: 'unbounded', message: 'database Store is partitioned by conversation_id alone (shard_key), with no time bucket: in Apache Cassandra all of one conversation_id\'s rows live in one partition on one replica set, so a key that keeps growing (a large group or channel, years of history) becomes an unbounded wide partition that also takes all of its writes. Does each partition stay bounded, or should the key add a time period ("(conversation_id, day)")?' }]
        },
        {
            name: 'a store partitioned by location: a question on its hot areas',
            design: 'service Rides { replicas: 4 }\ndatabase Trips { shards: many, partitioning: geo }\nRides -> Trips : reads, writes',
            findings: [{ element: 'Trips', severity: 'info', messageId: 'geo', message: 'database Trips is partitioned by location (partitioning: geo): demand follows people, so a dense city centre or an event (a stadium emptying, a concert) sends one area\'s requests all to the shard that owns it, however many shards there are. How is a hot area split or absorbed (smaller cells where it is dense, a cache, a buffer)?' }]
        },
        {
            name: 'a stateful fleet on a hash ring: a question on its hot keys',
            design: 'service Admin { replicas: many }\nservice Channels { replicas: many, stateless: false }\nAdmin -> Channels "route by channel id" { routing: consistent_hash }',
            findings: [{ element: 'Channels', severity: 'info', messageId: 'owner', message: 'service Channels keeps each key\'s state in the one instance a consistent-hash ring gives it (stateless: false; service Admin reaches it with routing: consistent_hash): a key far busier than the rest (a large channel or room, a popular item) loads that one instance, and adding instances does not move it. How is a hot key split or absorbed?' }]
        },
        {
            name: 'sharded caches the design reads: one question on hot keys, the others related',
            design: 'service Web\ncache Pool { engine: memcached, shards: many }\ncache ReplicaPool { engine: memcached, shards: 16 }\ndatabase Db { engine: mysql }\nWeb -> Pool : reads\nWeb -> ReplicaPool : reads, writes\nWeb -> Db : reads',
            findings: [{ element: 'Pool', severity: 'info', messageId: 'cache', message: 'cache Pool is split over shards (shards: many) and each key lives on one of them (and so are cache ReplicaPool): a key far hotter than the rest (a viral item, a celebrity\'s profile, a breaking story) sends all its reads to one server, however many shards there are. How are hot keys spread (replicas that serve reads, a small local cache in the callers, copies of a hot key under suffixes)?' }]
        },
        {
            name: 'skewed writes into a store partitioned by a key',
            design: 'service Api { replicas: 3 }\ndatabase Posts { engine: cassandra, replicas: 3, shard_key: topic_id }\nApi -> Posts : writes { skew: high }',
            findings: [{ element: 'Posts', severity: 'warning', message: 'database Posts places each key on one partition (shard_key: topic_id), and service Api reaches it with skewed keys (skew: high): the busiest keys\' writes all land on the partition that owns them, however many partitions there are. How is a hot key split or absorbed (a key suffix, smaller buckets, a write buffer)?' }]
        },
        {
            name: 'several skewed callers into a sharded store: one finding',
            design: 'service A\nservice B\ndatabase Db { shards: 8 }\nA -> Db : reads { skew: high }\nB -> Db : reads { skew: high }',
            findings: [{ element: 'Db', message: 'database Db places each key on one partition (8 shards), and service A and service B reach it with skewed keys (skew: high): the busiest keys\' reads all land on the partition that owns them, however many partitions there are. How is a hot key split or absorbed (a key suffix, smaller buckets, a write buffer)?' }]
        },
        {
            name: 'skewed keys routed on a hash ring to a fleet',
            design: 'service Edge { replicas: 2 }\nservice Rooms { replicas: many }\nEdge -> Rooms : grpc { routing: consistent_hash, skew: high }',
            findings: [{ element: 'Rooms', message: 'service Rooms is reached by a consistent-hash ring (routing: consistent_hash), and service Edge reaches it with skewed keys (skew: high): every request for a busy key goes to the one instance that owns it, however many instances run. How is a hot key split or absorbed (coalescing, a replica set per hot key)?' }]
        }
    ]
});
