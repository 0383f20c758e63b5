import { expect } from 'chai';
import { CrashPolicy } from '../../src/extension/crash-policy.js';

describe('crash policy of the language client', () => {
    const minute = 60_000;

    it('restarts up to the limit within the window, then gives up', () => {
        const policy = new CrashPolicy({ maxCrashes: 3, windowMs: 3 * minute });
        expect([0, 1, 2].map((second) => policy.recordCrash(second * 1000).restart)).to.deep.equal([true, true, true]);
        expect(policy.recordCrash(3000)).to.deep.equal({ restart: false, crashesInWindow: 4 });
    });

    it('forgets crashes older than the window', () => {
        const policy = new CrashPolicy({ maxCrashes: 2, windowMs: minute });
        policy.recordCrash(0);
        policy.recordCrash(1000);
        expect(policy.recordCrash(minute + 2000)).to.deep.equal({ restart: true, crashesInWindow: 1 });
    });

    it('starts afresh after a restart the user asked for', () => {
        const policy = new CrashPolicy({ maxCrashes: 1, windowMs: minute });
        policy.recordCrash(0);
        expect(policy.recordCrash(1).restart).to.equal(false);
        policy.reset();
        expect(policy.recordCrash(2).restart).to.equal(true);
    });

    it('describes its window in words', () => {
        expect(new CrashPolicy({ maxCrashes: 5, windowMs: 3 * minute }).describeWindow()).to.equal('3 minutes');
        expect(new CrashPolicy({ maxCrashes: 5, windowMs: minute }).describeWindow()).to.equal('a minute');
    });
});
