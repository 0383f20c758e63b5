import { expect } from 'chai';
import { runRule, testRule } from '../../../../test/helpers/rule-tester.js';
import rule from './cross-store-transaction.js';

const TWO_POSTGRES = 'service Api { replicas: 2 }\ndatabase Orders { engine: postgres, replicas: 2 }\ndatabase Payments { engine: postgres, replicas: 2 }\nApi -> Orders\nApi -> Payments\n';
const WITH_LEDGER = 'service Api { replicas: 2 }\ndatabase Orders { engine: postgres, replicas: 2 }\ndatabase Ledger { engine: cassandra, replicas: 3 }\nApi -> Orders\nApi -> Ledger\n';

testRule(rule, {
    valid: [
        { name: 'two-phase commit', design: `${TWO_POSTGRES}transaction PlaceOrder { writes: [Orders, Payments], consistency: strong, protocol: two_phase_commit }` },
        { name: 'three-phase commit', design: `${TWO_POSTGRES}transaction PlaceOrder { writes: [Orders, Payments], consistency: strong, protocol: three_phase_commit }` },
        { name: 'a saga (another rule judges its claim)', design: `${TWO_POSTGRES}transaction PlaceOrder { writes: [Orders, Payments], consistency: strong, protocol: saga }` },
        { name: 'eventual consistency without a protocol', design: `${TWO_POSTGRES}transaction PlaceOrder { writes: [Orders, Payments], consistency: eventual }` },
        { name: 'no consistency anywhere', design: `${TWO_POSTGRES}transaction PlaceOrder { writes: [Orders, Payments] }` },
        { name: 'one store, named twice', design: `${TWO_POSTGRES}transaction Reserve { writes: [Orders, Orders], consistency: strong }` },
        { name: 'the transaction relaxes the product requirement', design: `requirements { consistency: strong }\n${TWO_POSTGRES}transaction PlaceOrder { writes: [Orders, Payments], consistency: eventual }` }
    ],
    invalid: [
        {
            name: 'the payments transaction: strong, no protocol',
            design: `${WITH_LEDGER}transaction PlaceOrder { writes: [Orders, Ledger], consistency: strong }`,
            findings: [{
                element: 'PlaceOrder',
                messageId: 'noProtocol',
                severity: 'error',
                message: 'transaction PlaceOrder writes database Orders and database Ledger and needs strong consistency (declared on the transaction), but it names no protocol: a crash between the writes leaves some of them committed and the others not.'
            }]
        },
        {
            name: 'protocol: none',
            design: `${TWO_POSTGRES}transaction PlaceOrder { writes: [Orders, Payments], consistency: strong, protocol: none }`,
            findings: [{ element: 'PlaceOrder', message: 'transaction PlaceOrder writes database Orders and database Payments and needs strong consistency (declared on the transaction), but its protocol is none: a crash between the writes leaves some of them committed and the others not.' }]
        },
        {
            name: 'strong by the product requirement',
            design: `requirements { consistency: strong }\n${TWO_POSTGRES}queue Events { engine: kafka }\nApi -> Events\ntransaction PlaceOrder { writes: [Orders, Payments, Events] }`,
            findings: [{ element: 'PlaceOrder', message: 'transaction PlaceOrder writes database Orders, database Payments and queue Events and needs strong consistency (from requirements.consistency), but it names no protocol: a crash between the writes leaves some of them committed and the others not.' }]
        }
    ]
});

describe('cap/cross-store-transaction quick fix', () => {
    it('proposes two-phase commit when every store can take part', async () => {
        const [finding] = await runRule(rule, `${TWO_POSTGRES}transaction PlaceOrder { writes: [Orders, Payments], consistency: strong }`);
        expect(finding.fix && 'properties' in finding.fix ? finding.fix.properties : []).to.deep.equal([{ key: 'protocol', value: 'two_phase_commit' }]);
    });

    it('proposes a saga when a store cannot take part in two-phase commit', async () => {
        const [finding] = await runRule(rule, `${WITH_LEDGER}transaction PlaceOrder { writes: [Orders, Ledger], consistency: strong }`);
        expect(finding.fix?.title).to.equal('Use a saga and accept eventual consistency (database Ledger cannot take part in two-phase commit)');
        expect(finding.fix && 'properties' in finding.fix ? finding.fix.properties : []).to.deep.equal([{ key: 'protocol', value: 'saga' }, { key: 'consistency', value: 'eventual' }]);
    });
});
