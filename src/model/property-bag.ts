/**
 * Normalised property values with where they came from, and typed accessors
 * so that rules read `bag.number('replicas')` instead of poking at JSON.
 * `Key` is the keys the holder takes (src/model/property-keys.ts), so a
 * misspelt key is a compile error; a bag may still hold keys the schema does
 * not know (the language warns about them), which `keys()` lists.
 */
import type { SourceLocation } from './design.js';

export type PlainValue = number | string | boolean | readonly PlainValue[] | PlainObject;
export interface PlainObject {
    readonly [key: string]: PlainValue;
}

/**
 * `design`: written on the element itself; `inherited`: stated once for a
 * scope (a `defaults` block, a network's `zones`, `tls`, `auth` or `mesh`)
 * and inherited by the element; `engine`: a fact of the component's engine.
 * Written and inherited values are both stated by the design.
 */
export type PropertySource = 'design' | 'inherited' | 'engine';

export interface PropertyEntry {
    readonly value: PlainValue;
    readonly source: PropertySource;
    /** The property as written (absent for engine facts); for an inherited value, the default's property. */
    readonly location?: SourceLocation;
    /** For an inherited value: where it is stated (`defaults of network Private`, `network Private`). */
    readonly from?: string;
}

/** Written in the design, on the element or for its scope (not an engine fact). */
export function isStated(entry: PropertyEntry | undefined): boolean {
    return entry !== undefined && entry.source !== 'engine';
}

export class PropertyBag<Key extends string = string> {
    static readonly EMPTY = new PropertyBag(new Map());

    private readonly entries: ReadonlyMap<string, PropertyEntry>;

    constructor(entries: ReadonlyMap<string, PropertyEntry>) {
        this.entries = entries;
        Object.freeze(this);
    }

    static of(values: Readonly<Record<string, PlainValue>>, source: PropertySource = 'design'): PropertyBag {
        return new PropertyBag(new Map(Object.entries(values).map(([key, value]) => [key, { value, source }])));
    }

    /** This bag with `lower` filling the keys it does not set. */
    over(lower: PropertyBag<Key>): PropertyBag<Key> {
        if (lower.entries.size === 0) {
            return this;
        }
        const merged = new Map(lower.entries);
        for (const [key, entry] of this.entries) {
            merged.set(key, entry);
        }
        return new PropertyBag(merged);
    }

    has(key: Key): boolean {
        return this.entries.has(key);
    }

    get(key: Key): PlainValue | undefined {
        return this.entries.get(key)?.value;
    }

    entry(key: Key): PropertyEntry | undefined {
        return this.entries.get(key);
    }

    keys(): IterableIterator<string> {
        return this.entries.keys();
    }

    get size(): number {
        return this.entries.size;
    }

    number(key: Key): number | undefined {
        const value = this.get(key);
        return typeof value === 'number' ? value : undefined;
    }

    string(key: Key): string | undefined {
        const value = this.get(key);
        return typeof value === 'string' ? value : undefined;
    }

    boolean(key: Key): boolean | undefined {
        const value = this.get(key);
        return typeof value === 'boolean' ? value : undefined;
    }

    list(key: Key): readonly PlainValue[] | undefined {
        const value = this.get(key);
        return Array.isArray(value) ? value : undefined;
    }

    /** A list of words or strings; a single word counts as a one-item list. */
    words(key: Key): readonly string[] | undefined {
        const value = this.get(key);
        if (typeof value === 'string') {
            return [value];
        }
        return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : undefined;
    }

    block(key: Key): PlainObject | undefined {
        const value = this.get(key);
        return isPlainObject(value) ? value : undefined;
    }

    /** True when the key is set to anything but `false`, `none` or an empty list. */
    enabled(key: Key): boolean {
        const value = this.get(key);
        if (value === undefined || value === false || value === 'none') {
            return false;
        }
        return !(Array.isArray(value) && value.length === 0);
    }

    location(key: Key): SourceLocation | undefined {
        return this.entries.get(key)?.location;
    }

    toJSON(): Record<string, PlainValue> {
        return Object.fromEntries([...this.entries].map(([key, entry]) => [key, entry.value]));
    }
}

export function isPlainObject(value: PlainValue | undefined): value is PlainObject {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
