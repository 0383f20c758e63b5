/**
 * Where a property is written: the holder whose schema entry describes it (a
 * component, group, settings block, transaction or connection block) and the
 * key path from that holder (`['backup', 'mode']`). Completion, hover and
 * highlighting all ask "which spec describes this key or value?".
 */
import type { AstNode } from 'langium';
import type { BagId, PropertySchema } from '../../properties/property-schema.js';
import type { PropertySpec } from '../../properties/property-spec.js';
import {
    type BlockValue, type Property,
    isBlock, isBlockValue, isComponent, isDefaultsEntry, isExtend, isGroup, isJourney, isListValue, isProperty, isSettings, isTransaction
} from '../generated/ast.js';
import { bagIdOf, type PropertyHolder } from '../property-conversions.js';

export interface PropertyPlace {
    readonly holder: PropertyHolder;
    readonly bag: BagId;
    /** Keys from the holder down to the place (empty for the holder's own keys). */
    readonly path: readonly string[];
}

export function isPropertyHolder(node: AstNode | undefined): node is PropertyHolder {
    return isComponent(node) || isExtend(node) || isGroup(node) || isSettings(node) || isTransaction(node) || isJourney(node) || isDefaultsEntry(node) || isBlock(node);
}

/** The place of the keys written directly inside a holder or a nested `{ … }` value. */
export function placeOfBlock(node: PropertyHolder | BlockValue): PropertyPlace | undefined {
    return climb(node, []);
}

/** The place of a property's value: its holder, and a path ending with its own key. */
export function placeOfProperty(property: Property): PropertyPlace | undefined {
    return climb(property, []);
}

/** The spec of the value at a place (undefined for a holder's own level). */
export function specAtPlace(schema: PropertySchema, place: PropertyPlace): PropertySpec | undefined {
    return place.path.length === 0 ? undefined : schema.specAt(place.bag, place.path);
}

/** The keys a block at this place may hold. */
export function keysAtPlace(schema: PropertySchema, place: PropertyPlace): ReadonlyMap<string, PropertySpec> {
    const keys = place.path.length === 0 ? schema.bag(place.bag)?.keys : specAtPlace(schema, place)?.children;
    return keys ?? new Map();
}

/** `engine:` of a component (or of a kind's defaults): its value is an engine id from the knowledge base. */
export function isEnginePlace(place: PropertyPlace): boolean {
    return (isComponent(place.holder) || isExtend(place.holder) || (isDefaultsEntry(place.holder) && place.bag.startsWith('kind.'))) && place.path.length === 1 && place.path[0] === 'engine';
}

function climb(start: AstNode, path: string[]): PropertyPlace | undefined {
    let current: AstNode | undefined = start;
    while (current && !isPropertyHolder(current)) {
        if (isProperty(current)) {
            if (current.key === undefined) {
                return undefined;
            }
            path.unshift(current.key);
        } else if (!isBlockValue(current) && !isListValue(current)) {
            return undefined;
        }
        current = current.$container;
    }
    return current ? { holder: current, bag: bagIdOf(current), path } : undefined;
}
