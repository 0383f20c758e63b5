import { testRule } from '../../../../test/helpers/rule-tester.js';
import rule from './retry-without-idempotency.js';

const WEB = 'client U\nservice Web { replicas: 2 }\nU -> Web\n';

testRule(rule, {
    valid: [
        { name: 'an idempotent target', design: `${WEB}service Orders { idempotent: true }\nWeb -> Orders { retries: 3 }` },
        { name: 'a call that only reads', design: `${WEB}service Catalog\nWeb -> Catalog { retries: 3, access: reads }` },
        { name: 'retries switched off on the connection', design: `${WEB.replace('replicas: 2', 'replicas: 2, retries: 3')}service Orders\nWeb -> Orders { retries: 0 }` },
        { name: 'no retries', design: `${WEB}service Orders\nWeb -> Orders` },
        { name: 'a call that is idempotent itself (a replace-style update)', design: `${WEB}service Carts\nWeb -> Carts { retries: 3, idempotent: true }` },
        { name: 'an idempotent third party', design: `${WEB}external Pay { idempotent: true }\nWeb -> Pay { retries: 3 }` },
        { name: 'a store cannot declare idempotency', design: `${WEB}database Db\nWeb -> Db { retries: 3, access: writes }` },
        { name: 'an idempotent service behind a load balancer', design: `${WEB}loadbalancer Lb { engine: nlb }\nservice Orders { replicas: 2, idempotent: true }\nWeb -> Lb { retries: 3 }\nLb -> Orders` },
        // Round 24: a coffee-ordering workflow's retried calls to a menu check and an HTML renderer were read as repeated writes.
        { name: 'regression: a function that writes nowhere changes nothing when run twice', design: `${WEB}function Render\nservice Check { stateless: true }\ndatabase Menu\ndatabase Orders\nWeb -> Render { retries: 3 }\nWeb -> Check { retries: 3 }\nCheck -> Menu : reads\nWeb -> Orders : writes` },
        { name: 'a load balancer that only reads from the service behind it', design: `${WEB}loadbalancer Lb { engine: nlb }\nservice Orders { replicas: 2 }\nWeb -> Lb { retries: 3 }\nLb -> Orders : reads` }
    ],
    invalid: [
        {
            name: 'retries on the connection',
            design: `${WEB}service Orders\nWeb -> Orders { retries: 3 }`,
            findings: [{ element: 'Web->Orders', severity: 'warning', messageId: 'notIdempotent', message: 'Web->Orders retries up to 3 times a call that may write to service Orders, which is not declared idempotent: a retry after a timeout can apply the same write twice (a duplicate order, a double charge).' }]
        },
        {
            name: 'a function that writes a store is judged',
            design: `${WEB}function Charge\ndatabase Payments\nWeb -> Charge { retries: 3 }\nCharge -> Payments : writes`,
            findings: [{ element: 'Web->Charge', severity: 'warning', messageId: 'notIdempotent', message: 'Web->Charge retries up to 3 times a call that may write to function Charge, which is not declared idempotent: a retry after a timeout can apply the same write twice (a duplicate order, a double charge).' }]
        },
        {
            name: 'a function stated not idempotent keeps the error though it draws no write',
            design: `${WEB}function Mailer { idempotent: false }\nWeb -> Mailer { retries: 3 }`,
            findings: [{ element: 'Web->Mailer', severity: 'error', messageId: 'statedNotIdempotent', message: 'Web->Mailer retries up to 3 times a call that may write to function Mailer, and Mailer says idempotent: false: a retry after a timeout applies the same write twice (a duplicate order, a double charge).' }]
        },
        {
            name: 'the caller\'s default retries',
            design: 'client U\nservice Web { replicas: 2, retries: 2 }\nservice Orders\nU -> Web\nWeb -> Orders : grpcs, writes',
            findings: [{ element: 'Web->Orders', message: 'Web->Orders retries up to 2 times a call that may write to service Orders, which is not declared idempotent: a retry after a timeout can apply the same write twice (a duplicate order, a double charge).' }]
        },
        {
            name: 'a target stated not idempotent is the error',
            design: 'client U\nservice Web { replicas: 2, retries: 2 }\nservice Orders { idempotent: false }\nU -> Web\nWeb -> Orders : grpcs, writes',
            findings: [{ element: 'Web->Orders', severity: 'error', messageId: 'statedNotIdempotent', message: 'Web->Orders retries up to 2 times a call that may write to service Orders, and Orders says idempotent: false: a retry after a timeout applies the same write twice (a duplicate order, a double charge).' }]
        },
        {
            name: 'a call stated not idempotent to a third party',
            design: `${WEB}external Pay\nWeb -> Pay : https { retries: 2, idempotent: false }`,
            findings: [{ element: 'Web->Pay', severity: 'error', message: 'Web->Pay retries up to 2 times a call that may write to external Pay, and the call says idempotent: false: a retry after a timeout applies the same write twice (a duplicate order, a double charge).' }]
        },
        {
            name: 'one retry default reaching several targets: one finding for the policy',
            design: 'client U\nservice Web { replicas: 2, retries: 3 }\nservice Orders\nservice Carts\nservice Catalog { idempotent: true }\nU -> Web\nWeb -> Orders\nWeb -> Carts\nWeb -> Catalog',
            findings: [{ messageId: 'retryPolicy', message: '2 calls retry writes to targets not declared idempotent (Web->Orders and Web->Carts): a retry after a timeout can apply the same write twice (a duplicate order, a double charge). Do service Orders and service Carts make a repeated request harmless?' }]
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
        },
        {
            name: 'two retried calls to one target',
            design: 'client U\nservice Web { replicas: 2, retries: 3 }\nworker Sync { retries: 3 }\nservice Orders\nU -> Web -> Orders\nSync -> Orders',
            findings: [{ messageId: 'retryPolicy', message: '2 calls retry writes to targets not declared idempotent (Web->Orders and Sync->Orders): a retry after a timeout can apply the same write twice (a duplicate order, a double charge). Does service Orders make a repeated request harmless?' }]
        }
    ]
});
