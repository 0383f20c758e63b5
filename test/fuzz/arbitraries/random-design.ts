/**
 * Designs that parse: components of every kind with keys from their schema
 * (values of the right type or deliberately wrong), connections and chains,
 * nested groups, settings blocks, transactions and suppression comments,
 * over one or two files and designs that refer to each other.
 */
import fc from 'fast-check';
import type { BagId } from '../../../src/properties/property-schema.js';
import type { PropertySpec } from '../../../src/properties/property-spec.js';
import { UNIT_SUFFIXES_BY_KIND } from '../../../src/model/units.js';
import { AWKWARD_NUMBERS, COMPONENT_KINDS, ENGINES, GROUP_KINDS, keysOf, RULE_IDS, SETTINGS_KINDS, SHORTHANDS } from './vocabulary.js';

const NAMES = ['Api', 'Web', 'Db', 'Cache', 'Queue', 'Lb', 'Users', 'Edge', 'Worker', 'Auth', 'Search', 'Store', 'Mobile', 'Metrics'];
const DESIGNS = ['Shop', 'Billing'];

const name = fc.constantFrom(...NAMES);
const reference = fc.oneof({ weight: 6, arbitrary: name }, { weight: 1, arbitrary: fc.tuple(fc.constantFrom(...DESIGNS), name).map(([design, component]) => `${design}.${component}`) });
const title = fc.option(fc.string({ maxLength: 30 }).map((text) => `"${text.replace(/["\\\r\n]/g, '')}"`), { nil: undefined });
const separator = fc.constantFrom(', ', '\n', ' ');

function valueFor(spec: PropertySpec | undefined, depth: number): fc.Arbitrary<string> {
    const right: fc.Arbitrary<string>[] = [];
    if (spec?.enum?.length) {
        right.push(fc.constantFrom(...spec.enum));
    }
    if (spec?.types.includes('number') || spec?.types.includes('integer')) {
        const suffixes = spec.unit ? UNIT_SUFFIXES_BY_KIND[spec.unit] : [''];
        right.push(fc.tuple(fc.integer({ min: 0, max: 100_000 }), fc.constantFrom(...suffixes, '')).map(([number, suffix]) => `${number}${suffix}`));
    }
    if (spec?.types.includes('boolean')) {
        right.push(fc.constantFrom('true', 'false'));
    }
    if (spec?.types.includes('object') && depth < 2) {
        right.push(block(spec.children, depth + 1));
    }
    if (spec?.types.includes('array')) {
        right.push(fc.array(fc.constantFrom(...(spec.enum ?? spec.suggest ?? ['a', 'b'])), { maxLength: 4 }).map((items) => `[${items.join(', ')}]`));
    }
    if (spec?.key === 'engine') {
        right.push(fc.constantFrom(...ENGINES));
    }
    const wrong = fc.oneof(fc.constantFrom(...AWKWARD_NUMBERS), fc.constantFrom('"text"', 'word', 'true', '[]', '{}'));
    return right.length > 0 ? fc.oneof({ weight: 5, arbitrary: fc.oneof(...right) }, { weight: 1, arbitrary: wrong }) : wrong;
}

function properties(keys: ReadonlyMap<string, PropertySpec>, depth = 0): fc.Arbitrary<string[]> {
    const known = [...keys.keys()];
    const key = known.length > 0 ? fc.oneof({ weight: 8, arbitrary: fc.constantFrom(...known) }, { weight: 1, arbitrary: fc.constantFrom('replicaz', 'unknown_key') }) : fc.constant('unknown_key');
    const property = key.chain((chosen) => valueFor(keys.get(chosen), depth).map((value) => `${chosen}: ${value}`));
    return fc.array(property, { maxLength: 5 });
}

function block(keys: ReadonlyMap<string, PropertySpec>, depth: number): fc.Arbitrary<string> {
    return fc.tuple(properties(keys, depth), separator).map(([lines, between]) => `{ ${lines.join(between)} }`);
}

const shorthand = fc.option(fc.array(fc.oneof(fc.constantFrom(...SHORTHANDS), fc.constant('htps')), { minLength: 1, maxLength: 3 }).map((words) => ` : ${words.join(', ')}`), { nil: '' });
const connectionTail = fc.tuple(shorthand, title, fc.option(block(keysOf('connection'), 1), { nil: undefined }))
    .map(([words, label, body]) => [words, label ? ` ${label}` : '', body ? ` ${body}` : ''].join(''));

const outgoing = fc.tuple(reference, connectionTail).map(([target, tail]) => `-> ${target}${tail}`);

const component = fc.constantFrom(...COMPONENT_KINDS, 'servce').chain((kind) => fc.tuple(
    name, title, fc.option(fc.tuple(properties(keysOf(`kind.${kind}` as BagId)), fc.array(outgoing, { maxLength: 3 }), separator), { nil: undefined })
).map(([componentName, componentTitle, body]) => {
    const head = [kind, componentName, componentTitle].filter((part) => part).join(' ');
    return body ? `${head} { ${[...body[0], ...body[1]].join(body[2])} }` : head;
}));

const connection = fc.tuple(fc.array(reference, { minLength: 2, maxLength: 4 }), connectionTail).map(([ends, tail]) => `${ends.join(' -> ')}${tail}`);

const settings = fc.constantFrom(...SETTINGS_KINDS).chain((kind) => block(keysOf(`settings.${kind}` as BagId), 0).map((body) => `${kind} ${body}`));

const transaction = fc.tuple(name, fc.array(reference, { maxLength: 3 }), properties(keysOf('transaction')))
    .map(([transactionName, writes, rest]) => `transaction ${transactionName} { writes: [${writes.join(', ')}]\n${rest.join('\n')} }`);

const suppression = fc.tuple(fc.constantFrom('archlens-disable-next-line', 'archlens-disable'), fc.constantFrom(...RULE_IDS), fc.option(fc.constant(' -- accepted'), { nil: '' }))
    .map(([directive, rule, reason]) => `// ${directive} ${rule}${reason}`);

const leaf = fc.oneof({ weight: 6, arbitrary: component }, { weight: 3, arbitrary: connection }, { weight: 1, arbitrary: settings }, { weight: 1, arbitrary: transaction });

const { member } = fc.letrec<{ member: string; group: string }>((tie) => ({
    member: fc.oneof({ depthSize: 'small', withCrossShrink: true }, leaf, leaf, tie('group'), suppression.map((comment) => `${comment}\n`)),
    group: fc.tuple(fc.constantFrom(...GROUP_KINDS), name, title, fc.array(tie('member'), { maxLength: 4 }), fc.option(fc.constantFrom('exposure: public', 'exposure: private', 'cidr: "10.0.0.0/8"'), { nil: undefined }))
        .map(([kind, groupName, groupTitle, members, property]) => `${[kind, groupName, groupTitle].filter((part) => part).join(' ')} {\n${[property, ...members].filter((line) => line).join('\n')}\n}`)
}));

const architecture = fc.tuple(fc.constantFrom(...DESIGNS), title, fc.array(member, { maxLength: 12 }))
    .map(([designName, designTitle, members]) => `architecture ${[designName, designTitle].filter((part) => part).join(' ')} {\n${members.join('\n')}\n}\n`);

/** One or two files, each with one or two architecture blocks. */
export const randomDesign: fc.Arbitrary<Record<string, string>> = fc.array(fc.array(architecture, { minLength: 1, maxLength: 2 }).map((blocks) => blocks.join('\n')), { minLength: 1, maxLength: 2 })
    .map((files) => Object.fromEntries(files.map((text, index) => [`design${index}.arch`, text])));
