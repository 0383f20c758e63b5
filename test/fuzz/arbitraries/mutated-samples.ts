/**
 * The sample designs with random edits: tokens and lines deleted,
 * duplicated or swapped, the text cut short, awkward text inserted. Edits are
 * data (positions as fractions of the text), so fast-check shrinks them.
 */
import fc from 'fast-check';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { awkwardText, type Scale } from './awkward-text.js';

const SAMPLES = path.resolve(import.meta.dirname, '../../../samples');

export const SAMPLE_FILES: readonly string[] = fs.readdirSync(SAMPLES, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.arch'))
    .sort();

const sampleTexts = new Map<string, string>();

export function sampleText(file: string): string {
    let text = sampleTexts.get(file);
    if (text === undefined) {
        text = fs.readFileSync(path.join(SAMPLES, file), 'utf8');
        sampleTexts.set(file, text);
    }
    return text;
}

type Unit = 'token' | 'line';

export type Edit =
    | { readonly op: 'delete' | 'duplicate'; readonly unit: Unit; readonly at: number }
    | { readonly op: 'swap'; readonly unit: Unit; readonly at: number; readonly with: number }
    | { readonly op: 'truncate'; readonly at: number }
    | { readonly op: 'insert'; readonly at: number; readonly text: string };

export interface MutatedSample {
    readonly sample: string;
    readonly edits: readonly Edit[];
}

export function mutatedSample(scale: Scale): fc.Arbitrary<MutatedSample> {
    const at = fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true });
    const unit = fc.constantFrom<Unit>('token', 'line');
    const edit: fc.Arbitrary<Edit> = fc.oneof(
        fc.record({ op: fc.constantFrom('delete' as const, 'duplicate' as const), unit, at }),
        fc.record({ op: fc.constant('swap' as const), unit, at, with: at }),
        fc.record({ op: fc.constant('truncate' as const), at }),
        fc.record({ op: fc.constant('insert' as const), at, text: awkwardText(scale) })
    );
    return fc.record({ sample: fc.constantFrom(...SAMPLE_FILES), edits: fc.array(edit, { minLength: 1, maxLength: 8 }) });
}

export function applyEdits(mutated: MutatedSample): string {
    return mutated.edits.reduce(applyEdit, sampleText(mutated.sample));
}

/** Names, numbers, strings, comments, `->` and single characters; whitespace kept as pieces of its own. */
const PIECE = /"(?:\\.|[^"\\\r\n])*"|\/\/[^\n]*|\/\*[\s\S]*?\*\/|->|[A-Za-z_][A-Za-z0-9_]*|[0-9]+(?:\.[0-9]+)?(?:[A-Za-z]+|%)?|\s+|[\s\S]/gu;

function applyEdit(text: string, edit: Edit): string {
    switch (edit.op) {
        case 'truncate':
            return text.slice(0, Math.floor(edit.at * text.length));
        case 'insert': {
            const offset = Math.floor(edit.at * (text.length + 1));
            return text.slice(0, offset) + edit.text + text.slice(offset);
        }
        default:
            return edit.unit === 'line' ? editPieces(text.split('\n'), edit).join('\n') : editPieces(text.match(PIECE) ?? [], edit, true).join('');
    }
}

function editPieces(pieces: string[], edit: Extract<Edit, { unit: Unit }>, skipWhitespace = false): string[] {
    const candidates = pieces.map((piece, index) => ({ piece, index })).filter(({ piece }) => !skipWhitespace || piece.trim() !== '');
    if (candidates.length === 0) {
        return pieces;
    }
    const pick = (fraction: number) => candidates[Math.floor(fraction * candidates.length)].index;
    const result = [...pieces];
    const first = pick(edit.at);
    if (edit.op === 'delete') {
        result.splice(first, 1);
    } else if (edit.op === 'duplicate') {
        result.splice(first, 0, skipWhitespace ? `${result[first]} ` : result[first]);
    } else if (edit.op === 'swap') {
        const second = pick(edit.with);
        [result[first], result[second]] = [result[second], result[first]];
    }
    return result;
}
