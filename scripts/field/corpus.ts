/**
 * The field corpus on disk: published designs transcribed into `.arch`
 * files, each with a reviewer's labels beside it (`<name>.labels.json`).
 * `test/field/designs/` is what rule tuning may look at; `test/field/held-out/`
 * is kept apart so that tuning can be checked on designs nobody tuned for.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '../..');
export const FIELD_DIR = path.join(ROOT, 'test', 'field');
export const LABELS_SCHEMA_FILE = path.join(FIELD_DIR, 'labels.schema.json');
export const RATCHET_FILE = path.join(FIELD_DIR, 'ratchet.json');

export type CorpusSet = 'designs' | 'held-out';

export const CORPUS_SETS: readonly CorpusSet[] = ['designs', 'held-out'];

export interface CorpusDesign {
    /** The file name without `.arch`, e.g. `eshop`. */
    readonly name: string;
    readonly set: CorpusSet;
    readonly archFile: string;
    readonly labelsFile: string;
}

/** The designs of the given sets, sorted by set then name. */
export function corpusDesigns(sets: readonly CorpusSet[]): CorpusDesign[] {
    return sets.flatMap((set) => designsIn(set));
}

function designsIn(set: CorpusSet): CorpusDesign[] {
    const folder = path.join(FIELD_DIR, set);
    if (!fs.existsSync(folder)) {
        return [];
    }
    return fs.readdirSync(folder)
        .filter((file) => file.endsWith('.arch'))
        .sort()
        .map((file) => {
            const name = file.slice(0, -'.arch'.length);
            return { name, set, archFile: path.join(folder, file), labelsFile: path.join(folder, `${name}.labels.json`) };
        });
}
