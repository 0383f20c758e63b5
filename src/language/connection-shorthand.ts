/**
 * The words allowed after `:` on a connection (`A -> B : https, reads`), and
 * the properties each one sets.
 */
import { CONNECTION_PROTOCOLS, isConnectionProtocol } from '../model/design.js';
import type { PlainValue } from '../model/property-bag.js';
import { suggestKey } from '../properties/property-schema.js';

export const SHORTHAND_WORDS: readonly string[] = [...CONNECTION_PROTOCOLS, 'tls', 'sync', 'async', 'reads', 'writes', 'lock'];

export const SHORTHAND_DESCRIPTIONS: Readonly<Record<string, string>> = {
    tls: 'Sets `tls: true`: the connection is encrypted.',
    sync: 'Sets `mode: sync`: the caller waits for the answer.',
    async: 'Sets `mode: async`: fire and forget, off the request path.',
    reads: 'Sets `access: reads` (with `writes`: `read_write`).',
    writes: 'Sets `access: writes` (with `reads`: `read_write`).',
    lock: 'Sets `uses: lock`: the source takes distributed locks on the target.'
};

export type ShorthandResult =
    | { readonly ok: true; readonly values: Readonly<Record<string, PlainValue>> }
    | { readonly ok: false; readonly badIndex: number; readonly message: string };

/** The properties a shorthand sets, or the first word that is not in the vocabulary. */
export function expandShorthand(words: readonly string[]): ShorthandResult {
    const values: Record<string, PlainValue> = {};
    for (const [index, word] of words.entries()) {
        if (isConnectionProtocol(word)) {
            values.protocol = word;
        } else if (word === 'tls') {
            values.tls = true;
        } else if (word === 'sync' || word === 'async') {
            values.mode = word;
        } else if (word === 'reads' || word === 'writes') {
            values.access = values.access && values.access !== word ? 'read_write' : word;
        } else if (word === 'lock') {
            values.uses = 'lock';
        } else {
            const guess = suggestKey(word, SHORTHAND_WORDS);
            const hint = guess ? ` Did you mean '${guess}'?` : '';
            return { ok: false, badIndex: index, message: `Unknown connection word '${word}'.${hint} After ':' use: ${SHORTHAND_WORDS.join(', ')}.` };
        }
    }
    return { ok: true, values };
}
