import { testRule } from '../../../../test/helpers/rule-tester.js';
import rule from './single-point-of-failure.js';

const SAME_DECISION = 'a crash, a deploy or a lost host of any one of them stops what goes through it. How many instances they run is one decision: replicas, or an autoscale min of 2.';

testRule(rule, {
    valid: [
        { name: 'round 34: a cache whose user reads a storage service in front of a database falls through to it', design: 'client U\nservice Api { replicas: 2 }\nservice Stats { replicas: 2 }\ndatabase Ts { engine: cassandra }\ncache Short { engine: redis }\nU -> Api : https\nApi -> Short : reads, writes\nApi -> Stats : grpc, reads\nStats -> Ts : reads, writes' },
        { name: 'regression (round 32): DBFS is a view over the provider\'s replicated object storage, with no server to count', design: 'client U\nservice Jobs { replicas: 2 }\nstorage Root { engine: dbfs }\nU -> Jobs\nJobs -> Root : reads' },
        { name: 'regression (round 32): HDFS is a cluster of DataNodes', design: 'client U\nservice Jobs { replicas: 2 }\nstorage Lake { engine: hdfs }\nU -> Jobs\nJobs -> Lake : reads' },
        { name: 'regression (field corpus, round 23): a relay every caller reaches on its own machine runs once per caller host', design: 'client U\nservice Web { replicas: 8 }\nworker Relay\nqueue Events { engine: kafka }\nU -> Web\nWeb -> Relay { colocated: true }\nRelay -> Events : writes' },
        { name: 'regression (field corpus, round 21): a store stated to replicate synchronously and fail over by itself keeps copies, though it gives no count', design: 'client U\nservice Api { replicas: 2 }\ndatabase Meta { model: relational, replication: sync, failover: auto }\nU -> Api -> Meta' },
        { name: 'regression (field corpus, round 19): shards kept on three nodes each (replication_factor) are not unreplicated shards', design: 'client U\nservice Api { replicas: 2 }\ndatabase Log { shards: 200, replication_factor: 3, write_quorum: 2 }\nU -> Api -> Log' },
        { name: 'regression (field corpus, round 17): object storage that names no engine is usually the platform\'s replicated service', design: 'client U\nservice Api { replicas: 2 }\nstorage Archive "cheap storage"\nU -> Api\nApi -> Archive : writes' },
        { name: 'regression (field corpus, round 15): a Kafka broker count left unsaid is a cluster, as Kafka replicates partitions across brokers', design: 'client U\nservice Api { replicas: 2 }\nqueue Events { engine: kafka }\nworker Billing { replicas: 2 }\nU -> Api -> Events\nEvents -> Billing' },
        { name: 'regression (field corpus, round 15): managed Azure load balancers, disks and Site Recovery are the platform\'s to replicate', design: 'client U\nloadbalancer Lb { engine: azure_load_balancer }\nservice Web { replicas: 2 }\nstorage Disks { engine: azure_managed_disks }\nworker Recovery { engine: azure_site_recovery, managed: true }\nU -> Lb -> Web\nWeb -> Disks\nRecovery -> Disks' },
        { name: 'regression: a wide-column store that runs as a ring of nodes by design, its node count left unsaid', design: 'client U\nservice Api { replicas: 2 }\ndatabase Inbox { engine: hbase }\ndatabase Events { engine: cassandra }\nU -> Api\nApi -> Inbox\nApi -> Events' },
        { name: 'regression: a managed Bigtable instance with no count stated', design: 'client U\nservice Api { replicas: 2 }\ndatabase Thumbs { engine: bigtable }\nU -> Api -> Thumbs' },
        { name: 'regression: a database that is the replica of another drawn database (a link between the two) is not a single point of failure', design: 'client U\nservice Api { replicas: 2 }\ndatabase Primary { engine: postgres, replicas: 2 }\ndatabase Copy { engine: postgres }\nU -> Api\nApi -> Primary : writes\nApi -> Copy : reads\nPrimary -> Copy "replication"' },
        {
            // README: "for local development ... do not use it in a production deployment"; production runs from a Helm chart.
            name: 'regression (field corpus, round 27): a proof of concept on one Compose host is not asked whether production runs on one host',
            design: 'requirements { purpose: poc }\nclient Users\nnetwork Compose {\n  hosts: 1\n  service Web { replicas: 2 }\n  database Db { engine: postgres }\n}\nUsers -> Web\nWeb -> Db : sql'
        },
        {
            // A VM that runs the deployment's two set-up jobs at start and shuts down: no request ever waits on it.
            name: 'regression (field corpus, round 27): a machine that only runs set-up jobs at start-up is off every request path',
            design: 'requirements { purpose: demo }\nclient U\nservice Api { replicas: 2 }\ndatabase Db { engine: spanner }\nworker InitVm\nworker Migrate { engine: cloud_run }\nU -> Api -> Db\nInitVm -> Migrate "run the migration job" { phase: startup }'
        },
        {
            // A tenant-provisioning job on CodeBuild and a pipeline on CodePipeline: AWS runs both, there is no box to count.
            name: 'regression (field corpus, round 27): jobs on managed build and delivery services are the provider\'s fleet',
            design: 'requirements { purpose: sample }\nqueue Bus { engine: eventbridge }\nworker Provision { engine: codebuild }\nworker Pipeline { engine: codepipeline }\ndatabase Tenants { engine: dynamodb }\nBus -> Provision\nProvision -> Tenants : writes\nPipeline -> Tenants : reads'
        },
        {
            // Azure runs every VPN gateway as two instances, active-standby unless active-active is chosen.
            name: 'regression (field corpus, round 28): an Azure VPN gateway is a managed pair',
            design: 'client Office\ngateway Vpn { engine: azure_vpn_gateway }\nservice Lms { replicas: 2 }\nOffice -> Vpn -> Lms'
        },
        {
            name: 'regression (field corpus, round 28): serverless analytics services (Athena, the Glue Data Catalog, Managed Flink) are AWS\'s fleets',
            design: 'requirements { purpose: sample }\nqueue Events { engine: kinesis }\nworker Flink { engine: managed_flink }\nservice Query { engine: athena }\ndatabase Catalog { engine: glue_data_catalog }\nstorage Lake { engine: s3 }\nEvents -> Flink\nFlink -> Lake : writes\nQuery -> Catalog : reads\nQuery -> Lake : reads'
        },
        {
            name: 'regression (field corpus, round 27): Google\'s managed load balancer has no instances to count',
            design: 'requirements { purpose: demo }\nclient U\nloadbalancer Lb { engine: google_cloud_load_balancing }\nservice Web { engine: cloud_run }\nU -> Lb -> Web'
        },
        {
            name: 'regression (field corpus, round 27): a managed object store such as Backblaze B2 is replicated by its provider',
            design: 'client U\ncdn Edge { engine: cloudfront }\nstorage Files { engine: backblaze_b2 }\nU -> Edge -> Files'
        },
        { name: 'regression: a coordinating service nothing calls whose every connection is background work is off the request path', design: 'client U\nservice Api { replicas: 2 }\nstorage Blobs { engine: s3 }\nservice Janitor\nU -> Api -> Blobs\nJanitor -> Blobs : writes { phase: background }' },
        { name: 'regression: a managed notification topic whose engine facts say it is replicated', design: 'service Api { replicas: 2 }\nqueue Alerts { engine: sns, managed: true }\nfunction Mailer { engine: lambda }\nApi -> Alerts : writes\nAlerts -> Mailer' },
        { name: 'regression: a managed GraphQL gateway whose engine facts say it is replicated', design: 'client App\ngateway Graph { engine: appsync, managed: true }\ndatabase Items { engine: dynamodb }\nApp -> Graph : https\nGraph -> Items : reads' },
        { name: 'regression: a managed Redis tier that runs a primary and a replica', design: 'client U\nservice Api { replicas: 2 }\ncache Sessions { engine: azure_cache_redis }\nU -> Api -> Sessions' },
        { name: 'regression: one-off scripts whose every connection runs in the background', design: 'client U\nservice Api { replicas: 2 }\ndatabase Old { replicas: 2, failover: auto }\ndatabase New { replicas: 2, failover: auto }\nU -> Api -> New\nworker Backfill\nBackfill -> Old : reads { phase: background }\nBackfill -> New : writes { phase: background }' },
        { name: 'regression: a resumable copy job (idempotent, started by nobody) loses nothing when it crashes', design: 'worker Copier { idempotent: true }\ndatabase Old { engine: cassandra, replicas: 3 }\ndatabase New { engine: scylladb, replicas: 3 }\nCopier -> Old : reads\nCopier -> New : writes' },
        { name: 'regression: a demo whose source lists high availability as a known limitation', design: 'requirements { out_of_scope: [high_availability] }\nclient U\nservice Api\nsearch Index { engine: elasticsearch }\nU -> Api : https\nApi -> Index' },
        { name: 'regression: storage on a filer whose controllers run as a pair by kind, its count left unsaid', design: 'client U\nservice Api { replicas: 2 }\nstorage Photos { engine: netapp }\nU -> Api -> Photos' },
        { name: 'regression: a local emulator stands in for the managed service production uses (DynamoDB Local)', design: 'client U\nservice Api { replicas: 2 }\ndatabase Carts { engine: dynamodb_local }\nU -> Api -> Carts' },
        { name: 'regression: a cache in front of a store: when it fails, reads fall through to the store (a load shift, not a single point of failure)', design: 'client U\nservice Api { replicas: 2 }\ncache Hot { engine: redis }\ndatabase Db { replicas: 2, failover: auto }\nU -> Api -> Hot : redis, reads\nApi -> Db' },
        { name: 'regression: Azure Firewall is a managed service with built-in high availability (engine fact)', design: 'client U\nservice Web { replicas: 2 }\ngateway Firewall { engine: azure_firewall }\nexternal Internet\nU -> Web -> Firewall -> Internet' },
        { name: 'regression: a platform whose availability is stated (its SLA) and whose count is not is not read as one instance', design: 'service Orders { replicas: 2 }\nqueue Stream { engine: kafka, availability: 99.95% }\nworker Loader { replicas: 2 }\ndatabase Olap { engine: rds, replicas: 2 }\nOrders -> Stream : writes\nStream -> Loader\nLoader -> Olap : writes' },
        { name: 'regression: a component whose loss the source accepts (critical: false), and the consumer whose only work is to feed it', design: 'external Ci\nservice Web { replicas: 2 }\nservice JumpBox { replicas: 1, critical: false }\nqueue Events { engine: sqs }\nworker Loader\ndatabase Olap { engine: rds, critical: false }\nclient U\nU -> Web -> Events : writes\nEvents -> Loader\nLoader -> Olap : writes\nCi -> JumpBox\nJumpBox -> Web "deploys"' },
        { name: 'regression: a store drawn once for two regions (read replicas in each) holds a copy in each', design: 'client U\nservice Api { replicas: 2 }\nsearch Regional { engine: elasticsearch, regions: [eu_west, ap_southeast] }\nU -> Api -> Regional : reads' },
        { name: 'replicated service and database', design: 'client U\nservice Api { replicas: 3 }\ndatabase Db { replicas: 2, failover: auto }\nU -> Api -> Db' },
        { name: 'regression: a queue consumer that autoscales on queue depth with no minimum stated is not one instance', design: 'client U\nqueue Jobs { engine: sqs }\nworker Extract { autoscale: { metric: queue_depth } }\nstorage Text { engine: s3 }\nU -> Jobs : writes\nJobs -> Extract\nExtract -> Text : writes' },
        { name: 'regression: a job started by a schedule, fed at most by a queue, is delayed by a crash, not a single point of failure', design: 'client U\nservice Api { replicas: 2 }\nqueue Events { engine: sqs }\nworker Rollup { schedule: "hourly" }\nstorage Out { engine: s3 }\nU -> Api\nApi -> Events : writes\nEvents -> Rollup\nRollup -> Out : writes\nApi -> Out : reads' },
        { name: 'autoscaling with a minimum of two', design: 'client U\nservice Api { autoscale: { min: 2, max: 10 } }\nU -> Api' },
        { name: 'regression (round 31): a consensus coordinator whose count is left unsaid runs as an ensemble (ZooKeeper, etcd, Consul)', design: 'service Api { replicas: 2 }\ncoordinator Zk { engine: zookeeper }\ncoordinator Etcd { engine: etcd }\nApi -> Zk : reads "shard ownership"\nApi -> Etcd : reads' },
        { name: 'an engine that is highly available on its own', design: 'client U\nfunction Fn { engine: lambda }\nstorage Files { engine: s3 }\nU -> Fn -> Files' },
        { name: 'managed Azure services with ha facts', design: 'client U\nloadbalancer Gw { engine: azure_application_gateway }\nidp Entra { engine: entra_id }\nservice Api { replicas: 2 }\nstorage Blobs { engine: azure_blob_storage }\nU -> Gw -> Api -> Blobs\nU -> Entra' },
        // Round 24: a fully managed public API gateway was asked its instance count.
        { name: 'regression: an API gateway or load balancer a provider runs is a replicated fleet, whatever its engine', design: 'client U\ngateway Edge { managed: true }\nloadbalancer Lb { managed: true, engine: nginx }\nservice Api { replicas: 2 }\nU -> Edge -> Lb -> Api' },
        // Round 25: a managed agent service and its model deployment were asked their instance counts.
        { name: 'regression: code a provider runs (a managed agent service, a model deployment) is its fleet to size', design: 'client U\nservice Web { replicas: 3 }\nservice Agent { managed: true }\nservice Model { managed: true }\nU -> Web -> Agent -> Model' },
        { name: 'a managed Kafka is a cluster of brokers, whatever replicas is left unsaid', design: 'external Producers\nqueue Events { engine: kafka, managed: true }\nworker Indexer { replicas: 2 }\nProducers -> Events : writes\nEvents -> Indexer' },
        { name: 'a managed stream-processing job recovers on other nodes by itself', design: 'client Meters\nqueue Readings { engine: azure_event_hubs }\nworker Aggregate { engine: azure_stream_analytics }\ndatabase Totals { engine: cosmosdb }\nMeters -> Readings : writes\nReadings -> Aggregate -> Totals' },
        { name: 'dns and cdn are distributed by nature', design: 'client U\ndns Names\ncdn Edge\nservice Api { replicas: 2 }\nU -> Names\nU -> Edge -> Api' },
        { name: 'a load balancer that names no engine is the platform\'s', design: 'client U\nloadbalancer Lb\nservice Api { replicas: 2 }\nU -> Lb -> Api' },
        { name: 'a store that spans zones is not one instance', design: 'client U\nservice Api { replicas: 2 }\nstorage Files { zones: 3 }\nU -> Api -> Files' },
        { name: 'a dependency read only at start-up', design: 'client U\nservice Api { replicas: 2 }\nservice Config\nU -> Api\nApi -> Config : https { phase: startup }' },
        { name: 'clients, externals and observers', design: 'client U\nexternal Pay\nmonitoring M\nlogging L\nservice Api { replicas: 2 }\nU -> Api -> Pay\nApi -> M\nApi -> L' },
        { name: 'what only observers use', design: 'client U\nservice Api { replicas: 2 }\nlogging L\nstorage Archive\nU -> Api -> L\nL -> Archive' },
        { name: 'a manual failover is another rule\'s concern', design: 'client U\ndatabase Db { engine: postgres, replicas: 2 }\nU -> Db' },
        { name: 'a serverless function runs as many instances as its events need', design: 'client U\nqueue Events { engine: sqs }\nfunction Handle\nservice Api { replicas: 2 }\nU -> Api -> Events -> Handle' },
        { name: 'a metrics bus that only feeds a dashboard stops nothing users see', design: 'client U\nservice Api { replicas: 2 }\nqueue Metrics { engine: rabbitmq }\nservice Aggregator { replicas: 2 }\nmonitoring Dashboard\nU -> Api\nApi -> Metrics : writes\nAggregator -> Metrics : reads\nDashboard -> Aggregator : reads' },
        { name: 'a managed queue engine (Azure Queue Storage) is not one machine', design: 'client U\nservice Api { replicas: 2 }\nqueue Failed { engine: azure_queue_storage }\nU -> Api -> Failed : writes' },
        { name: 'an embedded store runs in its user\'s process (stated)', design: 'client U\nservice Api { replicas: 2 }\ndatabase Local { embedded: true }\nU -> Api -> Local' },
        { name: 'an embedded store runs in its user\'s process (SQLite, engine fact)', design: 'client U\nservice Api { replicas: 2 }\ndatabase Local { engine: sqlite }\nU -> Api -> Local' }
    ],
    invalid: [
        {
            name: 'round 34: a cache whose user reads a service that reaches no store holds the only copy',
            design: 'client U\nservice Api { replicas: 2 }\nservice Stats { replicas: 2 }\ncache Short { engine: redis }\nU -> Api : https\nApi -> Short : reads, writes\nApi -> Stats : grpc, reads',
            findings: [{ element: 'Short', severity: 'warning', message: 'cache Short states no instance count, which the language reads as a single instance: if it runs one, then when it fails, every request that reads it fails, and no store behind it holds its data to rebuild it from. How many instances does it run? State `replicas`.' }]
        },
        {
            name: 'regression (import corpus): on one host, one question about the host, not one per container',
            design: 'client Users\nnetwork Compose {\n  hosts: 1\n  service Web { replicas: 2 }\n  database Db { engine: postgres }\n  queue Jobs { engine: rabbitmq }\n}\nUsers -> Web\nWeb -> Db : sql\nWeb -> Jobs',
            findings: [{ element: 'Compose', severity: 'info', message: 'The 3 components of network Compose (Web, Db and Jobs) run on one host (hosts: 1): when it fails, is rebooted or fills its disk, all of them stop together, whatever their replicas. Is one host what this runs on in production?' }]
        },
        {
            name: 'a stated single instance wins over a stated replication mode',
            design: 'client U\nservice Api { replicas: 2 }\ndatabase Meta { replicas: 1, replication: async }\nU -> Api -> Meta',
            findings: [{ element: 'Meta', severity: 'warning', message: 'database Meta runs a single instance: when it fails, every request that reads or writes it fails.' }]
        },
        {
            name: 'regression: a component whose count is unsaid among peers sized only as fleets is asked at info, not asserted as one instance',
            design: 'client U\nloadbalancer Lb { engine: alb }\nservice Front { replicas: many }\nservice Log { engine: go }\nworker Signer\ndatabase Db { engine: dynamodb }\nU -> Lb -> Front\nFront -> Log : grpc\nLog -> Db : writes\nSigner -> Db : writes',
            findings: [{ severity: 'info', message: 'service Log and worker Signer state no instance count, and the source sizes its peers only as fleets with no count (service Front): how many instances of each run, and what stops when one fails? State `replicas`.' }]
        },
        {
            name: 'a stated single instance among fleets is still judged',
            design: 'client U\nloadbalancer Lb { engine: alb }\nservice Front { replicas: many }\nservice Log { replicas: 1 }\ndatabase Db { engine: dynamodb }\nU -> Lb -> Front\nFront -> Log : grpc\nLog -> Db : writes',
            findings: [{ element: 'Log', message: 'service Log runs a single instance: when it fails, every request through it fails.' }]
        },
        {
            name: 'a queue consumer that autoscales from a stated minimum of one is judged',
            design: 'client U\nqueue Jobs { engine: sqs }\nworker Extract { autoscale: { metric: queue_depth, min: 1 } }\nstorage Text { engine: s3 }\nU -> Jobs : writes\nJobs -> Extract\nExtract -> Text : writes',
            findings: [{ element: 'Extract', message: 'worker Extract runs a single instance (it autoscales, but from a minimum of 1): when it fails, the work it does stops until it is back.' }]
        },
        {
            name: 'a cache that is the only copy of its data has nothing behind it to fall through to',
            design: 'function Rank { engine: lambda }\nfunction Top { engine: lambda }\ncache Board { engine: redis }\nRank -> Board : redis, writes\nTop -> Board : redis, reads',
            findings: [{ element: 'Board', message: 'cache Board states no instance count, which the language reads as a single instance: if it runs one, then when it fails, every request that reads it fails, and no store behind it holds its data to rebuild it from. How many instances does it run? State `replicas`.' }]
        },
        {
            name: 'a consumer that feeds a critical store as well as one the source calls not critical is still judged',
            design: 'queue Events { engine: sqs }\nworker Loader\ndatabase Olap { engine: rds, critical: false }\ndatabase Orders { engine: dynamodb }\nEvents -> Loader\nLoader -> Olap : writes\nLoader -> Orders : writes',
            findings: [{ element: 'Loader', message: 'worker Loader states no instance count, which the language reads as a single instance: if it runs one, then when it fails, the work it does stops until it is back. How many instances does it run? State `replicas`.' }]
        },
        {
            name: 'an idempotent consumer that a queue hands work to is still judged',
            design: 'queue Jobs { engine: sqs }\nworker Copier { idempotent: true }\ndatabase New { engine: dynamodb }\nJobs -> Copier\nCopier -> New : writes',
            findings: [{ element: 'Copier', message: 'worker Copier states no instance count, which the language reads as a single instance: if it runs one, then when it fails, the work it does stops until it is back. How many instances does it run? State `replicas`.' }]
        },
        {
            name: 'regression: a single broker and the single ZooKeeper it needs are one cluster decision, one finding',
            design: 'service Orders { replicas: 2 }\nworker Billing { replicas: 2 }\nqueue Broker { engine: kafka, replicas: 1 }\ncoordinator Zk { engine: zookeeper, replicas: 1 }\nOrders -> Broker\nBroker -> Billing\nBroker -> Zk : tcp',
            findings: [{ messageId: 'sameDecision', message: 'None of the 2 queues and coordinators runs more than one instance (queue Broker and coordinator Zk): a crash, a deploy or a lost host of any one of them stops what goes through it. How many instances they run is one decision: replicas, or an autoscale min of 2.' }]
        },
        {
            name: 'a single ZooKeeper under a replicated broker differs from its cluster: its own finding',
            design: 'service Orders { replicas: 2 }\nworker Billing { replicas: 2 }\nqueue Broker { engine: kafka, replicas: 3 }\ncoordinator Locks { engine: redis }\nOrders -> Broker\nBroker -> Billing\nBroker -> Locks : tcp',
            findings: [{ element: 'Locks', message: 'coordinator Locks states no instance count, which the language reads as a single instance: if it runs one, then when it fails, what needs it to coordinate (locks, leader election, service discovery) stops. How many instances does it run? State `replicas`.' }]
        },
        {
            name: 'a ZooKeeper stated to run one node is judged, whatever its engine runs as by design',
            design: 'service Orders { replicas: 2 }\nworker Billing { replicas: 2 }\nqueue Broker { engine: kafka, replicas: 3 }\ncoordinator Zk { engine: zookeeper, replicas: 1 }\nOrders -> Broker\nBroker -> Billing\nBroker -> Zk : tcp',
            findings: [{ element: 'Zk', message: 'coordinator Zk runs a single instance: when it fails, what needs it to coordinate (locks, leader election, service discovery) stops.' }]
        },
        {
            name: 'regression (round 31): autoscalers with no minimum stated are a count left unsaid: an info question',
            design: 'client U\ngateway Gw { autoscale: { metric: cpu } }\nservice Api { autoscale: { metric: cpu } }\nU -> Gw -> Api',
            findings: [{ severity: 'info', messageId: 'sameDecision', message: `None of the 2 gateways and services runs more than one instance (gateway Gw and service Api; each autoscales, with no minimum stated): ${SAME_DECISION}` }]
        },
        {
            name: 'without the known-limitation statement the same demo is judged',
            design: 'client U\nservice Api { replicas: 2 }\nsearch Index { engine: elasticsearch }\nU -> Api : https\nApi -> Index',
            findings: [{ element: 'Index', message: 'search Index states no instance count, which the language reads as a single instance: if it runs one, then when it fails, every search fails. How many instances does it run? State `replicas`.' }]
        },
        {
            name: 'a function stated to run one instance is judged',
            design: 'client U\nservice Api { replicas: 2 }\nqueue Events { engine: sqs }\nfunction Handle { replicas: 1 }\nU -> Api -> Events -> Handle',
            findings: [{ element: 'Handle', message: 'function Handle runs a single instance: when it fails, the work it does stops until it is back.' }]
        },
        {
            name: 'a single service and database (the first draft)',
            design: 'client Mobile\nservice Web\ndatabase Db { engine: mysql }\nMobile -> Web : https\nWeb -> Db : sql',
            findings: [
                { element: 'Web', messageId: 'singleInstanceUnsaid', severity: 'info', message: 'service Web states no instance count, which the language reads as a single instance: if it runs one, then when it fails, every request through it fails. How many instances does it run? State `replicas`.' },
                { element: 'Db', message: 'database Db states no instance count, which the language reads as a single instance: if it runs one, then when it fails, every request that reads or writes it fails. How many instances does it run? State `replicas`.' }
            ]
        },
        {
            name: 'a stated high availability target makes a stated single instance on the request path an error',
            design: 'requirements { availability: 99.9% }\nclient U\nservice Api { replicas: 1 }\nU -> Api',
            findings: [{ element: 'Api', severity: 'error', message: 'service Api runs a single instance: when it fails, every request through it fails.' }]
        },
        {
            name: 'regression (field corpus, rounds 16 and 17): under a high target, a count left out is never an error: a warning for a store, a question for a service',
            design: 'requirements { availability: 99.9% }\nclient U\nservice Api\ndatabase Db { engine: mysql }\nU -> Api\nApi -> Db',
            findings: [
                { element: 'Api', severity: 'info', message: 'service Api states no instance count, which the language reads as a single instance: if it runs one, then when it fails, every request through it fails. How many instances does it run? State `replicas`.' },
                { element: 'Db', severity: 'warning', message: 'database Db states no instance count, which the language reads as a single instance: if it runs one, then when it fails, every request that reads or writes it fails. How many instances does it run? State `replicas`.' }
            ]
        },
        {
            name: 'regression: an autoscaler\'s stated minimum of one under a high target is an error',
            design: 'requirements { availability: 99.9% }\nclient U\nservice Api { autoscale: { min: 1, max: 4 } }\nU -> Api',
            findings: [{ element: 'Api', severity: 'error', message: 'service Api runs a single instance (it autoscales, but from a minimum of 1): when it fails, every request through it fails.' }]
        },
        {
            name: 'a cache used for locks with one instance',
            design: 'client U\nservice Api { replicas: 2 }\ncache Locks { engine: redis }\nU -> Api -> Locks : redis, lock',
            findings: [{ element: 'Locks', message: 'cache Locks states no instance count, which the language reads as a single instance: if it runs one, then when it fails, no lock can be taken and the work that needs one stops. How many instances does it run? State `replicas`.' }]
        },
        {
            name: 'a replicated database that cannot fail over',
            design: 'client U\ndatabase Db { replicas: 3, failover: none }\nU -> Db',
            findings: [{ element: 'Db', messageId: 'noFailover', message: 'database Db has 3 replicas but failover: none: when the leader fails, writes stop until it is rebuilt by hand.' }]
        },
        {
            name: 'autoscaling from one says that it autoscales',
            design: 'client U\nservice Api { autoscale: { min: 1, max: 5 } }\nU -> Api',
            findings: [{ element: 'Api', message: 'service Api runs a single instance (it autoscales, but from a minimum of 1): when it fails, every request through it fails.' }]
        },
        {
            name: 'sharded with no count stated (shards: many) is described as shards, not as one instance',
            design: 'client U\nservice Api { replicas: 2 }\nsearch Index { shards: many }\nU -> Api -> Index',
            findings: [{ element: 'Index', messageId: 'sharded', message: 'search Index splits its data into several shards with no replica: when the server of one shard fails, that shard\'s part of the data is unavailable (or lost with its disk) and the requests that need it fail.' }]
        },
        {
            name: 'a sharded store with no replica loses a shard, not everything',
            design: 'client U\nservice Api { replicas: 2 }\ndatabase Users { shards: 4 }\nU -> Api -> Users',
            findings: [{ element: 'Users', messageId: 'sharded', message: 'database Users splits its data into 4 shards with no replica: when the server of one shard fails, that shard\'s part of the data is unavailable (or lost with its disk) and the requests that need it fail.' }]
        },
        {
            name: 'every service runs one instance: one finding for the one decision',
            design: 'client U\nservice Web\nservice Orders\nworker Mailer { autoscale: { min: 1, max: 4 } }\nU -> Web -> Orders\nOrders -> Mailer : async',
            findings: [{ messageId: 'sameDecision', message: `None of the 3 services and workers runs more than one instance (service Web, service Orders and worker Mailer; one of them autoscales, but from one instance): ${SAME_DECISION}` }]
        },
        {
            name: 'most services run one instance while one runs more: still one decision, naming the one',
            design: 'client U\nservice Web\nservice Orders\nservice Search\nservice Cart { replicas: 3 }\nU -> Web\nWeb -> Orders\nWeb -> Search\nWeb -> Cart',
            findings: [{ messageId: 'mostDecision', message: `3 of the 4 services run a single instance (service Web, service Orders and service Search); only service Cart runs more: ${SAME_DECISION}` }]
        },
        {
            name: 'a Kafka stated to run one broker is still one instance',
            design: 'client U\nservice Api { replicas: 2 }\nqueue Events { engine: kafka, replicas: 1 }\nworker Billing { replicas: 2 }\nU -> Api -> Events\nEvents -> Billing',
            findings: [{ element: 'Events', message: 'queue Events runs a single instance: when it fails, every message handed to it waits or is lost until it is back.' }]
        },
        {
            name: 'a clustered engine stated to run one node is still one instance',
            design: 'client U\nservice Api { replicas: 2 }\ndatabase Events { engine: cassandra, replicas: 1 }\nU -> Api -> Events',
            findings: [{ element: 'Events', message: 'database Events runs a single instance: when it fails, every request that reads or writes it fails.' }]
        },
        {
            name: 'the one database without a replica while its peers have one',
            design: 'client U\nservice Api { replicas: 2 }\ndatabase A { replicas: 2, failover: auto }\ndatabase B { replicas: 2, failover: auto }\ndatabase C\nU -> Api\nApi -> A\nApi -> B\nApi -> C',
            findings: [{ element: 'C', message: 'database C states no instance count, which the language reads as a single instance: if it runs one, then when it fails, every request that reads or writes it fails. How many instances does it run? State `replicas`.' }]
        },
        {
            name: 'off the request path: the one broker and the worker behind it',
            design: 'client U\nservice Api { replicas: 2 }\nqueue Events { engine: rabbitmq }\nworker Billing { replicas: 2 }\ndatabase Ledger\nU -> Api -> Events\nEvents -> Billing -> Ledger',
            findings: [
                { element: 'Events', message: 'queue Events states no instance count, which the language reads as a single instance: if it runs one, then when it fails, every message handed to it waits or is lost until it is back. How many instances does it run? State `replicas`.' },
                { element: 'Ledger', message: 'database Ledger states no instance count, which the language reads as a single instance: if it runs one, then when it fails, the work that uses it stops until it is back. How many instances does it run? State `replicas`.' }
            ]
        },
        {
            name: 'regression: a component stated managed that no engine settles is a question, not a single instance',
            design: 'client U\nservice Api { replicas: 2 }\ndatabase Ledger { managed: true }\nU -> Api -> Ledger',
            findings: [{ element: 'Ledger', severity: 'info', message: 'How many instances does the provider run for database Ledger? It is stated `managed: true`, but no known engine says whether it is replicated: state `replicas`, or name the `engine`.' }]
        },
        {
            name: 'several managed components no engine settles: one question listing them',
            design: 'client U\ndatabase Ledger { managed: true }\nsearch Find { managed: true, engine: homegrown_search }\nservice Api { replicas: 2 }\nU -> Api -> Find\nApi -> Ledger',
            findings: [{ severity: 'info', message: 'How many instances does the provider run for database Ledger and search Find? They are stated `managed: true`, but no known engine says whether they are replicated: state `replicas`, or name the `engine`.' }]
        },
        {
            name: 'a managed product whose facts say one instance unless chosen otherwise (RDS) is still judged',
            design: 'client U\nservice Api { replicas: 2 }\ndatabase Db { engine: rds, managed: true }\nU -> Api -> Db',
            findings: [{ element: 'Db', message: 'database Db states no instance count, which the language reads as a single instance: if it runs one, then when it fails, every request that reads or writes it fails. How many instances does it run? State `replicas`.' }]
        },
        {
            name: 'a worker that something hands work to is judged even when its own calls run in the background',
            design: 'client U\nservice Api { replicas: 2 }\nqueue Jobs { engine: sqs }\nworker Sync\ndatabase Db { replicas: 2, failover: auto }\nU -> Api -> Jobs\nJobs -> Sync\nSync -> Db : writes { phase: background }',
            findings: [{ element: 'Sync', message: 'worker Sync states no instance count, which the language reads as a single instance: if it runs one, then when it fails, the work it does stops until it is back. How many instances does it run? State `replicas`.' }]
        },
        {
            name: 'a scheduler nobody calls does work of its own',
            design: 'client U\nservice Api { replicas: 2 }\nworker Scheduler\ndatabase Jobs { replicas: 2, failover: auto }\nU -> Api -> Jobs\nScheduler -> Jobs',
            findings: [{ element: 'Scheduler', message: 'worker Scheduler states no instance count, which the language reads as a single instance: if it runs one, then when it fails, the work it does stops until it is back. How many instances does it run? State `replicas`.' }]
        }
        ,{
            name: 'a filer stated to run one controller is judged',
            design: 'client U\nservice Api { replicas: 2 }\nstorage Photos { engine: netapp, replicas: 1 }\nU -> Api -> Photos',
            findings: [{ element: 'Photos', message: 'storage Photos runs a single instance: when it fails, every request that needs its objects fails.' }]
        },
        {
            name: 'regression: a demo that runs one instance of everything is asked once, as a question for production',
            design: 'requirements { purpose: demo }\nclient U\nservice Web\nservice Orders\ndatabase Db\nqueue Events { engine: rabbitmq }\nU -> Web -> Orders -> Db\nOrders -> Events : writes',
            findings: [{ severity: 'info', message: 'Design T is a demo and runs a single instance of each of 4 components (service Web, service Orders, database Db and 1 more): fine for what it is, but if it goes to production, how many instances will each run, and which of them must survive a crash or a lost host? State `replicas` where it matters, or `out_of_scope: [high_availability]` if it never will.' }]
        },
        {
            name: 'a teaching example with one single component names it alone',
            design: 'requirements { purpose: teaching }\nclient U\nservice Api { replicas: 2 }\ncache Sessions { engine: redis }\nU -> Api -> Sessions',
            findings: [{ severity: 'info', message: 'Design T is a teaching example and runs a single instance of cache Sessions: fine for what it is, but if it goes to production, how many instances will it run, and must it survive a crash or a lost host? State `replicas`, or `out_of_scope: [high_availability]` if it never will.' }]
        },
        {
            name: 'regression: two load-balancing tiers on the same engine left at one instance, among redundant peers, are one finding',
            design: 'client U\nloadbalancer Front { engine: haproxy }\nloadbalancer Inner { engine: haproxy }\nservice Web { replicas: 4 }\nservice App { replicas: 4 }\nservice Img { replicas: 3 }\nU -> Front -> Web -> Inner -> App\nWeb -> Img',
            findings: [{ element: 'Front', message: 'loadbalancer Front and loadbalancer Inner each run HAProxy on a single instance: when one fails, every request through it fails. How many instances the HAProxy tiers run is one decision: replicas, or an autoscale min of 2.' }]
        }
    ]
});
