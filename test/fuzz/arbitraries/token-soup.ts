/** Random sequences of the language's own words and punctuation, with awkward text mixed in. */
import fc from 'fast-check';
import { awkwardText, type Scale } from './awkward-text.js';
import { COMPONENT_KINDS, ENGINES, KEYWORDS, PROPERTY_WORDS, PUNCTUATION, SHORTHANDS } from './vocabulary.js';

const NAMES = ['Api', 'Db', 'Shop', 'A', 'B', 'Shop.Api', '_', 'archlens'];

function piece(scale: Scale): fc.Arbitrary<string> {
    return fc.oneof(
        { weight: 6, arbitrary: fc.constantFrom(...PUNCTUATION) },
        { weight: 3, arbitrary: fc.constantFrom(...KEYWORDS) },
        { weight: 3, arbitrary: fc.constantFrom(...COMPONENT_KINDS) },
        { weight: 4, arbitrary: fc.constantFrom(...PROPERTY_WORDS) },
        { weight: 2, arbitrary: fc.constantFrom(...SHORTHANDS) },
        { weight: 1, arbitrary: fc.constantFrom(...ENGINES) },
        { weight: 3, arbitrary: fc.constantFrom(...NAMES) },
        { weight: 1, arbitrary: fc.constantFrom('"a title"', '""', '"\\"', '// archlens-disable-next-line avail/single-point-of-failure -- why', '/* c */') },
        { weight: 1, arbitrary: awkwardText(scale) }
    );
}

const SEPARATOR = fc.constantFrom(' ', ' ', '\n', '', '\t', '\r\n');

export function tokenSoup(scale: Scale): fc.Arbitrary<string> {
    return fc.array(fc.tuple(piece(scale), SEPARATOR), { maxLength: 120 })
        .map((pairs) => pairs.map(([text, separator]) => text + separator).join(''));
}

/** A soup inside an architecture block, so that it reaches the member and property rules. */
export function soupInDesign(scale: Scale): fc.Arbitrary<string> {
    return tokenSoup(scale).map((soup) => `architecture Shop {\n  service Api { replicas: 2 }\n${soup}\n}\n`);
}
