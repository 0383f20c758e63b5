/**
 * The fuzzing properties, shared by the test suite (fixed seed, few runs)
 * and `npm run fuzz` (random seed, many runs): whatever the input, every
 * feature answers without throwing, within the time limit, and the checks
 * of exercise.ts hold.
 */
import fc from 'fast-check';
import { applyEdits, mutatedSample } from './arbitraries/mutated-samples.js';
import { randomDesign } from './arbitraries/random-design.js';
import { soupInDesign, tokenSoup } from './arbitraries/token-soup.js';
import type { Scale } from './arbitraries/awkward-text.js';
import { exercise } from './exercise.js';

/** One feature taking longer than this on one input is a hang (targets.md: "> 2 s for one input"). */
export const HANG_LIMIT_MS = 2_000;

export interface FuzzProperty {
    readonly name: string;
    readonly property: (scale: Scale, onInput?: InputListener) => fc.IAsyncPropertyWithHooks<[Record<string, string>, number[]]>;
}

/** Told each input before it runs: `npm run fuzz` keeps the last one, to show it if the run hangs. */
export type InputListener = (files: Readonly<Record<string, string>>) => void;

type Files = Record<string, string>;

const offsets = fc.array(fc.nat(), { minLength: 1, maxLength: 4 });

function everyFeature(files: fc.Arbitrary<Files>, onInput: InputListener | undefined): fc.IAsyncPropertyWithHooks<[Files, number[]]> {
    return fc.asyncProperty(files, offsets, async (input, at) => {
        onInput?.(input);
        const { problems, slowest } = await exercise(input, { offsets: at });
        if (problems.length > 0) {
            throw new Error(problems.join('\n'));
        }
        if (slowest.ms > HANG_LIMIT_MS) {
            throw new Error(`${slowest.step} took ${Math.round(slowest.ms)} ms (limit ${HANG_LIMIT_MS} ms): a hang or a super-linear step`);
        }
    });
}

const oneFile = (text: string): Files => ({ 'fuzz.arch': text });

export const FUZZ_PROPERTIES: readonly FuzzProperty[] = [
    { name: 'mutated samples', property: (scale, onInput) => everyFeature(mutatedSample(scale).map((mutated) => oneFile(applyEdits(mutated))), onInput) },
    { name: 'token soups', property: (scale, onInput) => everyFeature(tokenSoup(scale).map(oneFile), onInput) },
    { name: 'token soups inside a design', property: (scale, onInput) => everyFeature(soupInDesign(scale).map(oneFile), onInput) },
    { name: 'random designs', property: (_scale, onInput) => everyFeature(randomDesign, onInput) },
    { name: 'random code points', property: (scale, onInput) => everyFeature(fc.string({ unit: 'binary', maxLength: Math.min(scale.longest, 5_000) }).map(oneFile), onInput) }
];
