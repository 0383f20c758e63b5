/**
 * The one JSON Schema of every property key: validation with ajv, and the
 * specs that completion, hover and the docs read.
 */
import type { ErrorObject, ValidateFunction } from 'ajv/dist/2020.js';
import { closest, distance } from 'fastest-levenshtein';
import schemaDocument from '../../schemas/properties.schema.json' with { type: 'json' };
import type { PlainObject } from '../model/property-bag.js';
import { formatQuantity } from '../model/units.js';
import * as generatedValidators from '../generated/validators.js';
import { describeAjvError } from '../util/ajv-messages.js';
import { validatorName } from '../util/validator-names.js';
import { type BagSpec, describeExpected, type PropertySpec, type RawSchemaDocument, SpecReader } from './property-spec.js';

export type BagId = `kind.${string}` | `group.${string}` | `settings.${string}` | 'connection' | 'transaction' | 'journey';

export type PropertyIssueCode = 'meta/unknown-property' | 'meta/invalid-value';

export interface PropertyIssue {
    /** Keys (and list indexes) from the bag to the offending value or key. */
    readonly path: readonly (string | number)[];
    /** True when the issue is about the key itself (an unknown key). */
    readonly onKey: boolean;
    readonly severity: 'error' | 'warning';
    readonly code: PropertyIssueCode;
    readonly message: string;
}

const SCHEMA = schemaDocument as unknown as RawSchemaDocument;
const VALIDATORS: Readonly<Record<string, ValidateFunction | undefined>> = generatedValidators;

export class PropertySchema {
    private readonly reader = new SpecReader(SCHEMA);
    private readonly bags = new Map<string, BagSpec | undefined>();

    /** Every component kind the schema describes. */
    componentKinds(): string[] {
        return Object.keys(SCHEMA.$defs).filter((id) => id.startsWith('kind.')).map((id) => id.slice('kind.'.length));
    }

    bag(id: BagId): BagSpec | undefined {
        if (!this.bags.has(id)) {
            this.bags.set(id, this.reader.bag(id));
        }
        return this.bags.get(id);
    }

    /** The spec of the value at a path inside a bag (list indexes are skipped). */
    specAt(id: BagId, path: readonly (string | number)[]): PropertySpec | undefined {
        let keys = this.bag(id)?.keys;
        let spec: PropertySpec | undefined;
        for (const segment of path) {
            if (typeof segment === 'number') {
                continue;
            }
            spec = keys?.get(segment);
            if (!spec) {
                return undefined;
            }
            keys = spec.children;
        }
        return spec;
    }

    validate(id: BagId, instance: PlainObject): PropertyIssue[] {
        const validator = this.validator(id);
        if (!validator || validator(instance)) {
            return [];
        }
        return dedupe((validator.errors ?? []).map((error) => this.toIssue(id, error, instance)).filter((issue): issue is PropertyIssue => issue !== undefined));
    }

    /** Compiled at build time (scripts/generate-validators.ts). */
    private validator(id: BagId): ValidateFunction | undefined {
        return VALIDATORS[validatorName(id)];
    }

    private toIssue(id: BagId, error: ErrorObject, instance: PlainObject): PropertyIssue | undefined {
        const path = pointerToPath(error.instancePath);
        const unknownKey = unknownKeyOf(error);
        if (unknownKey !== undefined) {
            return this.unknownKeyIssue(id, path, unknownKey);
        }
        const spec = this.specAt(id, path);
        const name = path.filter((segment) => typeof segment === 'string').join('.') || 'value';
        const expected = spec ? describeExpected(spec) : error.message ?? 'another value';
        switch (error.keyword) {
            case 'enum': {
                // A list item's allowed words are the item schema's, which the key's spec does not hold.
                const allowed = spec?.enum ?? allowedValuesOf(error);
                const wanted = spec?.enum || !allowed ? expected : `one of ${allowed.join(', ')}`;
                return invalid(path, `'${name}' expects ${wanted}.${likelyTypo(valueAt(instance, path), allowed)}`);
            }
            case 'type':
            case 'pattern':
                return invalid(path, `'${name}' expects ${expected}.`);
            case 'minimum':
            case 'maximum':
            case 'exclusiveMinimum':
            case 'exclusiveMaximum':
                return invalid(path, `'${name}' ${describeAjvError(error, (limit) => formatQuantity(limit, spec?.unit))}.`);
            case 'anyOf':
            case 'oneOf':
                return undefined; // the branch errors say more
            default:
                return invalid(path, `'${name}' ${describeAjvError(error)}.`);
        }
    }

    private unknownKeyIssue(id: BagId, parentPath: readonly (string | number)[], key: string): PropertyIssue {
        const known = parentPath.length === 0 ? this.bag(id)?.keys : this.specAt(id, parentPath)?.children;
        const where = parentPath.length === 0 ? describeBag(id) : `'${parentPath.join('.')}'`;
        const suggestion = suggestKey(key, [...(known?.keys() ?? [])]);
        const owners = parentPath.length === 0 && id.startsWith('kind.') ? this.kindsWithKey(key) : [];
        const hint = suggestion ? ` Did you mean '${suggestion}'?` : owners.length > 0 ? ` It is a property of ${owners.join(', ')}.` : '';
        return {
            path: [...parentPath, key],
            onKey: true,
            severity: 'warning',
            code: 'meta/unknown-property',
            message: `Unknown property '${key}' for ${where}.${hint}`
        };
    }

    private kindsWithKey(key: string): string[] {
        return this.componentKinds().filter((kind) => this.bag(`kind.${kind}`)?.keys.has(key));
    }
}

/** ` Did you mean 'lru'?` when a word is one typo away from an allowed one. */
function likelyTypo(value: unknown, allowed: readonly string[] | undefined): string {
    const guess = typeof value === 'string' && allowed ? suggestKey(value, allowed) : undefined;
    return guess ? ` Did you mean '${guess}'?` : '';
}

function allowedValuesOf(error: ErrorObject): string[] | undefined {
    const allowed = (error.params as { allowedValues?: unknown }).allowedValues;
    return Array.isArray(allowed) ? allowed.map(String) : undefined;
}

/** The value at a path of keys and list indexes. */
function valueAt(instance: PlainObject, path: readonly (string | number)[]): unknown {
    let current: unknown = instance;
    for (const segment of path) {
        current = typeof current === 'object' && current !== null ? (current as Record<string | number, unknown>)[segment] : undefined;
    }
    return current;
}

function invalid(path: readonly (string | number)[], message: string): PropertyIssue {
    return { path, onKey: false, severity: 'error', code: 'meta/invalid-value', message };
}

function unknownKeyOf(error: ErrorObject): string | undefined {
    const params = error.params as { unevaluatedProperty?: string; additionalProperty?: string };
    return params.unevaluatedProperty ?? params.additionalProperty;
}

function pointerToPath(pointer: string): (string | number)[] {
    if (pointer === '') {
        return [];
    }
    return pointer.slice(1).split('/').map((segment) => {
        const key = segment.replace(/~1/g, '/').replace(/~0/g, '~');
        return /^\d+$/.test(key) ? Number(key) : key;
    });
}

function dedupe(issues: PropertyIssue[]): PropertyIssue[] {
    const seen = new Set<string>();
    return issues.filter((issue) => {
        const key = `${issue.path.join('/')}|${issue.message}`;
        if (seen.has(key)) {
            return false;
        }
        seen.add(key);
        return true;
    });
}

/** The closest known word when it is close enough to be a likely typo. */
export function suggestKey(word: string, candidates: readonly string[]): string | undefined {
    if (candidates.length === 0) {
        return undefined;
    }
    const best = closest(word, candidates as string[]);
    const limit = Math.max(2, Math.floor(word.length / 3));
    return distance(word, best) <= limit ? best : undefined;
}

/**
 * The closest known compound name (`azure_blob_storage`) when a typo explains
 * the difference: compared word by word, so only one word may differ and that
 * word must itself be a likely typo. Names that differ in a whole word
 * (`azure_queue_storage`, `azure_blob_storage`) name different products and
 * get no suggestion; a lost or extra separator (`postgre_sql`) still does.
 */
export function suggestCompoundName(name: string, candidates: readonly string[]): string | undefined {
    // Characters no engine id holds (hyphens, dots, spaces, brackets, control
    // characters) are not letters of the product's name: `elastic-search`
    // still means `elasticsearch`.
    const words = name.toLowerCase().replace(/[^a-z0-9_]/g, '').split('_');
    let best: { candidate: string; cost: number } | undefined;
    for (const candidate of candidates) {
        const cost = compoundTypoCost(words, candidate);
        if (cost !== undefined && (best === undefined || cost < best.cost)) {
            best = { candidate, cost };
        }
    }
    return best?.candidate;
}

/** The edit distance when `candidate` differs from the words by a typo in one word or one separator; undefined otherwise. */
function compoundTypoCost(words: readonly string[], candidate: string): number | undefined {
    const candidateWords = candidate.split('_');
    if (candidateWords.length !== words.length) {
        return words.join('') === candidateWords.join('') ? 1 : undefined;
    }
    const differing = words.flatMap((word, at) => (word === candidateWords[at] ? [] : [[word, candidateWords[at]] as const]));
    if (differing.length === 0) {
        return 0;
    }
    if (differing.length !== 1) {
        return undefined;
    }
    const [word, known] = differing[0];
    if (Math.min(word.length, known.length) <= ACRONYM_LENGTH) {
        return undefined;
    }
    // Two edits at most: a typo slips a letter or two, while three edits turn
    // one product's word into another's (`cloudsearch`, `cloudwatch`).
    const cost = distance(word, known);
    return cost <= MAX_NAME_TYPO && suggestKey(word, [known]) !== undefined ? cost : undefined;
}

const MAX_NAME_TYPO = 2;

/**
 * Words this short are mostly product acronyms (sns and sqs, ecs and eks,
 * gcs and gce): one letter apart, they name different products, so a
 * difference there is no evidence of a typo.
 */
const ACRONYM_LENGTH = 3;

function describeBag(id: BagId): string {
    const [family, name] = id.split('.');
    switch (family) {
        case 'kind':
            return `a ${name}`;
        case 'group':
            return `a ${name} group`;
        case 'settings':
            return `'${name}'`;
        default:
            return `a ${family}`;
    }
}

let shared: PropertySchema | undefined;

/** The schema is immutable: one instance serves the whole process. */
export function propertySchema(): PropertySchema {
    shared ??= new PropertySchema();
    return shared;
}
