import { testRule } from '../../../../test/helpers/rule-tester.js';
import rule from './queue-without-dlq.js';

/** A service producing to `queue` and a worker consuming from it. */
function consumed(queue: string): string {
    return `client U\nservice Api { replicas: 2 }\n${queue}\nworker Mailer\nU -> Api -> Jobs\nJobs -> Mailer`;
}

const STREAM_NO_DLQ = 'with no on-failure destination stated: a change whose handler always fails is retried over and over, holding up the changes behind it in its shard, and where the stream keeps changes for a limited time (24 hours for DynamoDB Streams) it is then dropped unseen. Set failing changes aside (an on-failure destination or dead-letter queue), then say `dlq: true` on the trigger.';

testRule(rule, {
    valid: [
        { name: 'regression (round 32): a queue whose every consumer runs a released product (Zulip\'s workers)', design: 'client U\nservice Web\nqueue Mq { engine: rabbitmq }\nworker Tasks { product: "Zulip" }\nU -> Web\nWeb -> Mq : writes\nMq -> Tasks' },
        {
            // The decoders publish what they reject to an error topic; a sink copies it to storage for backfill.
            name: 'regression (field corpus, round 27): a pipeline\'s error topic is itself where failing messages are set aside',
            design: 'worker Decoder { replicas: 2 }\nqueue ErrorTopic "rejected messages, for backfill" { engine: pubsub }\nworker ErrorSink\nstorage Archive { engine: gcs }\nDecoder -> ErrorTopic : writes\nErrorTopic -> ErrorSink\nErrorSink -> Archive : writes'
        },
        {
            name: 'regression: the consumer dead-letters what keeps failing on its own dispatch hops (dlq: true on its calls to the providers)',
            design: 'client U\nqueue High { delivery: at_least_once }\nqueue Low { delivery: at_least_once }\nworker Dispatch\nexternal Sms\nexternal Email\ndatabase Tracker\nU -> High : writes\nU -> Low : writes\nHigh -> Dispatch : reads\nLow -> Dispatch : reads\nDispatch -> Sms "Deliver()" { backoff: true, dlq: true }\nDispatch -> Email "Deliver()" { backoff: true, dlq: true }\nDispatch -> Tracker : writes'
        },
        { name: 'regression: a partitioned log read only by a job started by a schedule (an hourly aggregation reads a range of offsets per run)', design: 'service Search { replicas: 2 }\nqueue Events { engine: kafka }\nworker Hourly { schedule: "hourly" }\nstorage Counts { engine: s3 }\nSearch -> Events : writes\nEvents -> Hourly\nHourly -> Counts : writes' },
        { name: 'regression: a stream whose only consumer loads a store the source calls not critical (critical: false)', design: 'service Orders { replicas: 2 }\nqueue Stream { engine: kafka }\nworker Loader { replicas: 2 }\ndatabase Olap { engine: rds, critical: false }\nOrders -> Stream : writes\nStream -> Loader\nLoader -> Olap : writes' },
        // An object store asks a render service for a missing variant over grpc and waits: no events to retry or drop.
        { name: 'a store calling a service over a request/response protocol has no change stream', design: 'storage Media { engine: s3 }\nservice Renderer { replicas: 2 }\nRenderer -> Media : writes\nMedia -> Renderer : grpc' },
        { name: 'regression: a daemon tailing the commit log of a self-run MySQL database is the design\'s own code, with no stream semantics to assume', design: 'database Accounts { engine: mysql }\nworker Tailer { replicas: 2 }\ncache Keys { engine: memcached }\nAccounts -> Tailer\nTailer -> Keys : writes' },
        { name: 'a queue that delivers at most once loops nothing (its risk is loss: cap/lossy-delivery)', design: 'client U\nservice Api { replicas: 2 }\nqueue Orders { engine: kafka, delivery: at_most_once }\nworker Ledger\nU -> Api -> Orders\nOrders -> Ledger' },
        // A table whose change stream triggers a function that sets failing records aside.
        { name: 'a change-stream trigger with an on-failure destination', design: 'database Orders { engine: dynamodb }\ndatabase Totals\nfunction Tally\nOrders -> Tally { dlq: true }\nTally -> Totals : writes' },
        { name: 'a change-stream reader that gives up at once', design: 'database Orders\ndatabase Totals\nworker Tally\nTally -> Orders : reads { uses: changes, retries: 0 }\nTally -> Totals : writes' },
        { name: 'a plain read of a table is no change stream', design: 'database Orders\ndatabase Totals\nworker Tally\nTally -> Orders : reads\nTally -> Totals : writes' },
        { name: 'a stream-processing job that drops input it cannot read loops nothing', design: 'client Sensors\nqueue Readings { engine: azure_event_hubs }\nworker Windowing { engine: azure_stream_analytics }\ndatabase Averages { engine: cosmosdb }\nSensors -> Readings : writes\nReadings -> Windowing -> Averages' },
        // Round 22: the Functions runtime moves a message or blob that fails five times to a poison queue.
        { name: 'regression: a storage queue read by Azure Functions has a poison queue by the platform', design: 'client U\nservice Api { replicas: 2 }\nqueue Jobs { engine: azure_queue_storage }\nfunction Mailer { engine: azure_functions }\nU -> Api -> Jobs\nJobs -> Mailer' },
        { name: 'regression: a blob trigger of Azure Functions sets a failing blob aside (webjobs-blobtrigger-poison)', design: 'client U\nstorage Inbox { engine: azure_blob_storage }\nfunction Extract { engine: azure_functions }\ndatabase Docs { engine: cosmosdb }\nU -> Inbox : writes\nInbox -> Extract "blob trigger"\nExtract -> Docs : writes' },
        { name: 'a dead-letter queue', design: consumed('queue Jobs { engine: sqs, dlq: true }') },
        // An event bus whose one rule target sets failing events aside.
        { name: 'a dead-letter queue on every delivery', design: 'client U\nservice Api { replicas: 2 }\nqueue Bus { engine: eventbridge }\nfunction Notify\nU -> Api -> Bus\nBus -> Notify { dlq: true }' },
        { name: 'at-most-once delivery (engine fact)', design: consumed('queue Jobs { engine: nats }') },
        { name: 'exactly-once delivery written over the engine fact', design: consumed('queue Jobs { engine: kafka, delivery: exactly_once }') },
        { name: 'delivery unknown', design: consumed('queue Jobs') },
        { name: 'Service Bus dead-letters by default (engine fact)', design: consumed('queue Jobs { engine: azure_service_bus }') },
        { name: 'nobody consumes it', design: 'client U\nservice Api { replicas: 2 }\nqueue Jobs { engine: sqs }\nU -> Api -> Jobs' },
        { name: 'the trigger never retries: nothing is redelivered', design: 'client U\nservice Api { replicas: 2 }\nqueue Jobs { engine: kafka }\nfunction Handle\nU -> Api -> Jobs\nJobs -> Handle { retries: 0 }' },
        { name: 'a metrics bus read only on the way to a dashboard', design: 'client U\nservice Api { replicas: 2 }\nqueue Metrics { engine: rabbitmq }\nservice Aggregator\nmonitoring Dashboard\nU -> Api\nApi -> Metrics : writes\nAggregator -> Metrics : reads\nDashboard -> Aggregator : reads' }
    ],
    invalid: [
        {
            name: 'a queue with one consumer of the team\'s own beside a product\'s is judged',
            design: 'client U\nservice Web\nqueue Mq { engine: rabbitmq }\nworker Tasks { product: "Zulip" }\nworker Audit\nU -> Web\nWeb -> Mq : writes\nMq -> Tasks\nMq -> Audit',
            findings: [{ element: 'Mq', severity: 'warning', message: 'queue Mq delivers at least once to worker Tasks and worker Audit and has no dead-letter queue: a message that always fails is either redelivered again and again, blocking the messages behind it, or, where the consumer rejects it without requeueing, dropped unseen.' }]
        },
        {
            name: 'a topic whose words name no failed work is asked for its dead-letter queue',
            design: 'worker Decoder { replicas: 2 }\nqueue DecodedTopic "decoded messages" { engine: pubsub }\nworker LiveSink\nstorage Archive { engine: gcs }\nDecoder -> DecodedTopic : writes\nDecodedTopic -> LiveSink\nLiveSink -> Archive : writes',
            findings: [{ element: 'DecodedTopic', messageId: 'noDlqUnordered', message: 'queue DecodedTopic delivers at least once to worker LiveSink and has no dead-letter queue: a message that always fails is delivered again and again until the broker gives up on it or it expires, and is then lost without anyone seeing it.' }]
        },
        {
            name: 'a storage queue read by a worker of its own has no poison queue: still judged',
            design: 'client U\nservice Api { replicas: 2 }\nqueue Jobs { engine: azure_queue_storage }\nworker Mailer\nU -> Api -> Jobs\nJobs -> Mailer',
            findings: [{ element: 'Jobs', message: 'queue Jobs delivers at least once to worker Mailer and has no dead-letter queue: a message that always fails is delivered again and again until the broker gives up on it or it expires, and is then lost without anyone seeing it.' }]
        },
        {
            name: 'a dead-letter queue on one delivery of two: the other still loops',
            design: 'client U\nservice Api { replicas: 2 }\nqueue Jobs { engine: sqs }\nworker A\nworker B\nU -> Api -> Jobs\nJobs -> A { dlq: true }\nJobs -> B',
            findings: [{ element: 'Jobs', messageId: 'noDlqUnordered', message: 'queue Jobs delivers at least once to worker A and worker B and has no dead-letter queue: a message that always fails is delivered again and again until the broker gives up on it or it expires, and is then lost without anyone seeing it.' }]
        },
        {
            name: 'a bucket whose upload events trigger a handler, no on-failure destination',
            design: 'storage Uploads\ndatabase Ledger\nfunction Record\nUploads -> Record\nRecord -> Ledger : writes',
            findings: [{ element: 'Uploads', messageId: 'eventsNoDlq', message: 'The event notifications of storage Uploads trigger function Record with no on-failure destination stated: an event whose handler keeps failing is retried a few times and then dropped unseen, so what it announced is never processed. Set failing events aside (an on-failure destination or dead-letter queue), then say `dlq: true` on the trigger.' }]
        },
        {
            // A bucket's upload events and a table's stream both reach handlers; each store is one finding.
            name: 'a store that triggers handlers with its changes, no on-failure destination',
            design: 'database Orders { engine: dynamodb }\ndatabase Totals\nsearch Index\nfunction Tally\nfunction Indexer\nOrders -> Tally\nOrders -> Indexer\nTally -> Totals : writes\nIndexer -> Index : writes',
            findings: [{ element: 'Orders', severity: 'warning', messageId: 'streamNoDlq', message: `The change stream of database Orders triggers function Tally and function Indexer ${STREAM_NO_DLQ}` }]
        },
        {
            name: 'regression: a pipeline that sets no failing message aside anywhere is one finding for its queue and its change stream (was two)',
            design: 'queue Bus { engine: kafka }\nservice Orders { replicas: 2 }\ndatabase Events { engine: cosmosdb }\nworker Snapshot\ndatabase Views\nBus -> Orders\nOrders -> Events : writes\nEvents -> Snapshot\nSnapshot -> Views : writes',
            findings: [{ severity: 'warning', messageId: 'noneSetAside', message: 'Nothing sets a failing message aside: neither queue Bus nor the change stream of database Events has a dead-letter queue or an on-failure destination. A message or change that always fails is delivered again and again, holding up what is behind it, until it is dropped unseen. Where failing work goes is one decision for the pipeline: a dead-letter queue (`dlq: true`) on each.' }]
        },
        {
            // The platform invokes a function from the table's stream; the https named is only its transport.
            name: 'a store reaching a function over https is still a trigger',
            design: 'database Orders { engine: dynamodb }\ndatabase Totals\nfunction Tally\nOrders -> Tally : https\nTally -> Totals : writes',
            findings: [{ element: 'Orders', messageId: 'streamNoDlq', message: `The change stream of database Orders triggers function Tally ${STREAM_NO_DLQ}` }]
        },
        {
            name: 'a change-stream reader (`uses: changes`) with no on-failure destination',
            design: 'database Orders\ndatabase Totals\nworker Tally\nTally -> Orders : reads { uses: changes }\nTally -> Totals : writes',
            findings: [{ element: 'Orders', messageId: 'streamNoDlq', message: `The change stream of database Orders triggers worker Tally ${STREAM_NO_DLQ}` }]
        },
        {
            name: 'a relay that re-enqueues a failing job on the log it reads: the message cycles at the tail, it does not block',
            design: 'client U\nqueue Log { engine: kafka }\nqueue Jobs { engine: redis }\nworker Relay\nU -> Log : writes\nRelay -> Log : reads "consume"\nRelay -> Jobs : writes "relay"\nRelay -> Log : writes "re-enqueue on error"',
            findings: [{ element: 'Log', messageId: 'noDlqRequeue', message: 'queue Log delivers at least once to worker Relay, which puts a failing message back on it, and has no dead-letter queue: back at the tail it blocks nothing behind it, but one that always fails cycles through forever with no attempt limit, costing a round of work each time, and nobody sees it.' }]
        },
        {
            name: 'a consumer that publishes its own events to the bus it reads says nothing of failures: the usual wording',
            design: 'client U\nqueue Bus { engine: rabbitmq }\nservice Orders\nU -> Bus : writes\nBus -> Orders\nOrders -> Bus : writes "order placed"',
            findings: [{ element: 'Bus', messageId: 'noDlq', message: 'queue Bus delivers at least once to service Orders and has no dead-letter queue: a message that always fails is either redelivered again and again, blocking the messages behind it, or, where the consumer rejects it without requeueing, dropped unseen.' }]
        },
        {
            name: 'a consumer that dead-letters only some of its consumers\' hops is not every consumer: still judged',
            design: 'client U\nqueue Jobs { engine: rabbitmq }\nworker Mailer\nworker Tally\nexternal Smtp\ndatabase Totals\nU -> Jobs : writes\nJobs -> Mailer\nJobs -> Tally\nMailer -> Smtp "send" { dlq: true }\nTally -> Totals : writes',
            findings: [{ element: 'Jobs', messageId: 'noDlq', message: 'queue Jobs delivers at least once to worker Mailer and worker Tally and has no dead-letter queue: a message that always fails is either redelivered again and again, blocking the messages behind it, or, where the consumer rejects it without requeueing, dropped unseen.' }]
        },
        {
            name: 'a partitioned log read by a consumer of the team\'s own is still judged',
            design: 'client Sensors\nqueue Readings { engine: azure_event_hubs }\nworker Windowing { replicas: 2 }\nSensors -> Readings : writes\nReadings -> Windowing',
            findings: [{ element: 'Readings', messageId: 'noDlq', message: 'queue Readings delivers at least once to worker Windowing and has no dead-letter queue: a message that always fails is either redelivered again and again, blocking the messages behind it, or, where the consumer rejects it without requeueing, dropped unseen.' }]
        },
        {
            name: 'a publish/subscribe topic that pushes to a function: the failing event is dropped, not stuck',
            design: 'client U\nfunction Book\nqueue Bookings { delivery: at_least_once, ordering: none }\nfunction Points\ndatabase Ledger { engine: dynamodb }\nU -> Book -> Bookings\nBookings -> Points -> Ledger : writes',
            findings: [{ element: 'Bookings', severity: 'warning', messageId: 'noDlqUnordered', message: 'queue Bookings delivers at least once to function Points and has no dead-letter queue: a message that always fails is delivered again and again until the broker gives up on it or it expires, and is then lost without anyone seeing it.' }]
        },
        {
            name: 'SQS delivers at least once (engine fact)',
            design: consumed('queue Jobs { engine: sqs }'),
            findings: [{ element: 'Jobs', severity: 'warning', messageId: 'noDlqUnordered', message: 'queue Jobs delivers at least once to worker Mailer and has no dead-letter queue: a message that always fails is delivered again and again until the broker gives up on it or it expires, and is then lost without anyone seeing it.' }]
        },
        {
            name: 'consumers that pull, with delivery written',
            design: 'client U\nservice Api { replicas: 2 }\nqueue Jobs { delivery: at_least_once, dlq: false }\nworker Mailer\nfunction Thumbnails\nU -> Api -> Jobs\nMailer -> Jobs : reads\nThumbnails -> Jobs { access: read_write }',
            findings: [{ element: 'Jobs', message: 'queue Jobs delivers at least once to worker Mailer and function Thumbnails and has no dead-letter queue: a message that always fails is either redelivered again and again, blocking the messages behind it, or, where the consumer rejects it without requeueing, dropped unseen.' }]
        },
        {
            name: 'retries: 0 on only one of two deliveries: the other still redelivers',
            design: 'client U\nservice Api { replicas: 2 }\nqueue Jobs { engine: sqs }\nworker A\nworker B\nU -> Api -> Jobs\nJobs -> A { retries: 0 }\nJobs -> B',
            findings: [{ element: 'Jobs', messageId: 'noDlqUnordered', message: 'queue Jobs delivers at least once to worker A and worker B and has no dead-letter queue: a message that always fails is delivered again and again until the broker gives up on it or it expires, and is then lost without anyone seeing it.' }]
        },
        {
            name: 'a bus read by a service that users call as well as a dashboard is not only telemetry',
            design: 'client U\nservice Api { replicas: 2 }\nqueue Events { engine: rabbitmq }\nservice Feed\nmonitoring Dashboard\nU -> Api -> Events : writes\nFeed -> Events : reads\nDashboard -> Feed : reads\nU -> Feed',
            findings: [{ element: 'Events', message: 'queue Events delivers at least once to service Feed and has no dead-letter queue: a message that always fails is either redelivered again and again, blocking the messages behind it, or, where the consumer rejects it without requeueing, dropped unseen.' }]
        },
        {
            name: 'many consumers',
            design: 'client U\nservice Api { replicas: 2 }\nqueue Events { engine: kafka }\nworker A\nworker B\nworker C\nU -> Api -> Events\nEvents -> A\nEvents -> B\nEvents -> C',
            findings: [{ element: 'Events', message: 'queue Events delivers at least once to worker A, worker B and 1 more and has no dead-letter queue: a message that always fails is either redelivered again and again, blocking the messages behind it, or, where the consumer rejects it without requeueing, dropped unseen.' }]
        },
        {
            name: 'several at-least-once queues and none with a dead-letter queue: one decision',
            design: 'client U\nservice Api { replicas: 2 }\nqueue Orders { engine: sqs }\nqueue Mails { engine: sqs }\nworker A\nworker B\nU -> Api -> Orders\nApi -> Mails\nOrders -> A\nMails -> B',
            findings: [{ messageId: 'noDlqEach', message: 'None of the 2 at-least-once queues has a dead-letter queue (queue Orders and queue Mails): in each, a message that always fails is delivered again and again until it is dropped or expires, unseen, and in a queue that keeps order it blocks the messages behind it meanwhile.' }]
        }
    ]
});
