/**
 * The fuzzing properties, shared by the test suite (fixed seed, few runs)
 * and `npm run fuzz` (random seed, many runs): whatever the input, every
 * feature answers without throwing and the checks of exercise.ts hold.
 * `npm run fuzz` also holds each feature to a time limit; the test suite
 * does not (tests are never timed: `npm run bench` measures speed).
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
    readonly property: (scale: Scale, options?: PropertyOptions) => fc.IAsyncPropertyWithHooks<[Record<string, string>, number[]]>;
}

/** Told each input before it runs: `npm run fuzz` keeps the last one, to show it if the run hangs. */
export type InputListener = (files: Readonly<Record<string, string>>) => void;

export interface PropertyOptions {
    readonly onInput?: InputListener;
    /** A feature taking longer than this on one input breaks the property (`npm run fuzz` only). */
    readonly hangLimitMs?: number;
}

type Files = Record<string, string>;

const offsets = fc.array(fc.nat(), { minLength: 1, maxLength: 4 });

function everyFeature(files: fc.Arbitrary<Files>, { onInput, hangLimitMs }: PropertyOptions = {}): fc.IAsyncPropertyWithHooks<[Files, number[]]> {
    return fc.asyncProperty(files, offsets, async (input, at) => {
        onInput?.(input);
        const { problems, slowest } = await exercise(input, { offsets: at });
        if (problems.length > 0) {
            throw new Error(problems.join('\n'));
        }
        if (hangLimitMs !== undefined && slowest.ms > hangLimitMs) {
            throw new Error(`${slowest.step} took ${Math.round(slowest.ms)} ms (limit ${hangLimitMs} ms): a hang or a super-linear step`);
        }
    });
}

const oneFile = (text: string): Files => ({ 'fuzz.arch': text });

export const FUZZ_PROPERTIES: readonly FuzzProperty[] = [
    { name: 'mutated samples', property: (scale, options) => everyFeature(mutatedSample(scale).map((mutated) => oneFile(applyEdits(mutated))), options) },
    { name: 'token soups', property: (scale, options) => everyFeature(tokenSoup(scale).map(oneFile), options) },
    { name: 'token soups inside a design', property: (scale, options) => everyFeature(soupInDesign(scale).map(oneFile), options) },
    { name: 'random designs', property: (_scale, options) => everyFeature(randomDesign, options) },
    { name: 'random code points', property: (scale, options) => everyFeature(fc.string({ unit: 'binary', maxLength: Math.min(scale.longest, 5_000) }).map(oneFile), options) }
];
