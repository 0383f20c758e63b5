import { testRule } from '../../../../test/helpers/rule-tester.js';
import rule from './engine-kind-mismatch.js';

const API = 'service Api { replicas: 2 }\n';

testRule(rule, {
    valid: [
        { name: 'regression: nginx as the web server of a service serving static files', design: 'client U\nservice Images { engine: nginx }\nU -> Images : https' },
        { name: 'engines on their own kinds', design: `${API}database Db { engine: postgres }\ncache C { engine: memcached }\nqueue Q { engine: kafka }\nstorage S { engine: s3 }\nApi -> Db\nApi -> C\nApi -> Q\nApi -> S` },
        { name: 'engines that serve several kinds', design: `${API}database Kv { engine: redis }\nsearch Find { engine: elasticsearch }\nlogging Logs { engine: kafka }\nApi -> Kv\nApi -> Find` },
        { name: 'a worker or a service on Lambda', design: 'queue Jobs { engine: sqs }\nworker Resize { engine: lambda }\nservice Api { engine: lambda }\nApi -> Jobs\nJobs -> Resize' },
        { name: 'a gateway on a load balancer engine', design: `client U\ngateway Edge { engine: alb }\n${API}U -> Edge -> Api` },
        { name: 'an unknown engine is data/unknown-engine\'s concern', design: `${API}queue Q { engine: homegrown_mq }\nApi -> Q` },
        { name: 'no engine', design: `${API}database Db\nApi -> Db` },
        { name: 'regression: Redis as a lock store, a widely used choice (it was read as a modelling error)', design: `${API}coordinator Locks { engine: redis }\nApi -> Locks : lock` }
    ],
    invalid: [
        {
            name: 'a queue on PostgreSQL',
            design: `${API}queue Jobs { engine: postgres }\nApi -> Jobs`,
            findings: [{
                element: 'Jobs',
                messageId: 'mismatch',
                severity: 'warning',
                message: 'queue Jobs uses engine postgres, which serves as a database, not as a queue: either the kind or the engine is wrong, and the review judges it with facts that do not fit.'
            }]
        },
        {
            name: 'a database on Memcached',
            design: `${API}database Sessions { engine: memcached }\nApi -> Sessions`,
            findings: [{ element: 'Sessions', message: 'database Sessions uses engine memcached, which serves as a cache, not as a database: either the kind or the engine is wrong, and the review judges it with facts that do not fit.' }]
        },
        {
            name: 'logs in Prometheus',
            design: `${API}logging Logs { engine: prometheus }\nApi -> Logs`,
            findings: [{ element: 'Logs', message: 'logging Logs uses engine prometheus, which serves as monitoring, not as logging: either the kind or the engine is wrong, and the review judges it with facts that do not fit.' }]
        },
        {
            name: 'a service on HAProxy',
            design: `${API}service Web { engine: haproxy }\nApi -> Web`,
            findings: [{ element: 'Web', message: 'service Web uses engine haproxy, which serves as a load balancer or a gateway, not as a service: either the kind or the engine is wrong, and the review judges it with facts that do not fit.' }]
        }
    ]
});
