import { testRule } from '../../../../test/helpers/rule-tester.js';
import rule from './unbounded-queue.js';

const PEAK = 'requirements { peak_rps: 2k }\n';
const SHOP = 'client U\nservice Checkout { replicas: 2 }\nworker Fulfil\nU -> Checkout\nCheckout -> Orders : amqp, writes\nOrders -> Fulfil\n';

function question(bound: string, load = '2k'): string {
    return `Queue Orders takes messages from service Checkout on the request path, under a stated load of ${load} requests/s, and ${bound}: if its consumers fall behind a burst, does the backlog grow without bound, and with it every message's wait and the broker's memory? Assumed: they can fall behind; their capacity_rps, or max_depth and back_pressure on the queue, would settle it.`;
}

testRule(rule, {
    valid: [
        { name: 'regression (round 32): a pub/sub channel that hands messages only to live subscribers keeps no backlog', design: 'requirements { peak_rps: 1000 }\nclient U\nservice Ws { replicas: 4 }\nqueue PubSub { engine: redis, delivery: at_most_once }\nU -> Ws : wss\nWs -> PubSub : writes\nPubSub -> Ws { routing: subscribers }' },
        { name: 'regression: the consumers autoscale on the queue\'s depth, the design\'s answer to a burst', design: `${PEAK}client U\nservice Checkout { replicas: 2 }\nworker Fulfil { replicas: 10, autoscale: { min: 10, metric: queue_depth } }\nU -> Checkout\nCheckout -> Orders : amqp, writes\nOrders -> Fulfil\nqueue Orders { engine: rabbitmq }` },
        { name: 'a stated depth bounds the queue', design: `${PEAK}${SHOP}queue Orders { engine: rabbitmq, max_depth: 50k }` },
        { name: 'producers are refused when it is full', design: `${PEAK}${SHOP}queue Orders { engine: rabbitmq, back_pressure: reject }` },
        { name: 'a managed queue service keeps the backlog off the producers', design: `${PEAK}${SHOP}queue Orders { engine: sqs }` },
        { name: 'an engine ArchLens does not know may bound itself', design: `${PEAK}${SHOP}queue Orders { engine: acme_bus }` },
        { name: 'a log-based broker expires its backlog by retention', design: `${PEAK}${SHOP}queue Orders { engine: kafka }` },
        { name: 'a stated retention bounds the backlog by time', design: `${PEAK}${SHOP}queue Orders { engine: rabbitmq, retention: 1d }` },
        { name: 'a design that states no load has not taken up the question', design: `${SHOP}queue Orders { engine: rabbitmq }` },
        { name: 'consumers that keep up by the stated figures', design: `client U\nservice Checkout\nworker Fulfil { capacity_rps: 100, replicas: 3 }\nqueue Orders { engine: rabbitmq }\nU -> Checkout\nCheckout -> Orders { rps: 250 }\nOrders -> Fulfil` },
        { name: 'fed off the request path (a nightly job)', design: `${PEAK}client U\nservice Api\nU -> Api\nworker Nightly\nworker Loader\nqueue Batches { engine: activemq }\nNightly -> Batches\nBatches -> Loader` },
        { name: 'a queue nobody consumes is another rule\'s concern', design: `${PEAK}client U\nservice Checkout\nqueue Orders { engine: rabbitmq }\nU -> Checkout -> Orders` }
    ],
    invalid: [
        {
            name: 'a subscribers channel that delivers at least once keeps what it has not delivered',
            design: 'requirements { peak_rps: 1000 }\nclient U\nservice Ws { replicas: 4 }\nqueue PubSub { engine: redis, delivery: at_least_once }\nU -> Ws : wss\nWs -> PubSub : writes\nPubSub -> Ws { routing: subscribers }',
            findings: [{ element: 'PubSub', severity: 'info', message: 'Queue PubSub takes messages from service Ws on the request path, under a stated load of 1k requests/s, and states no max_depth or back_pressure: if its consumers fall behind a burst, does the backlog grow without bound, and with it every message\'s wait and the broker\'s memory? Assumed: they can fall behind; their capacity_rps, or max_depth and back_pressure on the queue, would settle it.' }]
        },
        {
            name: 'producers outpace the stated drain',
            design: 'client U\nservice Api { replicas: 2 }\nqueue Jobs { engine: rabbitmq }\nworker Mailer { capacity_rps: 50, autoscale: { min: 1, max: 4 } }\nU -> Api\nApi -> Jobs { rps: 400 }\nJobs -> Mailer',
            findings: [{
                element: 'Jobs',
                severity: 'warning',
                messageId: 'overloaded',
                message: 'Queue Jobs receives 400 messages/s but its consumers drain at most 200/s (Mailer: 4 × 50/s), and it states no max_depth or back_pressure: the backlog grows by 200 messages every second, and with it every message\'s wait and the broker\'s memory, until it stalls or drops messages.'
            }]
        },
        {
            name: 'a stated overload is reported even off the request path and on a managed queue',
            design: 'worker Importer\nqueue Rows { engine: sqs }\nworker Writer { capacity_rps: 100 }\nImporter -> Rows { rps: 1000 }\nRows -> Writer',
            findings: [{ element: 'Rows', severity: 'warning', message: 'Queue Rows receives 1k messages/s but its consumers drain at most 100/s (Writer: 1 × 100/s), and it states no max_depth or back_pressure: the backlog grows by 900 messages every second, and with it every message\'s wait and the broker\'s memory, until it stalls or drops messages.' }]
        },
        { name: 'a self-run broker fed from the request path under a stated peak: a question', design: `${PEAK}${SHOP}queue Orders { engine: rabbitmq }`, findings: [{ element: 'Orders', severity: 'info', messageId: 'unbounded', message: question('states no max_depth or back_pressure') }] },
        { name: 'consumers that autoscale on CPU can still fall behind: asked', design: `${PEAK}client U\nservice Checkout { replicas: 2 }\nworker Fulfil { autoscale: { min: 2, metric: cpu } }\nU -> Checkout\nCheckout -> Orders : amqp, writes\nOrders -> Fulfil\nqueue Orders { engine: rabbitmq }`, findings: [{ element: 'Orders', severity: 'info', message: question('states no max_depth or back_pressure') }] },
        { name: 'back_pressure: none says it is unbounded', design: `${PEAK}${SHOP}queue Orders { engine: kafka, back_pressure: none }`, findings: [{ element: 'Orders', severity: 'info', message: question('states back_pressure: none') }] },
        { name: 'no engine chosen yet', design: `${PEAK}${SHOP}queue Orders`, findings: [{ element: 'Orders', severity: 'info', message: question('states no max_depth or back_pressure') }] },
        {
            name: 'a consumer that pulls (reads) counts as a consumer; the producer\'s stated rate is the load',
            design: 'client U\nservice Checkout\nworker Fulfil\nqueue Orders { engine: rabbitmq }\nU -> Checkout\nCheckout -> Orders { rps: 300 }\nFulfil -> Orders : reads',
            findings: [{ element: 'Orders', severity: 'info', message: question('states no max_depth or back_pressure', '300') }]
        }
    ]
});
