/**
 * Property-based tests over everything a user can reach (see exercise.ts):
 * a fixed seed and a few runs per property, so the suite stays fast and
 * repeatable, and no time limit (tests are never timed). `npm run fuzz`
 * runs the same properties at length, with its hang limit.
 */
import fc from 'fast-check';
import { TEST_SCALE } from './arbitraries/awkward-text.js';
import { FUZZ_PROPERTIES } from './properties.js';

const SEED = 20_240_608;
const RUNS = 25;

describe('fuzzing: no input breaks a feature', function () {
    this.timeout(120_000);

    for (const { name, property } of FUZZ_PROPERTIES) {
        it(name, async () => {
            await fc.assert(property(TEST_SCALE), { seed: SEED, numRuns: RUNS });
        });
    }
});
