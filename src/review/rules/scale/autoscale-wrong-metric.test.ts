import { testRule } from '../../../../test/helpers/rule-tester.js';
import rule from './autoscale-wrong-metric.js';

const FED = 'client U\nservice Api { replicas: 2 }\nqueue Jobs { engine: rabbitmq }\nU -> Api -> Jobs\n';

testRule(rule, {
    valid: [
        { name: 'a consumer that scales on the queue depth', design: `${FED}worker Thumbs { autoscale: { min: 1, max: 10, metric: queue_depth } }\nJobs -> Thumbs` },
        { name: 'a consumer that scales on CPU (it follows the work done)', design: `${FED}worker Thumbs { autoscale: { min: 1, max: 10, metric: cpu } }\nJobs -> Thumbs` },
        { name: 'no metric stated: not taken for a request metric', design: `${FED}worker Thumbs { autoscale: { min: 1, max: 10 } }\nJobs -> Thumbs` },
        { name: 'a fixed consumer (no autoscaler)', design: `${FED}worker Thumbs { replicas: 3 }\nJobs -> Thumbs` },
        { name: 'a service that takes requests as well as messages scales on them', design: `${FED}service Search { autoscale: { min: 2, max: 8, metric: rps } }\nJobs -> Search\nU -> Search : https` },
        { name: 'a front service on requests', design: 'client U\nservice Web { autoscale: { min: 2, max: 8, metric: rps } }\nU -> Web : https' },
        { name: 'a function is scaled per event by its platform', design: `${FED}function Resize { engine: lambda, autoscale: { max: 50, metric: rps } }\nJobs -> Resize` }
    ],
    invalid: [
        {
            name: 'a consumer left on the request-rate scaler',
            design: `${FED}worker Thumbs { autoscale: { min: 1, max: 10, metric: rps } }\nJobs -> Thumbs`,
            findings: [{ element: 'Thumbs', severity: 'warning', messageId: 'requestMetric', message: 'worker Thumbs takes its work only from queue Jobs but autoscales on rps: no request reaches it, so the metric stays flat and it never scales out as the queue backs up. Scale it on the queue depth.' }]
        },
        {
            name: 'a consumer that polls its queue, scaled on latency',
            design: `${FED}worker Poller { autoscale: { max: 4, metric: latency } }\nPoller -> Jobs : reads`,
            findings: [{ element: 'Poller', message: 'worker Poller takes its work only from queue Jobs but autoscales on latency: no request reaches it, so the metric stays flat and it never scales out as the queue backs up. Scale it on the queue depth.' }]
        },
        {
            name: 'the request scaler given to every service by a defaults block',
            design: `${FED}network Apps {\n  defaults { service { autoscale: { metric: rps } } }\n  service Billing\n}\nJobs -> Billing : amqp`,
            findings: [{ element: 'Billing', message: 'service Billing takes its work only from queue Jobs but autoscales on rps: no request reaches it, so the metric stays flat and it never scales out as the queue backs up. Scale it on the queue depth.' }]
        }
    ]
});
