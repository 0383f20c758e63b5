/**
 * The repository's copies of the product contract (scripts/spec/spec-copies.ts)
 * against ../shared/spec, byte for byte. Runs only where that folder sits
 * beside the project; a plain clone skips it and says so.
 */
import { expect } from 'chai';
import * as fs from 'node:fs';
import { SHARED_SPEC, specCopies, specDrift } from '../../scripts/spec/spec-copies.js';

const REFRESH = 'run `npm run sync-spec` to refresh the copies, then review `git diff`';

describe('the copies of the product contract', () => {
    before(function () {
        if (!fs.existsSync(SHARED_SPEC)) {
            console.log(`\n  skipping the contract drift check: ${SHARED_SPEC} does not exist (the tests read the repository's copies)`);
            this.skip();
        }
    });

    it('copy every example design and expectation, and the JSON example of cli.md', () => {
        const copies = specCopies().map((copy) => copy.copy);
        expect(copies.filter((copy) => copy.endsWith('.arch')).length).to.be.greaterThanOrEqual(3);
        expect(copies.filter((copy) => copy.endsWith('.expect.json')).length).to.be.greaterThanOrEqual(3);
    });

    it('equal ../shared/spec byte for byte, with no copy left over', () => {
        const drift = specDrift();
        expect(drift.differ, `copies that differ from the contract: ${REFRESH}`).to.deep.equal([]);
        expect(drift.stale, `copies whose source left the contract: ${REFRESH}`).to.deep.equal([]);
    });
});
