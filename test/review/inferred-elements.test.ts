/** A finding placed on an element an import inferred rests on that inference: at most info, with the inference as its assumption. */
import { expect } from 'chai';
import unencryptedTransport from '../../src/review/rules/sec/unencrypted-transport.js';
import { runRule } from '../helpers/rule-tester.js';

describe('findings on inferred elements', () => {
    it('lowers a finding on an inferred connection to info and names the inference as its assumption', async () => {
        const stated = await runRule(unencryptedTransport, 'client U\nservice A\nU -> A : http');
        expect(stated.map((finding) => finding.severity)).to.deep.equal(['warning']);
        const inferred = await runRule(unencryptedTransport, 'client U\nservice A\nU -> A : http { inferred: "a published port: taken as where users come in" }');
        expect(inferred.map((finding) => [finding.severity, finding.basis])).to.deep.equal([['info', 'assumed']]);
        expect(inferred[0].assumptions).to.deep.equal([{ element: 'U->A', text: 'inferred by an import: a published port: taken as where users come in', settle: 'inferred' }]);
    });
});
