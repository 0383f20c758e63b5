/**
 * Reads `schemas/properties.schema.json` into specs per property bag (a kind,
 * group, settings block, connection or transaction), for validation messages,
 * completion and hover.
 */
import type { PlainValue } from '../model/property-bag.js';
import type { UnitKind } from '../model/units.js';

export type JsonType = 'number' | 'integer' | 'string' | 'boolean' | 'array' | 'object';

export interface PropertySpec {
    readonly key: string;
    readonly description?: string;
    readonly types: readonly JsonType[];
    readonly enum?: readonly string[];
    readonly enumDescriptions?: readonly string[];
    readonly unit?: UnitKind;
    /** Common values of an open vocabulary (for completion). */
    readonly suggest?: readonly string[];
    readonly default?: PlainValue;
    readonly minimum?: number;
    readonly maximum?: number;
    /** For a string: the pattern it must match (`^many$` lets `replicas` take the one word `many`). */
    readonly pattern?: string;
    /** The keys of a nested block. */
    readonly children: ReadonlyMap<string, PropertySpec>;
}

export interface BagSpec {
    /** `kind.service`, `group.network`, `settings.requirements`, `connection`, `transaction`. */
    readonly id: string;
    readonly description?: string;
    readonly keys: ReadonlyMap<string, PropertySpec>;
}

export interface RawSchema {
    readonly $ref?: string;
    readonly type?: string | readonly string[];
    readonly description?: string;
    readonly enum?: readonly string[];
    readonly enumDescriptions?: readonly string[];
    readonly unit?: UnitKind;
    readonly suggest?: readonly string[];
    readonly default?: PlainValue;
    readonly minimum?: number;
    readonly maximum?: number;
    readonly pattern?: string;
    readonly properties?: Readonly<Record<string, RawSchema>>;
    readonly allOf?: readonly RawSchema[];
    readonly items?: RawSchema;
}

export interface RawSchemaDocument {
    readonly $id: string;
    readonly $defs: Readonly<Record<string, RawSchema>>;
}

/** Resolves `$ref`s (local `#/$defs/...` only) and `allOf`s into flat specs. */
export class SpecReader {
    constructor(private readonly document: RawSchemaDocument) {}

    bag(id: string): BagSpec | undefined {
        const raw = this.document.$defs[id];
        if (!raw) {
            return undefined;
        }
        const flat = this.flatten(raw);
        return { id, description: flat.description, keys: this.children(flat) };
    }

    private flatten(raw: RawSchema): RawSchema {
        const referenced = raw.$ref ? this.flatten(this.deref(raw.$ref)) : {};
        const parts = [referenced, ...(raw.allOf ?? []).map((part) => this.flatten(part)), raw];
        const properties = Object.assign({}, ...parts.map((part) => part.properties ?? {})) as Record<string, RawSchema>;
        const merged: RawSchema = Object.assign({}, ...parts) as RawSchema;
        return { ...merged, $ref: undefined, allOf: undefined, properties };
    }

    private deref(ref: string): RawSchema {
        const name = ref.replace(/^#\/\$defs\//, '');
        const target = this.document.$defs[name];
        if (!target) {
            throw new Error(`properties schema: unresolved $ref ${ref}`);
        }
        return target;
    }

    private children(flat: RawSchema): ReadonlyMap<string, PropertySpec> {
        return new Map(Object.entries(flat.properties ?? {}).map(([key, raw]) => [key, this.spec(key, raw)]));
    }

    private spec(key: string, raw: RawSchema): PropertySpec {
        const flat = this.flatten(raw);
        const itemSuggest = flat.items ? this.flatten(flat.items).suggest : undefined;
        return {
            key,
            description: flat.description,
            types: typesOf(flat),
            enum: flat.enum,
            enumDescriptions: flat.enumDescriptions,
            unit: flat.unit,
            suggest: flat.suggest ?? itemSuggest,
            default: flat.default,
            minimum: flat.minimum,
            maximum: flat.maximum,
            pattern: flat.pattern,
            children: this.children(flat)
        };
    }
}

function typesOf(flat: RawSchema): readonly JsonType[] {
    if (flat.type) {
        return (typeof flat.type === 'string' ? [flat.type] : flat.type) as JsonType[];
    }
    return flat.enum ? ['string'] : [];
}

/** A short phrase for what a property accepts, for messages and hovers. */
export function describeExpected(spec: PropertySpec): string {
    if (spec.enum) {
        return `one of ${spec.enum.join(', ')}`;
    }
    const phrases = spec.types.map((type) => describeType(type, spec));
    return phrases.length > 0 ? phrases.join(', or ') : 'a value';
}

function describeType(type: JsonType, spec: PropertySpec): string {
    switch (type) {
        case 'integer':
            return 'a whole number (e.g. 3)';
        case 'number':
            return describeNumber(spec);
        case 'boolean':
            return 'true or false';
        case 'string':
            if (patternWords(spec)) {
                return (patternWords(spec) ?? []).join(' or ');
            }
            return spec.suggest ? `a name such as ${spec.suggest.slice(0, 3).join(', ')}` : 'a name or a "string"';
        case 'array':
            return 'a list like [a, b]';
        case 'object':
            return `a block { ${[...spec.children.keys()].join(', ')} }`;
    }
}

/** The words a `^a|b$` pattern allows (`many`); undefined for any other pattern. */
export function patternWords(spec: PropertySpec): string[] | undefined {
    const match = spec.pattern ? /^\^\(?([a-z_|]+)\)?\$$/.exec(spec.pattern) : null;
    return match ? match[1].split('|') : undefined;
}

function describeNumber(spec: PropertySpec): string {
    switch (spec.unit) {
        case 'duration':
            return 'a duration such as 200ms, 30s, 5m';
        case 'size':
            return 'a size such as 64MB, 10GB';
        case 'percent':
            return 'a percentage such as 99.9% (or a fraction such as 0.9)';
        default:
            return 'a number such as 3, 10k, 1.5M';
    }
}
