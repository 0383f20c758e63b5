/** Text that trips lexers and text handling: awkward characters, random code points, very long names and numbers. */
import fc from 'fast-check';
import { AWKWARD_CHARACTERS, AWKWARD_NUMBERS } from './vocabulary.js';

/** How large generated pieces may get: small in `npm test`, up to megabytes in `npm run fuzz`. */
export interface Scale {
    readonly longest: number;
}

export const TEST_SCALE: Scale = { longest: 2_000 };

export function awkwardText(scale: Scale): fc.Arbitrary<string> {
    return fc.oneof(
        { weight: 4, arbitrary: fc.constantFrom(...AWKWARD_CHARACTERS) },
        { weight: 3, arbitrary: fc.constantFrom(...AWKWARD_NUMBERS) },
        { weight: 3, arbitrary: fc.string({ unit: 'binary', maxLength: 12 }) },
        { weight: 1, arbitrary: longRun(scale) }
    );
}

/** One character repeated: a long name, number, string or comment. */
export function longRun(scale: Scale): fc.Arbitrary<string> {
    return fc.tuple(fc.constantFrom('a', '9', 'x_', '"', '/', '{', '[', ' ', '\n', 'é', '\ud83d\ude00'), fc.integer({ min: 1, max: scale.longest }))
        .map(([unit, times]) => unit.repeat(Math.max(1, Math.floor(times / unit.length))));
}
