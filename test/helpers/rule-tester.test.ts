import { expect } from 'chai';
import singlePointOfFailure from '../../src/review/rules/avail/single-point-of-failure.js';
import { assertWellFormed, type InvalidCase, runRule } from './rule-tester.js';

const DESIGN = 'client U\nservice Api { replicas: 1 }\nU -> Api';
const REPORTED = 'Api: service Api runs a single instance: when it fails, every request through it fails.';

/** A case as an untyped test file may write it (mocha runs the tests without type checking). */
function untypedCase(findings: readonly object[]): InvalidCase {
    return { name: 'one service', design: DESIGN, findings } as unknown as InvalidCase;
}

describe('rule tester: an invalid case states every finding with its exact message', () => {
    it('fails a finding without a message, naming the rule, the case and the finding, and showing what the rule reports', async () => {
        const findings = await runRule(singlePointOfFailure, DESIGN);
        expect(() => assertWellFormed(singlePointOfFailure, untypedCase([{ element: 'Api' }]), findings)).to.throw(
            `avail/single-point-of-failure, invalid case 'one service': expected finding 1 (on Api) has no message: state the exact text, not a pattern. The rule reports:\n  ${REPORTED}`
        );
    });

    it('fails a message given as a pattern', async () => {
        const findings = await runRule(singlePointOfFailure, DESIGN);
        expect(() => assertWellFormed(singlePointOfFailure, untypedCase([{ element: 'Api', message: /single instance/ }]), findings)).to.throw('has no message');
    });

    it('fails a case that expects no finding', async () => {
        const findings = await runRule(singlePointOfFailure, DESIGN);
        expect(() => assertWellFormed(singlePointOfFailure, untypedCase([]), findings)).to.throw('expects no finding');
    });

    it('accepts a case whose findings all state their message', async () => {
        const findings = await runRule(singlePointOfFailure, DESIGN);
        expect(() => assertWellFormed(singlePointOfFailure, untypedCase([{ element: 'Api', message: REPORTED.slice('Api: '.length) }]), findings)).to.not.throw();
    });
});
