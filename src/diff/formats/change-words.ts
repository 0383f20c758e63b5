/** The words the text and Markdown formats of `archlens diff` share: values, property changes, counts. */
import type { PlainValue } from '../../model/property-bag.js';
import { formatQuantity } from '../../model/units.js';
import { type BagId, propertySchema } from '../../properties/property-schema.js';
import type { PropertySpec } from '../../properties/property-spec.js';
import type { ComponentChange, ConnectionChange, PropertyChange, SettingsChange } from '../model-diff.js';

/**
 * A property value as written in a design, in its unit when the schema
 * gives one (the model holds `2` for `2s` and `0.999` for `99.9%`): `3`,
 * `2s`, `99.9%`, `[eu-west-1a, eu-west-1b]`, `{ mode: snapshot, interval: 1h }`.
 */
export function valueText(value: PlainValue | undefined, spec?: PropertySpec): string {
    if (value === undefined) {
        return 'unset';
    }
    if (Array.isArray(value)) {
        return `[${value.map((item: PlainValue) => valueText(item, spec)).join(', ')}]`;
    }
    if (typeof value === 'object') {
        return `{ ${Object.entries(value).map(([key, item]) => `${key}: ${valueText(item, spec?.children.get(key))}`).join(', ')} }`;
    }
    return typeof value === 'number' && spec?.unit ? formatQuantity(value, spec.unit) : String(value);
}

/** `replicas 2 → 3`, `timeout unset → 2s`, `engine postgres → unset`; `bag` (`kind.service`, `connection`) gives the units. */
export function changeText(change: PropertyChange, bag?: BagId): string {
    const spec = bag ? propertySchema().specAt(bag, [change.key]) : undefined;
    return `${change.key} ${valueText(change.before, spec)} → ${valueText(change.after, spec)}`;
}

export function plural(count: number, noun: string): string {
    return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

/** Why a design was not compared: `it does not parse at head`. */
export function unparsedText(sides: readonly string[]): string {
    return `not compared: it does not parse at ${sides.join(' and at ')}; fix its syntax errors (listed with the findings) to see what changed`;
}

/** A changed component's properties, in their units: `replicas 2 → 3; timeout unset → 2s`. */
export function componentChanges(component: ComponentChange): string {
    return component.changes.map((change) => changeText(change, `kind.${component.kind}`)).join('; ');
}

export function connectionChanges(connection: ConnectionChange): string {
    return connection.changes.map((change) => changeText(change, 'connection')).join('; ');
}

export function settingsChanges(block: SettingsChange): string {
    return block.changes.map((change) => changeText(change, `settings.${block.block}`)).join('; ');
}
