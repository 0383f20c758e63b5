/**
 * Markdown that completion items and hovers share, so a key reads the same in
 * the suggestion list and under the mouse: what a property means and accepts,
 * what an allowed value means, and what the knowledge base says of an engine.
 */
import type { EngineEntry } from '../../engine-catalog/engine-catalog.js';
import type { PlainValue } from '../../model/property-bag.js';
import { UNIT_EXAMPLES } from '../../model/units.js';
import { describeExpected, type PropertySpec } from '../../properties/property-spec.js';
import { SHORTHAND_DESCRIPTIONS, expandShorthand } from '../connection-shorthand.js';
import { autolink, codeSpan, inlineText } from '../../util/escape/markdown.js';

/** Entries of an engine that are about the entry itself, not facts of the engine. */
const ENGINE_ENTRY_FIELDS = new Set(['title', 'kinds', 'notes', 'sources']);

export function propertyDocumentation(spec: PropertySpec): string {
    const sections = [spec.description, accepted(spec), allowedValues(spec)];
    return sections.filter((section): section is string => !!section).join('\n\n');
}

/** What one allowed value means, from the schema's `enumDescriptions`. */
export function enumValueDescription(spec: PropertySpec, value: string): string | undefined {
    const index = spec.enum?.indexOf(value) ?? -1;
    return index >= 0 ? spec.enumDescriptions?.[index] : undefined;
}

export function engineDocumentation(id: string, entry: EngineEntry): string {
    const facts = Object.entries(entry)
        .filter(([fact, value]) => !ENGINE_ENTRY_FIELDS.has(fact) && value !== undefined)
        .map(([fact, value]) => `- ${codeSpan(fact)}: ${inlineText(formatValue(value as PlainValue))}`);
    // An engine may be described in a workspace's .archlens.json: all of it is escaped as text.
    const sections = [
        `**${inlineText(entry.title)}** (${codeSpan(id)}), serves: ${inlineText(entry.kinds.join(', '))}`,
        facts.length > 0 ? `Facts (a property written in the design overrides them):\n${facts.join('\n')}` : undefined,
        entry.notes ? inlineText(entry.notes) : undefined,
        entry.sources && entry.sources.length > 0 ? `Sources: ${entry.sources.map(autolink).join(', ')}` : undefined
    ];
    return sections.filter((section): section is string => !!section).join('\n\n');
}

/** What a word of a connection's `:` shorthand sets (undefined for a word outside the vocabulary). */
export function shorthandDocumentation(word: string): string | undefined {
    const described = SHORTHAND_DESCRIPTIONS[word];
    if (described) {
        return described;
    }
    const expanded = expandShorthand([word]);
    if (!expanded.ok) {
        return undefined;
    }
    return `Sets ${Object.entries(expanded.values).map(([key, value]) => `\`${key}: ${formatValue(value)}\``).join(', ')}.`;
}

export function formatValue(value: PlainValue): string {
    if (Array.isArray(value)) {
        return `[${value.map((item: PlainValue) => formatValue(item)).join(', ')}]`;
    }
    if (typeof value === 'object') {
        return `{ ${Object.entries(value).map(([key, item]) => `${key}: ${formatValue(item)}`).join(', ')} }`;
    }
    return String(value);
}

function accepted(spec: PropertySpec): string {
    const lines = [`Accepts ${describeExpected(spec)}.`];
    if (spec.unit) {
        lines.push(`Unit: ${spec.unit}, written like ${UNIT_EXAMPLES[spec.unit]}.`);
    }
    if (spec.suggest && spec.suggest.length > 0) {
        lines.push(`Common values: ${spec.suggest.map((word) => `\`${word}\``).join(', ')}.`);
    }
    if (spec.default !== undefined) {
        lines.push(`Default: \`${formatValue(spec.default)}\`.`);
    }
    // Two trailing spaces: a Markdown line break inside one paragraph.
    return lines.join('  \n');
}

function allowedValues(spec: PropertySpec): string | undefined {
    if (!spec.enum || !spec.enumDescriptions) {
        return undefined;
    }
    return spec.enum.map((value, index) => `- \`${value}\`: ${spec.enumDescriptions?.[index] ?? ''}`).join('\n');
}
