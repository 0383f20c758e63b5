import { testRule } from '../../../../test/helpers/rule-tester.js';
import rule from './dual-write.js';

const API = 'service Api { replicas: 2 }\ndatabase Orders { engine: postgres, replicas: 2 }\nqueue Events { engine: kafka }\n';

testRule(rule, {
    valid: [
        { name: 'regression (round 32): a released product writes as its vendor wrote it (PeerTube\'s database and media files)', design: 'client U\nservice Web { product: "PeerTube" }\ndatabase Db { engine: postgres }\nstorage Media\nU -> Web\nWeb -> Db : writes\nWeb -> Media : writes' },
        { name: 'regression (field corpus, round 19): a step that invokes the error handler on failure makes one change, not two', design: 'service Api { replicas: 2 }\nfunction Encode\nfunction ErrorHandler\ndatabase Errors { engine: dynamodb }\nqueue Jobs { engine: sqs }\nApi -> Encode\nEncode -> Jobs : writes "submit the job"\nEncode -> ErrorHandler "invoke on failure"\nErrorHandler -> Errors : writes' },
        { name: 'regression (field corpus, round 20): a worker taking its tasks from a Temporal service runs the workflow\'s activities', design: 'service Orchestrator { engine: temporal }\nworker Activities\ndatabase Orders { engine: postgres }\nqueue Events { engine: kafka }\nActivities -> Orchestrator : grpc "poll task queues"\nActivities -> Orders : writes\nActivities -> Events : writes "order placed"' },
        { name: 'regression (field corpus, round 19): a durable workflow engine runs its steps with their retries and caught failures', design: 'worker Workflow { engine: step_functions }\nfunction Ingest\nfunction Publish\ndatabase Videos { engine: dynamodb }\nqueue Done { engine: sqs }\nWorkflow -> Ingest\nWorkflow -> Publish\nIngest -> Videos : writes\nPublish -> Done : writes' },
        { name: 'regression (round 31): a call that starts a named workflow ("start Order Workflow") hands the work to the run', design: 'service Api\ndatabase Cache\nservice Engine\ndatabase History\nApi -> Cache : reads, writes\nApi -> Engine : grpc "start Order Workflow, Signal, Query"\nEngine -> History : reads, writes' },
        { name: 'regression (round 31): a call whose label names a credential check (a token check against the user service) is no write behind it', design: 'service Cart\ndatabase CartDb\nservice User\ndatabase UserDb\nCart -> CartDb : reads, writes\nCart -> User : http "USER_HOST user:8083 (token check)"\nUser -> UserDb : reads, writes' },
        { name: 'regression: calls whose words say they look something up (a random record) are no writes behind them', design: 'service Fights\ndatabase FightsDb\nqueue Topic { engine: kafka }\nservice Heroes\ndatabase HeroesDb\nFights -> FightsDb : reads, writes\nFights -> Topic : writes\nFights -> Heroes : http "random hero"\nHeroes -> HeroesDb : writes\ntransaction PerformFight { writes: [FightsDb, Topic], protocol: outbox }' },
        {
            // A reference page lists SQL, Cosmos DB and Storage as options: which one an event announces is unknown.
            name: 'regression: several stores of unstated access beside a publish make no question',
            design: 'service Api { replicas: 2 }\ndatabase Sql\ndatabase Docs\nstorage Blobs\nqueue Bus { engine: azure_service_bus }\nApi -> Sql\nApi -> Docs\nApi -> Blobs\nApi -> Bus : writes'
        },
        {
            // The stream's entries are acknowledged (XACK) after the bulk index write: consuming, not a second record.
            name: 'regression: a worker acknowledging the stream only it consumes is no second write',
            design: 'queue Buffer { engine: redis }\nworker Bulk { replicas: 2 }\ndatabase Docs\nBuffer -> Bulk\nBulk -> Docs : writes\nBulk -> Buffer : writes "XACK"'
        },
        {
            // One queue per provider: each notification goes to its own channel, and nothing is saved beside it.
            name: 'regression: a service that only publishes into one queue per channel',
            design: 'service Notify { replicas: 2 }\nqueue Push { engine: sqs }\nqueue Sms { engine: sqs }\nqueue Email { engine: sqs }\nNotify -> Push : writes\nNotify -> Sms : writes\nNotify -> Email : writes'
        },
        {
            // Rendered pages are kept in a table of their own, rebuilt from the articles on a miss: a copy, not a second truth.
            name: 'regression: a store stated derived beside the one record store is no dual write',
            design: 'service Wiki { replicas: 2 }\ndatabase Articles\ndatabase RenderedPages { derived: true }\nWiki -> Articles : writes\nWiki -> RenderedPages : writes'
        },
        {
            name: 'regression: a photo service stores a write-once image, then records its key in a database',
            design: 'service Photos { replicas: 2 }\nstorage Images { immutable: true }\ndatabase Catalog\nPhotos -> Images : writes\nPhotos -> Catalog : writes'
        },
        {
            name: 'regression: a workflow engine running a declared saga, whose failure path also parks the request and notifies',
            design: 'worker Flow\nfunction Hold\nfunction Notify\ndatabase Seats\ndatabase Tickets\nqueue Parked { engine: sqs }\nqueue Outcomes { engine: sns }\nFlow -> Seats : writes\nFlow -> Hold\nHold -> Tickets : writes\nFlow -> Notify\nNotify -> Outcomes\nFlow -> Parked : writes\ntransaction Book { writes: [Seats, Tickets], protocol: saga }'
        },
        {
            // The edge writes its disk queue only while Pub/Sub cannot be reached, and flushes it back later: one write, in one place or the other.
            name: 'regression (field corpus, round 27): a fallback store written only while the broker cannot be reached is no second write',
            design: 'service Edge { replicas: 3 }\nqueue Raw { engine: pubsub }\ndatabase DiskQueue { engine: sqlite }\nEdge -> Raw : writes\nEdge -> DiskQueue : reads, writes "only when Pub/Sub cannot be reached; flushed back to Pub/Sub"'
        },
        {
            // Two sites' services each write their own database and fail over to the other's: a failover call is no second write.
            name: 'regression (field corpus, round 27): a write that fails over to the other site replaces the first, it does not add to it',
            design: 'service Products { replicas: 2 }\ndatabase Primary\ndatabase Secondary\nProducts -> Primary : writes\nProducts -> Secondary : writes "failover to dc2"'
        },
        {
            // The worker refreshes the search index from the database it writes: a lagging index is reindexed, not a second truth.
            name: 'regression (field corpus, round 27): a search index written beside the database is a copy rebuilt by reindexing',
            design: 'worker Worker { replicas: 2 }\ndatabase Packages { engine: postgres }\nsearch Index { engine: opensearch }\nWorker -> Packages : writes\nWorker -> Index : writes'
        },
        {
            // A scheduler that only triggers two jobs: each job's writes are its own run, not one operation of the scheduler.
            name: 'regression (field corpus, round 28): a cron job that triggers two workers does not write what they write',
            design: 'worker Cronjob "periodic triggers"\nworker Ticker\nworker Watcher\ndatabase Prices\nqueue Alerts { engine: kafka }\nCronjob -> Ticker "trigger"\nCronjob -> Watcher "trigger"\nTicker -> Prices : writes\nWatcher -> Prices : reads\nWatcher -> Alerts : writes'
        },
        { name: 'a payment call alone is one change', design: 'service Shop\nservice Pay\nShop -> Pay : grpc { data: [payment] }' },
        // A service ships its metrics over a message bus: that stream is no second truth.
        { name: 'a telemetry stream is not a write', design: `${API}Api -> Orders : writes\nApi -> Events { uses: telemetry }` },
        // A backfill job that copies ranges again after a crash and records the ranges it finished.
        { name: 'regression: pipeline workers whose retried jobs rewrite the same output files (idempotent) and hand on the next job', design: 'queue Jobs { engine: redis }\nstorage Files { engine: s3 }\nworker Render { idempotent: true, replicas: 4 }\nworker Sign { idempotent: true, replicas: 4 }\nRender -> Files : https\nRender -> Jobs : redis\nSign -> Files : https\nSign -> Jobs : redis' },
        { name: 'regression: a service stated idempotent writing its own two stores is completed by a repeated request', design: 'client App\nservice Cells { idempotent: true, replicas: 3 }\ndatabase Primary\ndatabase Spill\nApp -> Cells : https\nCells -> Primary : writes\nCells -> Spill : writes' },
        { name: 'an idempotent job writing its own stores completes them by running again', design: 'worker Backfill { idempotent: true }\ndatabase Target\ndatabase Progress\nBackfill -> Target : writes\nBackfill -> Progress : writes' },
        { name: 'one store', design: `${API}Api -> Orders\nworker W\nEvents -> W\nW -> Orders` },
        { name: 'an outbox transaction covers the store and the queue', design: `${API}Api -> Orders : writes\nApi -> Events\ntransaction Place { writes: [Orders, Events], protocol: outbox }` },
        { name: 'reads of one store and writes of another', design: `${API}Api -> Orders : reads\nApi -> Events` },
        { name: 'a cache beside the database (cache-aside)', design: `${API}cache Hot { engine: redis, replicas: 2 }\nApi -> Orders\nApi -> Hot\nApi -> Events : reads` },
        { name: 'a lock is not a write', design: `${API}coordinator Zk { engine: zookeeper, replicas: 3 }\nApi -> Orders\nApi -> Zk : lock\nApi -> Events : reads` },
        { name: 'two pairs, each covered by its own transaction', design: `${API}database Ledger { engine: postgres }\nstorage Files { engine: s3 }\nApi -> Orders\nApi -> Events\nApi -> Ledger\nApi -> Files\ntransaction A { writes: [Orders, Events], protocol: outbox }\ntransaction B { writes: [Ledger, Files], protocol: saga }` },
        { name: 'store connections with no stated access are not taken as one operation', design: 'service Web { replicas: 2 }\ndatabase Meta\nstorage Photos { engine: s3 }\nWeb -> Meta\nWeb -> Photos' },
        { name: 'a front end calling services for different user actions', design: 'service Front { replicas: 2 }\nservice Carts { replicas: 2 }\nservice Users { replicas: 2 }\ndatabase CartDb\ndatabase UserDb\nFront -> Carts\nFront -> Users\nCarts -> CartDb : writes\nUsers -> UserDb : writes' },
        { name: 'a saga covers the writes behind the calls', design: 'worker Flow\nqueue Jobs { engine: sqs }\nservice A { replicas: 2 }\nservice B { replicas: 2 }\ndatabase Adb\ndatabase Bdb\nJobs -> Flow\nFlow -> A : writes\nFlow -> B : writes\nA -> Adb : writes\nB -> Bdb : writes\ntransaction Book { writes: [Adb, Bdb], protocol: saga }' },
        { name: 'a call that only reads', design: `${API}service Prices { replicas: 2 }\ndatabase PriceDb\nApi -> Orders : writes\nApi -> Prices : reads\nPrices -> PriceDb : writes` },
        { name: 'clients and gateways are not writers here', design: `${API}client U\nU -> Orders\nU -> Events\nU -> Api` },
        // A reporting service that reads its tables and announces nothing it saved.
        { name: 'a database of unstated access with no publish is not taken as a write', design: 'service Reports { replicas: 2 }\ndatabase Sales\nqueue Audit { engine: rabbitmq }\nReports -> Sales\nReports -> Audit : reads' },
        { name: 'a publish next to a database stated as read-only', design: `${API}Api -> Orders : reads\nApi -> Events : writes` },
        { name: 'regression: an at-least-once consumer writing two stores itself replays them on redelivery (the idempotency rule asks)', design: 'queue Clicks { engine: kafka }\nworker Tally { replicas: 2 }\ndatabase Counts\nstorage Offsets { engine: s3 }\nClicks -> Tally\nTally -> Counts : writes\nTally -> Offsets : writes' }
    ],
    invalid: [
        {
            name: 'the same writes from the team\'s own service are asked',
            design: 'client U\nservice Web\ndatabase Db { engine: postgres }\nstorage Media\nU -> Web\nWeb -> Db : writes\nWeb -> Media : writes',
            findings: [{ element: 'Web', severity: 'info', message: 'service Web writes database Db and storage Media, and no transaction covers them: if one write succeeds and another fails, they disagree. If they must agree, declare a transaction (an outbox for a queue).' }]
        },
        {
            // An index that is the only record of what it holds is written like any store.
            name: 'a search index stated derived: false beside the database is a second record to keep in step',
            design: 'worker Worker { replicas: 2 }\ndatabase Packages { engine: postgres }\nsearch Index { engine: opensearch, derived: false }\nWorker -> Packages : writes\nWorker -> Index : writes',
            findings: [{ element: 'Worker', severity: 'info', message: 'worker Worker writes database Packages and search Index, and no transaction covers them: if one write succeeds and another fails, they disagree. If they must agree, declare a transaction (an outbox for a queue).' }]
        },
        {
            name: 'a service that starts workflows still writes its own store and queue on its own',
            design: 'service Orchestrator { engine: temporal }\nservice Activities\ndatabase Orders { engine: postgres }\nqueue Events { engine: kafka }\nActivities -> Orchestrator : grpc "start workflow"\nActivities -> Orders : writes\nActivities -> Events : writes "order placed"',
            findings: [{ element: 'Activities', severity: 'info', message: 'service Activities writes database Orders and queue Events, and no transaction covers them: if one write succeeds and another fails, they disagree. If they must agree, declare a transaction (an outbox for a queue).' }]
        },
        {
            name: 'a save and a publish under a transaction stated protocol none (a sendAndForget after the save)',
            design: 'service Fights\ndatabase FightsDb { engine: mongodb }\nqueue Topic { engine: kafka }\nFights -> FightsDb : reads, writes\nFights -> Topic : writes\ntransaction PerformFight { writes: [FightsDb, Topic], protocol: none }',
            findings: [{ element: 'Fights', messageId: 'dualWriteNoProtocol', message: 'service Fights writes database FightsDb and queue Topic, and transaction PerformFight over them states `protocol: none`: nothing keeps the writes together, so if one succeeds and another fails (a publish sent and forgotten), they disagree. If they must agree, make its protocol an outbox.' }]
        },
        {
            // It consumes orders too, but completing one is a request: a redelivered order does not replay it.
            name: 'a consumer that also serves requests, saving state and publishing',
            design: 'client Ui\nqueue Bus { engine: rabbitmq }\nservice Line { replicas: 2 }\ndatabase State { engine: redis }\nUi -> Line : http\nBus -> Line\nLine -> State : reads, writes\nLine -> Bus : writes "publish completed"',
            findings: [{ element: 'Line', messageId: 'dualWrite', message: 'service Line writes database State and queue Bus, and no transaction covers them: if one write succeeds and another fails, they disagree. If they must agree, declare a transaction (an outbox for a queue).' }]
        },
        {
            // The platform itself is not described, but the writes it is drawn making are.
            name: 'a writer the design does not describe is reported on its first write',
            design: 'client App\nservice Platform { out_of_scope: true }\ndatabase Orders { engine: dynamodb }\nqueue Stream { engine: kafka }\nApp -> Platform\nPlatform -> Orders : reads, writes\nPlatform -> Stream : writes { mode: async }',
            findings: [{ element: 'Platform->Orders', messageId: 'dualWrite', message: 'service Platform writes database Orders and queue Stream, and no transaction covers them: if one write succeeds and another fails, they disagree. If they must agree, declare a transaction (an outbox for a queue).' }]
        },
        {
            name: 'an image store that may be overwritten is a second change to keep in step',
            design: 'service Photos { replicas: 2 }\nstorage Images\ndatabase Catalog\nPhotos -> Images : writes\nPhotos -> Catalog : writes',
            findings: [{ element: 'Photos', message: 'service Photos writes storage Images and database Catalog, and no transaction covers them: if one write succeeds and another fails, they disagree. If they must agree, declare a transaction (an outbox for a queue).' }]
        },
        {
            name: 'a service stated idempotent still splits writes it makes through another service',
            design: 'client App\nservice Orders { idempotent: true, replicas: 2 }\ndatabase OrderDb\nservice Stock { replicas: 2 }\ndatabase StockDb\nApp -> Orders : https\nOrders -> OrderDb : writes\nOrders -> Stock : https, writes\nStock -> StockDb : writes',
            findings: [{ element: 'Orders', message: 'service Orders changes database OrderDb and service Stock (database StockDb) in one operation, and no transaction covers them: if a step fails after an earlier one succeeded, they disagree. If they must agree, declare a saga (with compensations) or an outbox.' }]
        },
        {
            name: 'regression: an order service takes the payment, then publishes the order (the charge has no store drawn)',
            design: 'service Shop\nservice Pay "payment processor (mock)"\nqueue Orders { engine: kafka }\nShop -> Pay : grpc { data: [payment] }\nShop -> Orders : kafka, writes',
            findings: [{ element: 'Shop', severity: 'info', message: 'Does service Shop change queue Orders and service Pay (a payment) in one operation? Shop->Pay states no `access`, so it is taken as a write. If so, a step failing after an earlier one succeeded leaves them disagreeing, and no transaction, saga or outbox covers them.' }]
        },
        {
            name: 'a user created in the identity provider and an account saved here',
            design: 'service Accounts\ndatabase AccountDb\nidp Auth\ndatabase AuthDb\nAccounts -> AccountDb : writes\nAccounts -> Auth : writes "create user"\nAuth -> AuthDb : writes',
            findings: [{ element: 'Accounts', message: 'service Accounts changes database AccountDb and idp Auth (database AuthDb) in one operation, and no transaction covers them: if a step fails after an earlier one succeeded, they disagree. If they must agree, declare a saga (with compensations) or an outbox.' }]
        },
        {
            name: 'copies of one writer (one per stamp) are one finding',
            design: 'database Shared\nworker ProcA "Processor" { replicas: 2 }\nworker ProcB "Processor" { replicas: 2 }\nstorage MarksA { engine: s3 }\nstorage MarksB { engine: s3 }\nProcA -> Shared : writes\nProcA -> MarksA : writes\nProcB -> Shared : writes\nProcB -> MarksB : writes',
            findings: [{ element: 'ProcA', message: 'worker ProcA writes database Shared and storage MarksA, and no transaction covers them: if one write succeeds and another fails, they disagree. If they must agree, declare a transaction (an outbox for a queue).' }]
        },
        {
            name: 'a database write and a published event',
            design: `${API}Api -> Orders : writes\nApi -> Events`,
            findings: [{
                element: 'Api',
                messageId: 'dualWrite',
                severity: 'info',
                message: 'service Api writes database Orders and queue Events, and no transaction covers them: if one write succeeds and another fails, they disagree. If they must agree, declare a transaction (an outbox for a queue).'
            }]
        },
        {
            name: 'a write hidden behind a synchronous call (all stated)',
            design: `${API}service Shipping { replicas: 2 }\nqueue Shipments { engine: rabbitmq }\nApi -> Orders : writes\nApi -> Shipping : writes\nShipping -> Shipments`,
            findings: [{
                element: 'Api',
                messageId: 'hiddenDualWrite',
                severity: 'info',
                message: 'service Api changes database Orders and service Shipping (queue Shipments) in one operation, and no transaction covers them: if a step fails after an earlier one succeeded, they disagree. If they must agree, declare a saga (with compensations) or an outbox.'
            }]
        },
        {
            name: 'a worker orchestrating services whose access is unstated: a question',
            design: 'worker Flow\nqueue Jobs { engine: sqs }\nservice A { replicas: 2 }\nservice B { replicas: 2 }\ndatabase Adb\ndatabase Bdb\nJobs -> Flow\nFlow -> A\nFlow -> B : writes\nA -> Adb\nB -> Bdb : writes',
            findings: [{
                element: 'Flow',
                messageId: 'hiddenDualWriteQuestion',
                severity: 'info',
                message: 'Does worker Flow change service A (database Adb) and service B (database Bdb) in one operation? Flow->A and A->Adb state no `access`, so they are taken as writes. If so, a step failing after an earlier one succeeded leaves them disagreeing, and no transaction, saga or outbox covers them.'
            }]
        },
        {
            name: 'a consumer of an at-most-once queue is not redelivered: its two writes can still disagree',
            design: 'queue Pings { engine: nats }\nworker Tally { replicas: 2 }\ndatabase Counts\nstorage Archive { engine: s3 }\nPings -> Tally\nTally -> Counts : writes\nTally -> Archive : writes',
            findings: [{ element: 'Tally', message: 'worker Tally writes database Counts and storage Archive, and no transaction covers them: if one write succeeds and another fails, they disagree. If they must agree, declare a transaction (an outbox for a queue).' }]
        },
        {
            // A service registers a member in its table and then announces it on the broker: the save's access is left unstated.
            name: 'a publish next to a database of unstated access: a question',
            design: 'service Members { replicas: 2 }\ndatabase MemberDb\nqueue Bus { engine: rabbitmq }\nMembers -> MemberDb : sql\nMembers -> Bus : amqp, writes "MemberJoined"',
            findings: [{
                element: 'Members',
                messageId: 'dualWriteQuestion',
                severity: 'info',
                message: 'Does service Members save to database MemberDb and queue Bus in one operation? Members->MemberDb states no `access`, so it is taken as a write, next to a publish. If so, a publish failing after the save succeeded (or the reverse) leaves them disagreeing, and no transaction or outbox covers them.'
            }]
        },
        {
            // Two services keep their rows in one database and announce changes on one broker: one outbox decision settles both.
            name: 'writers of the same stores are one finding',
            design: 'service Teams { replicas: 2 }\nservice Players { replicas: 2 }\ndatabase League\nqueue Bus { engine: rabbitmq }\nTeams -> League : writes\nTeams -> Bus\nPlayers -> League : writes\nPlayers -> Bus',
            findings: [{
                element: 'Teams',
                messageId: 'dualWrite',
                message: 'service Teams and service Players between them write database League and queue Bus, and no transaction covers them: if one write succeeds and another fails, they disagree. If they must agree, declare a transaction (an outbox for a queue).'
            }]
        },
        {
            // The admin service writes only some of the stores the public service writes: one transaction over the wider set covers both.
            name: 'a writer whose stores are all among another writer\'s is in the same finding',
            design: 'service Public { replicas: 2 }\nservice Admin { replicas: 2 }\ndatabase Rows\nqueue Bus { engine: rabbitmq }\nstorage Blobs { engine: s3 }\nPublic -> Rows : writes\nPublic -> Bus\nPublic -> Blobs : writes\nAdmin -> Rows : writes\nAdmin -> Bus',
            findings: [{
                element: 'Public',
                message: 'service Public and service Admin between them write database Rows, queue Bus and storage Blobs, and no transaction covers them: if one write succeeds and another fails, they disagree. If they must agree, declare a transaction (an outbox for a queue).'
            }]
        },
        {
            name: 'a proxy in front of the stores does not hide them',
            design: 'worker Sync\nloadbalancer Proxy { replicas: 2 }\ndatabase Left\ndatabase Right\nSync -> Proxy : writes\nProxy -> Left\nProxy -> Right',
            findings: [{ element: 'Sync', message: 'worker Sync writes database Left and database Right, and no transaction covers them: if one write succeeds and another fails, they disagree. If they must agree, declare a transaction (an outbox for a queue).' }]
        },
        {
            name: 'a transaction covering two of three stores',
            design: `${API}database Audit { engine: postgres, replicas: 2 }\nApi -> Orders : writes\nApi -> Events\nApi -> Audit : writes\ntransaction Place { writes: [Orders, Events], protocol: outbox }`,
            findings: [{ element: 'Api', message: 'service Api writes database Orders, queue Events and database Audit, and no transaction covers database Audit with the others: if one write succeeds and another fails, they disagree. If they must agree, declare a transaction (an outbox for a queue).' }]
        },
        {
            name: 'a transaction that covers one store with a store this writer does not write',
            design: `${API}database Other\nservice B { replicas: 2 }\nB -> Other\nApi -> Orders : writes\nApi -> Events\ntransaction T { writes: [Orders, Other] }`,
            findings: [{ element: 'Api', message: 'service Api writes database Orders and queue Events, and no transaction covers them: if one write succeeds and another fails, they disagree. If they must agree, declare a transaction (an outbox for a queue).' }]
        }
    ]
});
