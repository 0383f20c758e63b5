/**
 * The JSON Schema of `.archlens.json`, built from the rule registry and the
 * engines schema so that rule ids and rule options never drift from the
 * code. `schemas/archlens.schema.json` is this object, written by
 * `npm run docs` and checked by a test.
 */
import enginesSchema from '../../schemas/engines.schema.json' with { type: 'json' };
import type { AnyRule } from '../review/rule.js';
import { ESTIMATES_SCHEMA } from './estimate-config.js';
import { RULE_LEVELS } from './rule-settings.js';

export const CONFIG_SCHEMA_ID = 'https://archlens.dev/schemas/archlens.schema.json';

export function buildConfigSchema(rules: readonly AnyRule[]): Record<string, unknown> {
    return {
        $schema: 'https://json-schema.org/draft/2020-12/schema',
        $id: CONFIG_SCHEMA_ID,
        title: 'ArchLens configuration (.archlens.json)',
        description: 'Rule severities and options, estimator defaults and extra engines, for the designs in this folder and below.',
        type: 'object',
        properties: {
            $schema: { type: 'string', description: 'The schema of this file.' },
            rules: {
                type: 'object',
                description: 'Rule severities, as in ESLint: "off", "hint", "info", "warning", "error", or [severity, { options }].',
                properties: Object.fromEntries(rules.map((rule) => [rule.meta.id, ruleSettingSchema(rule)])),
                additionalProperties: false
            },
            estimates: ESTIMATES_SCHEMA,
            baseline: {
                type: 'string',
                pattern: '\\S',
                description: "The baseline file (written by 'archlens baseline'), relative to this file: its findings are accepted for now, so 'archlens check' reports only new ones and the editor hides or dims them."
            },
            engines: {
                type: 'object',
                description: 'Engines to add to (or override in) the knowledge base.',
                additionalProperties: { $ref: '#/$defs/engine' },
                propertyNames: { pattern: '^[a-z][a-z0-9_]*$' }
            }
        },
        additionalProperties: false,
        $defs: { level: levelSchema(), ...enginesSchema.$defs }
    };
}

function levelSchema(): Record<string, unknown> {
    return { enum: [...RULE_LEVELS], description: 'off, hint, info, warning or error.' };
}

function ruleSettingSchema(rule: AnyRule): Record<string, unknown> {
    const description = `${rule.meta.description} (default: ${rule.meta.severity})`;
    const items: Record<string, unknown>[] = [{ $ref: '#/$defs/level' }];
    if (rule.meta.options) {
        items.push(rule.meta.options.schema as unknown as Record<string, unknown>);
    }
    return {
        description,
        anyOf: [
            { $ref: '#/$defs/level' },
            { type: 'array', prefixItems: items, minItems: 1, maxItems: items.length, items: false }
        ]
    };
}

/** The part of a JSON Schema the key walk below reads. */
interface SchemaNode {
    readonly $ref?: string;
    readonly properties?: Readonly<Record<string, SchemaNode>>;
    readonly additionalProperties?: SchemaNode | boolean;
    readonly prefixItems?: readonly SchemaNode[];
    readonly anyOf?: readonly SchemaNode[];
    readonly $defs?: Readonly<Record<string, SchemaNode>>;
}

/**
 * The keys the schema names for the object at `segments` (`['estimates',
 * 'kinds', 'service']` → capacity_rps, availability, latency), following
 * `$ref`s, `anyOf` branches, list positions and per-name schemas; empty
 * when the schema names none there.
 */
export function keysAllowedAt(schema: Record<string, unknown>, segments: readonly string[]): string[] {
    const root = schema as SchemaNode;
    return keysOf(root, root, segments) ?? [];
}

function keysOf(root: SchemaNode, node: SchemaNode, segments: readonly string[]): string[] | undefined {
    const resolved = node.$ref?.startsWith('#/$defs/') ? root.$defs?.[node.$ref.slice('#/$defs/'.length)] ?? node : node;
    for (const branch of resolved.anyOf ?? []) {
        const keys = keysOf(root, branch, segments);
        if (keys) {
            return keys;
        }
    }
    if (segments.length === 0) {
        return resolved.properties ? Object.keys(resolved.properties) : undefined;
    }
    const [head, ...rest] = segments;
    const perName = typeof resolved.additionalProperties === 'object' ? resolved.additionalProperties : undefined;
    const child = resolved.properties?.[head] ?? resolved.prefixItems?.[Number(head)] ?? perName;
    return child ? keysOf(root, child, rest) : undefined;
}
