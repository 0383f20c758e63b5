/**
 * Turns the properties written in a file into plain, normalised values
 * (`40k` → 40000, `200ms` → 0.2, `99.9%` → 0.999) and remembers which AST
 * node each value came from, so validation can point at it.
 */
import type { AstNode } from 'langium';
import type { PlainObject, PlainValue } from '../model/property-bag.js';
import { parseQuantity, UNIT_EXAMPLES, unitFits } from '../model/units.js';
import { type BagId, type PropertySchema } from '../properties/property-schema.js';
import {
    isBlockValue, isBooleanValue, isListValue, isNumberValue, isStringValue, isWordValue,
    type Property, type Value
} from './generated/ast.js';

export type ValuePath = readonly (string | number)[];

export interface ValueProblem {
    readonly node: AstNode;
    readonly message: string;
    readonly code: 'meta/invalid-value' | 'meta/duplicate-name';
}

export interface ConvertedProperties {
    readonly values: PlainObject;
    /** The Property node of each key path (`a/b` for nested keys). */
    readonly propertyNodes: ReadonlyMap<string, Property>;
    /** The Value node of each value path, list items included. */
    readonly valueNodes: ReadonlyMap<string, Value>;
    readonly problems: readonly ValueProblem[];
}

export function pathKey(path: ValuePath): string {
    return path.join('/');
}

/**
 * Converts a property list. Values that cannot be read (an unknown unit, a
 * unit of the wrong kind) are left out of `values` and reported once.
 */
export function convertProperties(properties: readonly Property[], bag: BagId, schema: PropertySchema): ConvertedProperties {
    const converter = new Converter(bag, schema);
    const values = converter.block(properties, []);
    return { values, propertyNodes: converter.propertyNodes, valueNodes: converter.valueNodes, problems: converter.problems };
}

class Converter {
    readonly propertyNodes = new Map<string, Property>();
    readonly valueNodes = new Map<string, Value>();
    readonly problems: ValueProblem[] = [];

    constructor(private readonly bag: BagId, private readonly schema: PropertySchema) {}

    block(properties: readonly Property[], path: ValuePath): PlainObject {
        const result: Record<string, PlainValue> = {};
        for (const property of properties) {
            if (property.key === undefined || property.value === undefined) {
                continue; // a parse error, reported by the parser
            }
            const keyPath = [...path, property.key];
            if (this.propertyNodes.has(pathKey(keyPath))) {
                this.problems.push({ node: property, code: 'meta/duplicate-name', message: `'${property.key}' is set twice; the first value is used.` });
                continue;
            }
            this.propertyNodes.set(pathKey(keyPath), property);
            const value = this.value(property.value, keyPath);
            if (value !== undefined) {
                result[property.key] = value;
            }
        }
        return result;
    }

    private value(node: Value, path: ValuePath): PlainValue | undefined {
        this.valueNodes.set(pathKey(path), node);
        if (isNumberValue(node)) {
            return this.number(node.text, node, path);
        }
        if (isStringValue(node)) {
            return node.value; // the value converter has already removed quotes and escapes
        }
        if (isBooleanValue(node)) {
            return node.value === true;
        }
        if (isWordValue(node)) {
            return node.value;
        }
        if (isListValue(node)) {
            return node.items
                .map((item, index) => this.value(item, [...path, index]))
                .filter((item): item is PlainValue => item !== undefined);
        }
        if (isBlockValue(node)) {
            return this.block(node.properties, path);
        }
        return undefined;
    }

    private number(text: string | undefined, node: AstNode, path: ValuePath): number | undefined {
        if (text === undefined) {
            return undefined;
        }
        const parsed = parseQuantity(text);
        if (!parsed.ok) {
            this.problems.push({ node, code: 'meta/invalid-value', message: parsed.message });
            return undefined;
        }
        const unit = this.schema.specAt(this.bag, path)?.unit;
        if (unit && !unitFits(unit, parsed.quantity)) {
            const key = path.filter((segment) => typeof segment === 'string').join('.');
            this.problems.push({ node, code: 'meta/invalid-value', message: `'${key}' expects a ${unit} (${UNIT_EXAMPLES[unit]}), not '${text}'.` });
            return undefined;
        }
        return parsed.quantity.value;
    }
}
