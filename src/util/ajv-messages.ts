/**
 * ajv's errors in words people read: `must be at most 100%` rather than
 * `must be <= 1`, `must be a number` rather than `must be number`,
 * `needs 'title'` rather than `must have required property 'title'`.
 * (Types only from ajv: the validators are compiled at build time and the
 * bundles do not carry ajv's compiler.)
 */
import type { ErrorObject } from 'ajv/dist/2020.js';

const COMPARISONS: Readonly<Record<string, string>> = { '<=': 'at most', '>=': 'at least', '<': 'below', '>': 'above' };

const TYPE_WORDS: Readonly<Record<string, string>> = {
    number: 'a number',
    integer: 'a whole number',
    string: 'a string',
    boolean: 'true or false',
    object: 'an object ({ … })',
    array: 'a list ([ … ])',
    null: 'null'
};

interface AjvParams {
    readonly comparison?: string;
    readonly limit?: number;
    readonly type?: string | readonly string[];
    readonly missingProperty?: string;
}

/** What the value must be, to follow its name; `formatLimit` writes a range limit in the unit the value is written in. */
export function describeAjvError(error: ErrorObject, formatLimit: (limit: number) => string = String): string {
    const params = error.params as AjvParams;
    const fallback = error.message ?? 'is not valid';
    switch (error.keyword) {
        case 'type': {
            const types = typeof params.type === 'string' ? params.type.split(',') : params.type ?? [];
            return types.length > 0 ? `must be ${types.map((type) => TYPE_WORDS[type] ?? type).join(' or ')}` : fallback;
        }
        case 'minimum':
        case 'maximum':
        case 'exclusiveMinimum':
        case 'exclusiveMaximum': {
            const words = params.comparison === undefined ? undefined : COMPARISONS[params.comparison];
            return words && params.limit !== undefined ? `must be ${words} ${formatLimit(params.limit)}` : fallback;
        }
        case 'required':
            return params.missingProperty ? `needs '${params.missingProperty}'` : fallback;
        default:
            return fallback;
    }
}
