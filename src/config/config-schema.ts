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
