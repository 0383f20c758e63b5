/**
 * The product contract's example designs and their expected findings, read
 * from the repository's copies (samples/spec and test/fixtures/spec; see
 * scripts/spec/spec-copies.ts), so that the tests need nothing beside the clone.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ROOT, SPEC_DESIGNS, SPEC_EXPECTATIONS } from '../../scripts/spec/spec-copies.js';

/** The example designs (`*.arch`). */
export const SPEC_EXAMPLES = path.join(ROOT, SPEC_DESIGNS);
/** The findings each example must and must not get (`*.expect.json`). */
export const SPEC_EXPECTATIONS_FOLDER = path.join(ROOT, SPEC_EXPECTATIONS);

function folderFor(file: string): string {
    return file.endsWith('.expect.json') ? SPEC_EXPECTATIONS_FOLDER : SPEC_EXAMPLES;
}

/** The example files with a given ending (`.arch`, `.expect.json`), sorted. */
export function specExampleFiles(ending = '.arch'): string[] {
    return fs.readdirSync(folderFor(ending)).filter((file) => file.endsWith(ending)).sort();
}

export function specExamplePath(file: string): string {
    return path.join(folderFor(file), file);
}

export function readSpecExample(file: string): string {
    return fs.readFileSync(specExamplePath(file), 'utf8');
}
