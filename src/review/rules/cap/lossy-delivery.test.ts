import { testRule } from '../../../../test/helpers/rule-tester.js';
import rule from './lossy-delivery.js';

const SHOP = 'service Shop { replicas: 2 }\nworker Dispatch { replicas: 2 }\n';

testRule(rule, {
    valid: [
        { name: 'at-least-once delivery', design: `${SHOP}queue Orders { engine: rabbitmq }\nShop -> Orders\nOrders -> Dispatch` },
        { name: 'delivery unknown', design: `${SHOP}queue Orders\nShop -> Orders\nOrders -> Dispatch` },
        { name: 'nobody consumes it', design: `${SHOP}queue Orders { delivery: at_most_once }\nShop -> Orders` },
        { name: 'regression (round 31): an exporter scraping the broker\'s monitoring endpoint takes no messages', design: `${SHOP}queue Bus { engine: nats }\nworker Exporter\nShop -> Bus\nExporter -> Bus : http, reads "healthz, varz" { uses: telemetry }` }
    ],
    invalid: [
        {
            name: 'auto-acknowledged consumption',
            design: `${SHOP}queue Orders { engine: rabbitmq, delivery: at_most_once }\nShop -> Orders\nOrders -> Dispatch`,
            findings: [{
                element: 'Orders',
                messageId: 'lossy',
                severity: 'warning',
                message: 'queue Orders delivers at most once to Dispatch: a message is gone once delivered, so one whose handling fails (a crash, a redeploy, an error) is lost for good. If every message matters, acknowledge after handling (at-least-once delivery) and make the consumer idempotent.'
            }]
        }
    ]
});
