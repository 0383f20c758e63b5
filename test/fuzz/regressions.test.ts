/**
 * Inputs the fuzzer found breaking a feature, kept as they were shrunk:
 * each must now go through every feature (exercise.ts) with no problem.
 * Untimed: `npm run fuzz` holds features to its hang limit, `npm run bench`
 * measures speed; a real hang still ends at the suite's time-out.
 */
import { expect } from 'chai';
import { exercise } from './exercise.js';

const FOUND: readonly { readonly what: string; readonly text: string }[] = [
    { what: 'semantic tokens of an inline connection with no target (`-> ` then a line break)', text: 'architecture Shop {\n  service Api { replicas: 2 }\nengine http { -> \n}\n' },
    { what: 'completion at the end of a 1 MB line that is not a design', text: '\u00e9'.repeat(1_000_000) },
    { what: 'formatting a block comment over two lines (it moves as a whole)', text: 'architecture Shop {\n  service Api { replicas: 2 }\n/* Api\n/* c */ \n}\n' }
];

describe('fuzzing: inputs found before', function () {
    this.timeout(60_000);

    for (const { what, text } of FOUND) {
        it(what, async () => {
            const { problems } = await exercise({ 'found.arch': text }, { offsets: [text.length, Math.floor(text.length / 2)] });
            expect(problems).to.deep.equal([]);
        });
    }
});
