/**
 * The product contract's example designs, read from `../shared/spec/examples`
 * beside the project (never copied into the tests).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

export const SPEC_EXAMPLES = path.resolve(import.meta.dirname, '../../../shared/spec/examples');

/** The example files with a given ending (`.arch`, `.expect.json`); none when the folder is missing. */
export function specExampleFiles(ending = '.arch'): string[] {
    return fs.existsSync(SPEC_EXAMPLES) ? fs.readdirSync(SPEC_EXAMPLES).filter((file) => file.endsWith(ending)).sort() : [];
}

export function readSpecExample(file: string): string {
    return fs.readFileSync(path.join(SPEC_EXAMPLES, file), 'utf8');
}
