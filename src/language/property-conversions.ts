/**
 * Converted and validated property lists, cached per AST node: the validator
 * reports their problems, the design builder reads their values, and a
 * node's conversion never changes (a new parse makes new nodes). A value the
 * schema rejects (wrong type, out of range, not an allowed word) is left out
 * of `values`, so no rule reasons from `replicas: 2.5` or `eviction: lru2`.
 */
import type { AstNode } from 'langium';
import type { PlainObject, PlainValue } from '../model/property-bag.js';
import { isPlainObject } from '../model/property-bag.js';
import type { BagId, PropertyIssue, PropertySchema } from '../properties/property-schema.js';
import { type ConvertedProperties, convertProperties } from './property-values.js';
import {
    type Block, type Component, type DefaultsEntry, type Extend, type Group, type Journey, type Property, type Settings, type Transaction,
    isComponent, isDefaultsEntry, isExtend, isGroup, isJourney, isSettings, isTransaction
} from './generated/ast.js';
import { type ComponentKind, isComponentKind, isDefaultsKind } from '../model/design.js';

export type PropertyHolder = Component | Group | Settings | Transaction | Journey | DefaultsEntry | Extend | Block;

export interface ValidatedProperties extends ConvertedProperties {
    /** What the schema says about the values as written. */
    readonly issues: readonly PropertyIssue[];
}

export class PropertyConversions {
    /** Keyed by node and schema entry too: an `extend` is judged by its target's kind, which another file may change. */
    private readonly cache = new WeakMap<AstNode, { readonly bag: BagId; readonly validated: ValidatedProperties }>();

    constructor(private readonly schema: PropertySchema) {}

    of(holder: PropertyHolder): ValidatedProperties {
        const bag = bagIdOf(holder);
        const cached = this.cache.get(holder);
        if (cached?.bag === bag) {
            return cached.validated;
        }
        const converted = convertProperties(holder.properties as readonly Property[], bag, this.schema);
        const issues = isKnownHolder(holder) ? this.schema.validate(bag, converted.values) : [];
        const rejected = issues.filter((issue) => issue.severity === 'error').map((issue) => issue.path);
        const validated = { ...converted, values: withoutPaths(converted.values, rejected), issues };
        this.cache.set(holder, { bag, validated });
        return validated;
    }
}

/**
 * Components (and defaults entries) of an unknown kind are reported as such,
 * and an `extend` whose target is not found is reported by the linker: their
 * properties are not judged.
 */
function isKnownHolder(holder: PropertyHolder): boolean {
    if (isDefaultsEntry(holder)) {
        return isDefaultsKind(holder.kind);
    }
    if (isExtend(holder)) {
        return extendedKind(holder) !== undefined;
    }
    return !isComponent(holder) || isComponentKind(holder.kind);
}

/** The kind of the component an `extend` adds to, when its target is found and of a known kind. */
function extendedKind(holder: Extend): ComponentKind | undefined {
    const kind = holder.target?.ref?.kind;
    return kind !== undefined && isComponentKind(kind) ? kind : undefined;
}

/** A copy of `values` without the values at `paths` (list items and nested keys included). */
function withoutPaths(values: PlainObject, paths: readonly (readonly (string | number)[])[]): PlainObject {
    return paths.length === 0 ? values : paths.reduce<PlainObject>((current, path) => removePath(current, path), values);
}

function removePath(value: PlainObject, path: readonly (string | number)[]): PlainObject {
    const [head, ...rest] = path;
    if (typeof head !== 'string' || !(head in value)) {
        return value;
    }
    const { [head]: child, ...others } = value;
    if (rest.length === 0) {
        return others;
    }
    const pruned = pruneChild(child, rest);
    return pruned === undefined ? others : { ...others, [head]: pruned };
}

function pruneChild(child: PlainValue, rest: readonly (string | number)[]): PlainValue | undefined {
    if (isPlainObject(child)) {
        return removePath(child, rest);
    }
    if (Array.isArray(child) && typeof rest[0] === 'number') {
        return rest.length === 1 ? child.filter((_, index) => index !== rest[0]) : child;
    }
    return child;
}

/** The schema entry describing a holder's properties (blocks belong to connections; a defaults entry to its kind). */
export function bagIdOf(holder: PropertyHolder): BagId {
    if (isDefaultsEntry(holder)) {
        return isComponentKind(holder.kind) ? `kind.${holder.kind}` : 'connection';
    }
    if (isComponent(holder)) {
        return isComponentKind(holder.kind) ? `kind.${holder.kind}` : 'kind.service';
    }
    if (isExtend(holder)) {
        return `kind.${extendedKind(holder) ?? 'service'}`;
    }
    if (isGroup(holder)) {
        return `group.${holder.kind}`;
    }
    if (isSettings(holder)) {
        return `settings.${holder.kind}`;
    }
    if (isTransaction(holder)) {
        return 'transaction';
    }
    if (isJourney(holder)) {
        return 'journey';
    }
    return 'connection'; // a connection's `{ … }` block
}
