import { testRule } from '../../../../test/helpers/rule-tester.js';
import rule from './retry-without-idempotency.js';

const WEB = 'client U\nservice Web { replicas: 2 }\nU -> Web\n';

testRule(rule, {
    valid: [
        { name: 'an idempotent target', design: `${WEB}service Orders { idempotent: true }\nWeb -> Orders { retries: 3 }` },
        { name: 'a call that only reads', design: `${WEB}service Catalog\nWeb -> Catalog { retries: 3, access: reads }` },
        { name: 'retries switched off on the connection', design: `${WEB.replace('replicas: 2', 'replicas: 2, retries: 3')}service Orders\nWeb -> Orders { retries: 0 }` },
        { name: 'no retries', design: `${WEB}service Orders\nWeb -> Orders` },
        { name: 'a store cannot declare idempotency', design: `${WEB}database Db\nWeb -> Db { retries: 3, access: writes }` },
        { name: 'an idempotent service behind a load balancer', design: `${WEB}loadbalancer Lb { engine: nlb }\nservice Orders { replicas: 2, idempotent: true }\nWeb -> Lb { retries: 3 }\nLb -> Orders` },
        { name: 'a load balancer that only reads from the service behind it', design: `${WEB}loadbalancer Lb { engine: nlb }\nservice Orders { replicas: 2 }\nWeb -> Lb { retries: 3 }\nLb -> Orders : reads` }
    ],
    invalid: [
        {
            name: 'retries on the connection',
            design: `${WEB}service Orders\nWeb -> Orders { retries: 3 }`,
            findings: [{ element: 'Web->Orders', severity: 'warning', messageId: 'notIdempotent', message: 'Web->Orders retries up to 3 times a call that may write to service Orders, which is not declared idempotent: a retry after a timeout can apply the same write twice (a duplicate order, a double charge).' }]
        },
        {
            name: 'the caller\'s default retries',
            design: 'client U\nservice Web { replicas: 2, retries: 2 }\nservice Orders { idempotent: false }\nU -> Web\nWeb -> Orders : grpcs, writes',
            findings: [{ element: 'Web->Orders', message: 'Web->Orders retries up to 2 times a call that may write to service Orders, which is not declared idempotent: a retry after a timeout can apply the same write twice (a duplicate order, a double charge).' }]
        },
        {
            name: 'through a load balancer to the service behind it',
            design: `${WEB}loadbalancer Lb { engine: nlb }\nservice Orders { replicas: 2 }\nWeb -> Lb { retries: 3 }\nLb -> Orders`,
            findings: [{ element: 'Web->Lb', message: 'Web->Lb retries up to 3 times a call that may write to service Orders (behind loadbalancer Lb), which is not declared idempotent: a retry after a timeout can apply the same write twice (a duplicate order, a double charge).' }]
        },
        {
            name: 'a load balancer\'s own retries',
            design: 'client U\nloadbalancer Lb { engine: envoy, replicas: 2, retries: 2 }\nfunction Checkout { engine: lambda }\nU -> Lb -> Checkout',
            findings: [{ element: 'Lb->Checkout', message: 'Lb->Checkout retries up to 2 times a call that may write to function Checkout, which is not declared idempotent: a retry after a timeout can apply the same write twice (a duplicate order, a double charge).' }]
        }
    ]
});
