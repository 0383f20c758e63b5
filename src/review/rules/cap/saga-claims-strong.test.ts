import { testRule } from '../../../../test/helpers/rule-tester.js';
import rule from './saga-claims-strong.js';

const STORES = 'service Api { replicas: 2 }\ndatabase Orders { engine: postgres, replicas: 2 }\nqueue Events { engine: kafka }\nApi -> Orders\nApi -> Events\n';

testRule(rule, {
    valid: [
        { name: 'a saga that declares eventual', design: `${STORES}transaction PlaceOrder { writes: [Orders, Events], protocol: saga, consistency: eventual }` },
        { name: 'an outbox that declares nothing', design: `${STORES}transaction PlaceOrder { writes: [Orders, Events], protocol: outbox }` },
        { name: 'a saga under a strong product requirement claims nothing itself', design: `requirements { consistency: strong }\n${STORES}transaction PlaceOrder { writes: [Orders, Events], protocol: saga }` },
        { name: 'two-phase commit may be strong', design: `${STORES}transaction PlaceOrder { writes: [Orders, Events], protocol: two_phase_commit, consistency: strong }` }
    ],
    invalid: [
        {
            name: 'a saga that claims strong consistency',
            design: `${STORES}transaction PlaceOrder { writes: [Orders, Events], protocol: saga, consistency: strong }`,
            findings: [{
                element: 'PlaceOrder',
                messageId: 'claimsStrong',
                severity: 'warning',
                message: 'transaction PlaceOrder uses the saga protocol but declares strong consistency: between its steps other readers see some writes and not others, and a failure is undone by compensating writes, not rolled back.'
            }]
        },
        {
            name: 'an outbox that claims strong consistency',
            design: `${STORES}transaction Publish { writes: [Orders, Events], protocol: outbox, consistency: strong }`,
            findings: [{ element: 'Publish', message: 'transaction Publish uses the outbox protocol but declares strong consistency: between its steps other readers see some writes and not others, and the other stores receive the writes later, when the outbox is relayed, and a failed relay is retried, not rolled back.' }]
        }
    ]
});
