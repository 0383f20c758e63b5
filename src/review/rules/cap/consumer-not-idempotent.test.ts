import { testRule } from '../../../../test/helpers/rule-tester.js';
import rule from './consumer-not-idempotent.js';

const SHOP = 'service Shop { replicas: 2 }\nservice Stock { replicas: 2 }\ndatabase StockDb\nworker Mailer { replicas: 2 }\nexternal Smtp\n';

testRule(rule, {
    valid: [
        { name: 'round 36: a schedule drawn as a queue that nothing publishes to carries ticks, not messages', design: 'queue Tick "EventBridge: nightly schedule" { engine: eventbridge }\nfunction Job { engine: lambda }\ndatabase Db { engine: dynamodb }\nTick -> Job\nJob -> Db : writes' },
        { name: 'regression (round 32): a released product\'s worker handles repeats as its vendor wrote it', design: 'queue Refunds { engine: sqs }\nworker Tasks { product: "Plane" }\ndatabase Ledger { engine: postgres }\nRefunds -> Tasks\nTasks -> Ledger : writes' },
        { name: 'a queue stated at most once is left to its statement even behind a relay', design: 'queue Kafka { engine: kafka }\nqueue Jobs { engine: redis, delivery: at_most_once }\nworker Relay { -> Kafka : reads\n -> Jobs : writes }\nworker Workers { -> Jobs : reads, writes\n -> Db : writes }\ndatabase Db' },
        { name: 'a Redis list fed only by a web app (no relay from an at-least-once queue) is not judged', design: 'service Web { -> Jobs : writes }\nqueue Jobs { engine: redis }\nworker Workers { -> Jobs : reads, writes\n -> Db : writes }\ndatabase Db' },
        { name: 'regression: a lookup call (no access, its words read) and a keyed PutItem repeat nothing', design: 'queue Docs { engine: sqs }\nfunction Sentiment\nexternal Nlp\ndatabase Results { engine: dynamodb }\nDocs -> Sentiment\nSentiment -> Nlp "DetectSentiment (en)"\nSentiment -> Results : writes "PutItem"' },
        { name: 'regression: a consumer reading schemas from a registry changes nothing', design: 'queue Fights { engine: kafka }\nservice Stats\nservice Registry\nFights -> Stats\nStats -> Registry : http "Avro schemas"' },
        { name: 'regression: deleting cache keys and purging a CDN is idempotent by nature', design: 'queue Updated { engine: kafka }\nservice Invalidator\ncache Articles { engine: redis }\ncdn Edge\nUpdated -> Invalidator\nInvalidator -> Articles : writes "DELETE"\nInvalidator -> Edge "PURGE"' },
        { name: 'regression: a pipeline stage that only publishes to the next topic passes a duplicate on', design: 'queue Raw { engine: kafka }\nqueue Enriched { engine: kafka }\nworker Nlp { replicas: 4 }\nRaw -> Nlp\nNlp -> Enriched : writes' },
        { name: 'regression: a store stated derived is rebuilt from its sources', design: 'queue Clicks { engine: kafka }\nworker Window\ndatabase Trending { engine: redis, derived: true }\nClicks -> Window\nWindow -> Trending : writes' },
        { name: 'regression: a scheduled batch job reading a topic is no per-message handler', design: 'queue Clicks { engine: kafka }\nworker Training { schedule: "daily" }\nstorage Models { engine: s3 }\nClicks -> Training\nTraining -> Models : writes' },
        { name: 'regression: a worker acknowledging the stream only it consumes, beside a copy it fills', design: 'queue Buffer { engine: kafka }\nworker Bulk\nsearch Index\nBuffer -> Bulk\nBulk -> Index : writes\nBulk -> Buffer : writes "XACK"' },
        { name: 'a queue that delivers at most once (offsets committed on receipt) redelivers nothing', design: 'queue Orders { engine: kafka, delivery: at_most_once }\nworker Ledger\ndatabase Books { engine: postgres }\nOrders -> Ledger\nLedger -> Books : writes' },
        // A search indexer fed by a table's change feed overwrites one document per row: a retried batch writes the same documents.
        { name: 'a change-stream consumer whose write is stated idempotent', design: 'database Listings\nsearch Index\nfunction Indexer\nIndexer -> Listings : reads { uses: changes }\nIndexer -> Index : writes { idempotent: true }' },
        { name: 'a change-stream consumer stated idempotent', design: 'database Listings\ndatabase Counts\nfunction Counter { idempotent: true }\nCounter -> Listings : reads { uses: changes }\nCounter -> Counts : writes' },
        // A bucket triggers a thumbnailer that writes one object per upload, stated idempotent.
        { name: 'a store-triggered handler stated idempotent', design: 'storage Uploads\nstorage Thumbs\nfunction Thumbnailer { idempotent: true }\nUploads -> Thumbnailer\nThumbnailer -> Thumbs : writes' },
        // Re-indexing a listing overwrites its document: the index is a copy keyed by the listing's id.
        { name: 'a consumer that only updates a search index', design: 'queue Listings { engine: kafka }\nsearch Index\nworker Indexer\nListings -> Indexer\nIndexer -> Index : writes' },
        { name: 'a cache filled from a change stream is a copy, not a change', design: 'database Prices\ncache Hot { engine: redis }\nfunction Warm\nPrices -> Warm\nWarm -> Hot : writes' },
        { name: 'a plain read of a table is no change stream', design: 'database Listings\ndatabase Counts\nworker Counter\nCounter -> Listings : reads\nCounter -> Counts : writes' },
        // Each reading overwrites its sensor's one row: a repeat writes the same row again.
        { name: 'a consumer whose only write is stated idempotent (an upsert by key)', design: 'queue Readings { engine: kafka }\nworker Latest\ndatabase Sensors\nReadings -> Latest\nLatest -> Sensors : writes "upsert by sensor id" { idempotent: true }' },
        // An object store asks a render service for a missing variant and waits for it: a call, nothing redelivered.
        { name: 'a store calling a service over http is a request, not a change stream', design: 'storage Media\nservice Renderer { replicas: 2 }\nRenderer -> Media : writes\nMedia -> Renderer : http' },
        { name: 'an idempotent consumer', design: 'queue Jobs { engine: sqs }\nworker W { idempotent: true }\ndatabase Db\nJobs -> W\nW -> Db : writes' },
        { name: 'idempotency stated on the connection from the queue', design: 'queue Jobs { engine: kafka }\nworker W\ndatabase Db\nJobs -> W { idempotent: true }\nW -> Db : writes' },
        { name: 'a queue that delivers at most once', design: 'queue Jobs { engine: rabbitmq, delivery: at_most_once }\nworker W\ndatabase Db\nJobs -> W\nW -> Db : writes' },
        { name: 'a queue whose delivery is unknown', design: 'queue Jobs\nworker W\ndatabase Db\nJobs -> W\nW -> Db : writes' },
        { name: 'a consumer that changes nothing (reads, logs, fills a cache)', design: 'queue Jobs { engine: sqs }\nworker W\ndatabase Db\ncache C { engine: redis }\nlogging L\nJobs -> W\nW -> Db : reads\nW -> C\nW -> L' }
    ],
    invalid: [
        {
            name: 'round 36: the same queue with a publisher carries messages and is judged',
            design: 'service Api\nqueue Tick "EventBridge: nightly schedule" { engine: eventbridge }\nfunction Job { engine: lambda }\ndatabase Db { engine: dynamodb }\nApi -> Tick : writes\nTick -> Job\nJob -> Db : writes',
            findings: [{ element: 'Job', severity: 'info', message: 'function Job consumes queue Tick, which delivers at least once (the Amazon EventBridge default), and is not stated idempotent: a redelivered message runs its handler again and repeats what it changes (database Db). De-duplicate by message id (an inbox table) or make the writes idempotent, then say `idempotent: true`.' }]
        },
        {
            name: 'jobs relayed from Kafka into a Redis list: the workers behind the relay get Kafka\'s duplicates',
            design: 'queue Kafka { engine: kafka }\nqueue Jobs { engine: redis }\nworker Relay { -> Kafka : reads\n -> Jobs : writes }\nworker Workers { -> Jobs : reads, writes\n -> Db : writes }\ndatabase Db',
            findings: [{ element: 'Workers', messageId: 'notIdempotent', severity: 'info', message: 'worker Workers consumes queue Jobs, which delivers at least once (relayed by Relay from queue Kafka: a relay that fails between its write and its acknowledgement is handed the message again and writes it twice), and is not stated idempotent: a redelivered message runs its handler again and repeats what it changes (database Db). De-duplicate by message id (an inbox table) or make the writes idempotent, then say `idempotent: true`.' }]
        },
        {
            name: 'a scheduled job draining an unordered queue still handles each message',
            design: 'queue Refunds { engine: sqs }\nworker Nightly { schedule: "daily" }\ndatabase Ledger { engine: postgres }\nRefunds -> Nightly\nNightly -> Ledger : writes',
            findings: [{ element: 'Nightly', messageId: 'notIdempotent', message: 'worker Nightly consumes queue Refunds, which delivers at least once (the Amazon SQS default), and is not stated idempotent: a redelivered message runs its handler again and repeats what it changes (database Ledger). De-duplicate by message id (an inbox table) or make the writes idempotent, then say `idempotent: true`.' }]
        },
        {
            name: 'a stage that saves a row and publishes still repeats the row',
            design: 'queue Raw { engine: kafka }\nqueue Clean { engine: kafka }\nworker Dedup\ndatabase Seen { engine: postgres }\nRaw -> Dedup\nDedup -> Seen : writes\nDedup -> Clean : writes',
            findings: [{ element: 'Dedup', messageId: 'notIdempotent', message: 'worker Dedup consumes queue Raw, which delivers at least once (the Apache Kafka default), and is not stated idempotent: a redelivered message runs its handler again and repeats what it changes (database Seen and queue Clean). De-duplicate by message id (an inbox table) or make the writes idempotent, then say `idempotent: true`.' }]
        },
        {
            name: 'a function a publish/subscribe topic pushes to, adding a row per event',
            design: 'queue Bookings { delivery: at_least_once, ordering: none }\nfunction Points\ndatabase Ledger { engine: dynamodb }\nBookings -> Points\nPoints -> Ledger : writes',
            findings: [{ element: 'Points', messageId: 'notIdempotent', message: 'function Points consumes queue Bookings, which delivers at least once, and is not stated idempotent: a redelivered message runs its handler again and repeats what it changes (database Ledger). De-duplicate by message id (an inbox table) or make the writes idempotent, then say `idempotent: true`.' }]
        },
        {
            name: 'a search index stated not derived is a record of its own',
            design: 'queue Votes { engine: kafka }\nsearch Tallies { derived: false }\nworker Counter\nVotes -> Counter\nCounter -> Tallies : writes',
            findings: [{ element: 'Counter', messageId: 'notIdempotent', message: 'worker Counter consumes queue Votes, which delivers at least once (the Apache Kafka default), and is not stated idempotent: a redelivered message runs its handler again and repeats what it changes (search Tallies). De-duplicate by message id (an inbox table) or make the writes idempotent, then say `idempotent: true`.' }]
        },
        {
            // A bucket's upload events trigger a function that appends a row per upload.
            name: 'a handler triggered by a bucket\'s events',
            design: 'storage Uploads\ndatabase Ledger\nfunction Record\nUploads -> Record\nRecord -> Ledger : writes',
            findings: [{ element: 'Record', messageId: 'changesNotIdempotent', message: 'function Record consumes the change stream of storage Uploads, which delivers each change at least once (a failed event is retried), and is not stated idempotent: a retry repeats what it changes (database Ledger). Make the writes idempotent (or record the last sequence number applied), then say `idempotent: true`.' }]
        },
        {
            // A table's stream triggers a function that bumps a score in a cache that is the only record of it.
            name: 'a store-triggered handler incrementing a cache stated not derived',
            design: 'database Sales\ncache Ranking { engine: redis, derived: false }\nfunction Rank\nSales -> Rank\nRank -> Ranking : writes',
            findings: [{
                element: 'Rank',
                messageId: 'changesNotIdempotent',
                message: 'function Rank consumes the change stream of database Sales, which delivers each change at least once (a failed batch is retried whole), and is not stated idempotent: a retry repeats what it changes (cache Ranking). Make the writes idempotent (or record the last sequence number applied), then say `idempotent: true`.'
            }]
        },
        {
            name: 'two handlers triggered by one store: one finding on the store',
            design: 'database Sales\ndatabase Totals\ndatabase Audit\nfunction Tally\nfunction Auditor\nSales -> Tally\nSales -> Auditor\nTally -> Totals : writes\nAuditor -> Audit : writes',
            findings: [{
                element: 'Sales',
                messageId: 'changesNotIdempotentMany',
                message: '2 consumers of the change stream of database Sales, which delivers each change at least once (a failed batch is retried whole), are not stated idempotent (Tally and Auditor): a retry runs a handler again and repeats what it changes. Make each handler\'s writes idempotent (or record the last sequence number applied), then say `idempotent: true`.'
            }]
        },
        {
            // A function keeps per-category counters from a table's change feed.
            name: 'a change-stream consumer that changes something and is not stated idempotent',
            design: 'database Listings\ndatabase Counts\nfunction Counter\nCounter -> Listings : reads { uses: changes }\nCounter -> Counts : writes',
            findings: [{
                element: 'Counter',
                messageId: 'changesNotIdempotent',
                severity: 'info',
                message: 'function Counter consumes the change stream of database Listings, which delivers each change at least once (a failed batch is retried whole), and is not stated idempotent: a retry repeats what it changes (database Counts). Make the writes idempotent (or record the last sequence number applied), then say `idempotent: true`.'
            }]
        },
        {
            name: 'one consumer of an engine that delivers at least once',
            design: `queue Orders { engine: sqs }\n${SHOP}Orders -> Stock\nStock -> StockDb : writes`,
            findings: [{
                element: 'Stock',
                messageId: 'notIdempotent',
                severity: 'info',
                message: 'service Stock consumes queue Orders, which delivers at least once (the Amazon SQS default), and is not stated idempotent: a redelivered message runs its handler again and repeats what it changes (database StockDb). De-duplicate by message id (an inbox table) or make the writes idempotent, then say `idempotent: true`.'
            }]
        },
        {
            name: 'several consumers of one queue: one finding on the queue, even beside an idempotent one',
            design: `queue Orders { delivery: at_least_once }\n${SHOP}Orders -> Stock\nOrders -> Mailer\nOrders -> Shop { idempotent: true }\nStock -> StockDb : writes\nMailer -> Smtp\nShop -> StockDb`,
            findings: [{
                element: 'Orders',
                messageId: 'notIdempotentMany',
                message: '2 consumers of queue Orders, which delivers at least once, are not stated idempotent (Stock and Mailer): a redelivered message runs a handler again and repeats what it changes. One de-duplication policy (an inbox keyed by message id) settles them all; then say `idempotent: true`.'
            }]
        },
        {
            name: 'a consumer pulling from the queue',
            design: 'queue Jobs { engine: kafka }\nworker W\nexternal Psp\nW -> Jobs : reads\nW -> Psp',
            findings: [{ element: 'W', message: 'worker W consumes queue Jobs, which delivers at least once (the Apache Kafka default), and is not stated idempotent: a redelivered message runs its handler again and repeats what it changes (external Psp). De-duplicate by message id (an inbox table) or make the writes idempotent, then say `idempotent: true`.' }]
        }
    ]
});
