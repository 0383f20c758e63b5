import { testRule } from '../../../../test/helpers/rule-tester.js';
import rule from './no-timeout.js';

const WEB = 'client U\nservice Web { replicas: 2 }\nU -> Web\n';

testRule(rule, {
    valid: [
        { name: 'a timeout on the connection', design: `${WEB}service Orders\nWeb -> Orders { timeout: 2s }` },
        { name: 'the caller\'s default timeout', design: 'client U\nservice Web { timeout: 1s }\nservice Orders\nU -> Web -> Orders' },
        { name: 'a circuit breaker on the connection', design: `${WEB}service Orders\nWeb -> Orders { circuit_breaker: true }` },
        { name: 'the caller\'s circuit breaker', design: 'client U\nservice Web { circuit_breaker: true }\nexternal Pay\nU -> Web -> Pay' },
        { name: 'a call to a store', design: `${WEB}database Db\nWeb -> Db : sql` },
        { name: 'an asynchronous call', design: `${WEB}service Mailer\nWeb -> Mailer : async` },
        { name: 'a gateway is not a caller', design: 'client U\ngateway Edge { engine: kong }\nservice Orders\nU -> Edge -> Orders' }
    ],
    invalid: [
        {
            name: 'service to service',
            design: `${WEB}service Orders\nWeb -> Orders : grpcs`,
            findings: [{ element: 'Web->Orders', severity: 'info', messageId: 'noTimeout', message: 'Web->Orders has no timeout and no circuit breaker: when Orders hangs, Web waits on it with every request in flight, until Web stops answering too.' }]
        },
        {
            name: 'a third party',
            design: `${WEB}external Pay\nWeb -> Pay : https`,
            findings: [{ element: 'Web->Pay', message: 'Web->Pay has no timeout and no circuit breaker: when Pay hangs, Web waits on it with every request in flight, until Web stops answering too.' }]
        },
        {
            name: 'a load balancer in front of services, and a worker calling a function',
            design: `${WEB}loadbalancer Internal { engine: nlb }\nservice Orders { replicas: 2 }\nqueue Jobs { engine: sqs }\nworker Billing\nfunction Invoice { engine: lambda }\nWeb -> Internal -> Orders\nWeb -> Jobs\nJobs -> Billing -> Invoice`,
            findings: [{ element: 'Web->Internal', message: 'Web->Internal has no timeout and no circuit breaker: when Internal hangs, Web waits on it with every request in flight, until Web stops answering too.' }, { element: 'Billing->Invoice', message: 'Billing->Invoice has no timeout and no circuit breaker: when Invoice hangs, Billing waits on it with every request in flight, until Billing stops answering too.' }]
        },
        {
            name: 'timeout: 0 waits forever',
            design: `${WEB}service Orders\nWeb -> Orders { timeout: 0 }`,
            findings: [{ element: 'Web->Orders', message: 'Web->Orders has no timeout and no circuit breaker: when Orders hangs, Web waits on it with every request in flight, until Web stops answering too.' }]
        }
    ]
});
