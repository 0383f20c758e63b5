/**
 * A component as the design model sees it, in Markdown: its kind, title,
 * engine, the properties that decide availability and capacity (engine facts
 * included), and how connected it is. Shown on hover and in reference
 * completion.
 */
import type { Component, Design } from '../../model/design.js';
import type { PlainValue } from '../../model/property-bag.js';
import type { ComponentPropertyKey } from '../../model/property-keys.js';
import { formatNumber, formatPercent, UNIT_SUFFIXES_BY_KIND, type UnitKind, parseQuantity } from '../../model/units.js';
import type { PropertySchema } from '../../properties/property-schema.js';
import { codeSpan, inlineText } from '../../util/escape/markdown.js';
import { formatValue } from './property-documentation.js';

/** The properties a reviewer looks at first, in this order. */
const KEY_PROPERTIES: readonly ComponentPropertyKey[] = ['replicas', 'zones', 'autoscale', 'shards', 'partitions', 'capacity_rps', 'availability', 'latency'];

export function componentSummary(component: Component, design: Design | undefined, schema: PropertySchema): string {
    const title = component.title ? ` "${inlineText(component.title)}"` : '';
    const where = component.foreign || !design ? ` (design ${codeSpan(component.design)})` : '';
    const lines = [`**${inlineText(component.name)}**${title}: ${codeSpan(component.kind)}${where}`];
    if (component.engine) {
        lines.push(component.engine.known ? `Engine: ${inlineText(component.engine.title ?? component.engine.id)} (${codeSpan(component.engine.id)})` : `Engine: ${codeSpan(component.engine.id)} (not in the knowledge base)`);
    }
    const properties = keyProperties(component, schema);
    if (properties) {
        lines.push(properties);
    }
    const inherited = inheritedProperties(component, schema);
    if (inherited) {
        lines.push(inherited);
    }
    if (design) {
        lines.push(connectionCounts(component, design));
    }
    return lines.join('  \n');
}

function keyProperties(component: Component, schema: PropertySchema): string | undefined {
    const shown = KEY_PROPERTIES.flatMap((key) => {
        const entry = component.properties.entry(key);
        if (!entry) {
            return [];
        }
        const unit = schema.specAt(`kind.${component.kind}`, [key])?.unit;
        const origin = entry.source === 'engine' ? ' (engine)' : entry.source === 'inherited' ? ' (inherited)' : '';
        return [`${key}: ${inlineText(withUnit(entry.value, unit))}${origin}`];
    });
    return shown.length > 0 ? shown.join(' · ') : undefined;
}

/** Every value the component inherits, with where it is stated: `timeout: 2s (defaults of design Shop)`. */
function inheritedProperties(component: Component, schema: PropertySchema): string | undefined {
    const shown = [...component.properties.keys()].flatMap((key) => {
        const entry = component.properties.entry(key as ComponentPropertyKey);
        if (entry?.source !== 'inherited') {
            return [];
        }
        const unit = schema.specAt(`kind.${component.kind}`, [key])?.unit;
        return [`${key}: ${inlineText(withUnit(entry.value, unit))} (${inlineText(entry.from ?? 'inherited')})`];
    });
    return shown.length > 0 ? `Inherited: ${shown.join(' · ')}` : undefined;
}

function connectionCounts(component: Component, design: Design): string {
    const incoming = design.connections.filter((connection) => connection.target === component).length;
    const outgoing = design.connections.filter((connection) => connection.source === component).length;
    return `Connections: ${incoming} incoming, ${outgoing} outgoing`;
}

/** A normalised number written back with the largest suffix it reaches: 0.005 → 5ms, 100000 → 100k. */
function withUnit(value: PlainValue, unit: UnitKind | undefined): string {
    if (typeof value !== 'number') {
        return formatValue(value);
    }
    if (unit === 'percent') {
        return formatPercent(value);
    }
    const suffixes = unit && unit !== 'count' ? UNIT_SUFFIXES_BY_KIND[unit] : UNIT_SUFFIXES_BY_KIND.count;
    // Binary sizes (KiB) are accepted on input but read back in decimal ones.
    const scales = suffixes.filter((suffix) => !suffix.includes('i'))
        .map((suffix) => ({ suffix, factor: factorOf(suffix) }))
        .sort((a, b) => a.factor - b.factor);
    const fitting = scales.filter((scale) => scale.factor <= value).at(-1) ?? (unit === 'duration' || unit === 'size' ? scales[0] : undefined);
    return fitting ? `${round(value / fitting.factor)}${fitting.suffix}` : round(value);
}

/** What one unit of a suffix is worth, asked of the unit parser itself. */
function factorOf(suffix: string): number {
    const parsed = parseQuantity(`1${suffix}`);
    return parsed.ok ? parsed.quantity.value : 1;
}

function round(value: number): string {
    return formatNumber(value, 4);
}
