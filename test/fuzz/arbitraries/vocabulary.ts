/**
 * The language's own words, for inputs that get past the lexer: keywords,
 * kinds, property keys and allowed values (from the property schema),
 * shorthand words, engines and punctuation.
 */
import engines from '../../../src/engine-catalog/engines.json' with { type: 'json' };
import { SHORTHAND_WORDS } from '../../../src/language/connection-shorthand.js';
import { COMPONENT_KINDS, GROUP_KINDS, SETTINGS_KINDS } from '../../../src/model/design.js';
import { type BagId, propertySchema } from '../../../src/properties/property-schema.js';
import type { PropertySpec } from '../../../src/properties/property-spec.js';

const schema = propertySchema();

export { COMPONENT_KINDS, GROUP_KINDS, SETTINGS_KINDS };
export const KEYWORDS: readonly string[] = ['architecture', 'import', 'transaction', 'writes', 'true', 'false', ...GROUP_KINDS, ...SETTINGS_KINDS];
export const PUNCTUATION: readonly string[] = ['{', '}', '[', ']', ':', ',', '->', '.', '"', '/*', '*/', '//', '-', '>'];
export const SHORTHANDS: readonly string[] = SHORTHAND_WORDS;
export const ENGINES: readonly string[] = Object.keys(engines);
export const RULE_IDS: readonly string[] = ['avail/single-point-of-failure', 'sec/unencrypted-transport', 'cache/missing-cache', 'observe/no-monitoring', 'syntax', 'no/such-rule'];

export function keysOf(bag: BagId): ReadonlyMap<string, PropertySpec> {
    return schema.bag(bag)?.keys ?? new Map();
}

/** Every key and allowed value any bag names, nested blocks included. */
export const PROPERTY_WORDS: readonly string[] = (() => {
    const words = new Set<string>();
    const visit = (keys: ReadonlyMap<string, PropertySpec>): void => {
        for (const spec of keys.values()) {
            words.add(spec.key);
            spec.enum?.forEach((value) => words.add(value));
            visit(spec.children);
        }
    };
    const bags: BagId[] = [...COMPONENT_KINDS.map((kind): BagId => `kind.${kind}`), ...GROUP_KINDS.map((kind): BagId => `group.${kind}`), 'connection', 'transaction', ...SETTINGS_KINDS.map((kind): BagId => `settings.${kind}`)];
    bags.forEach((bag) => visit(keysOf(bag)));
    return [...words];
})();

/** Numbers a reader of the language may not expect: overflowing, negative zero, every unit, unknown units. */
export const AWKWARD_NUMBERS: readonly string[] = [
    '0', '-0', '1e309', '1e-309', '99999999999999999999k', '99999999999999999999999999999999%', '0.0000000001%',
    '1.5M', '2B', '10GB', '2PB', '200ms', '5m', '7d', '1h', '30s', '100%', '101%', '0%', '3', '1000000',
    '1'.concat('0'.repeat(400)), '0.'.concat('0'.repeat(400), '1'), '12xyz', '4.5.6', '9007199254740993', 'NaN', 'Infinity'
];

/** Characters that trip text handling: NUL, controls, bidi marks, surrogate halves, BOM, line separators, combining marks. */
export const AWKWARD_CHARACTERS: readonly string[] = [
    '\u0000', '\u0001', '\u0007', '\u001b', '\u007f', '\t', '\r', '\r\n', '\v', '\f', '\u0085', '\u00a0', '\u2028', '\u2029',
    '\u200e', '\u200f', '\u202a', '\u202e', '\u2066', '\u2069', '\ufeff', '\ufffd', '\ufffe', '\uffff',
    '\ud800', '\udc00', '\udbff\udfff', '😀', '👩‍👩‍👧', 'e\u0301', '\u0130', 'ß', 'ﬃ', '\u3000', '中文', 'עברית', 'العربية', '\\', '"', '\\"'
];
