/**
 * Converted property lists, cached per AST node: the validator and the design
 * builder both read them, and a node's conversion never changes (a new parse
 * makes new nodes).
 */
import type { AstNode } from 'langium';
import type { BagId, PropertySchema } from '../properties/property-schema.js';
import { type ConvertedProperties, convertProperties } from './property-values.js';
import {
    type Block, type Component, type Group, type Property, type Settings, type Transaction,
    isComponent, isGroup, isSettings, isTransaction
} from './generated/ast.js';
import { isComponentKind } from '../model/design.js';

export type PropertyHolder = Component | Group | Settings | Transaction | Block;

export class PropertyConversions {
    private readonly cache = new WeakMap<AstNode, ConvertedProperties>();

    constructor(private readonly schema: PropertySchema) {}

    of(holder: PropertyHolder): ConvertedProperties {
        let converted = this.cache.get(holder);
        if (!converted) {
            converted = convertProperties(holder.properties as readonly Property[], bagIdOf(holder), this.schema);
            this.cache.set(holder, converted);
        }
        return converted;
    }
}

/** The schema entry describing a holder's properties (blocks belong to connections). */
export function bagIdOf(holder: PropertyHolder): BagId {
    if (isComponent(holder)) {
        return isComponentKind(holder.kind) ? `kind.${holder.kind}` : 'kind.service';
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
    return 'connection'; // a connection's `{ … }` block
}
