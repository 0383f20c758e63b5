/**
 * Reads `.archlens.json`: JSON with comments, validated against the config
 * schema with ajv. Every problem carries the JSON path, what is allowed and
 * the range in the file, so the editor can underline it and the CLI can
 * name it. A config with problems is not used: the review goes on with the
 * defaults.
 */
import type { ErrorObject } from 'ajv/dist/2020.js';
import { findNodeAtLocation, type Node as JsonNode, parseTree, type ParseError, printParseErrorCode } from 'jsonc-parser';
import * as path from 'node:path';
import type { EngineEntry } from '../engine-catalog/engine-catalog.js';
import { suggestKey } from '../properties/property-schema.js';
import { ALL_RULES, RULE_IDS } from '../review/registry.js';
import { config as validateConfig } from '../generated/validators.js'; // compiled at build time from buildConfigSchema(ALL_RULES)
import { DEFAULT_ESTIMATE_SETTINGS, type EstimateSettings } from '../estimates/estimate-defaults.js';
import { describeAjvError } from '../util/ajv-messages.js';
import { buildConfigSchema, keysAllowedAt } from './config-schema.js';
import { type RawEstimates, toEstimateSettings } from './estimate-config.js';
import { RULE_LEVELS, type RuleOverride, type RuleSetting, toOverride } from './rule-settings.js';

export const CONFIG_FILE_NAME = '.archlens.json';

export interface ConfigProblem {
    /** JSON path, e.g. `/rules/avail~1single-zone`, shown as `rules["avail/single-zone"]`. */
    readonly path: string;
    readonly message: string;
    /** Offsets in the file text. */
    readonly offset: number;
    readonly length: number;
}

export interface ArchlensConfig {
    /** Where it was read from (absent for the defaults). */
    readonly file?: string;
    readonly rules: ReadonlyMap<string, RuleOverride>;
    readonly engines: ReadonlyMap<string, EngineEntry>;
    readonly estimates: EstimateSettings;
    /** The baseline file it names, resolved against the configuration's folder. */
    readonly baseline?: string;
}

export const DEFAULT_CONFIG: ArchlensConfig = { rules: new Map(), engines: new Map(), estimates: DEFAULT_ESTIMATE_SETTINGS };

export interface LoadedConfig {
    readonly config: ArchlensConfig;
    readonly problems: readonly ConfigProblem[];
}

interface RawConfig {
    readonly rules?: Readonly<Record<string, RuleSetting>>;
    readonly engines?: Readonly<Record<string, EngineEntry>>;
    readonly estimates?: RawEstimates;
    readonly baseline?: string;
}

/** A real configuration is a few kilobytes; a larger file is not read (a stray data file, or a mistake). */
export const MAX_CONFIG_CHARACTERS = 1_000_000;

/** Problems reported per file: a garbage file would otherwise give one per character. */
export const MAX_CONFIG_PROBLEMS = 100;

/** Parses and validates a config file's text; with problems, the defaults are used. */
export function parseConfig(text: string, file?: string): LoadedConfig {
    if (text.length > MAX_CONFIG_CHARACTERS) {
        const size = `${(text.length / 1_000_000).toFixed(1)} million characters`;
        return failed([{ path: '', message: `The file is too large for a configuration (${size}; at most ${MAX_CONFIG_CHARACTERS.toLocaleString('en-US')}): is it the right file?`, offset: 0, length: 0 }]);
    }
    let parsed: { tree: JsonNode | undefined; errors: ParseError[]; raw: unknown };
    try {
        parsed = parseJson(text);
    } catch (error) {
        if (error instanceof RangeError) {
            // The JSON parser recurses per level: thousands of nested [ or { overflow the stack.
            return failed([{ path: '', message: 'The configuration is nested too deeply to read.', offset: 0, length: 0 }]);
        }
        throw error;
    }
    const { tree, errors: parseErrors, raw } = parsed;
    if (parseErrors.length > 0 || !tree) {
        const problems = uniqueBy(parseErrors.map((error) => ({ path: '', message: `Invalid JSON: ${describeParseError(error)}.`, offset: error.offset, length: Math.max(error.length, 1) })));
        return failed(problems.length > 0 ? problems : [{ path: '', message: 'The file is empty: write a JSON object.', offset: 0, length: 0 }]);
    }
    if (!validateConfig(raw)) {
        return failed(explain(validateConfig.errors ?? [], tree));
    }
    const config = raw as RawConfig;
    const estimates = toEstimateSettings(config.estimates);
    if (estimates.problems.length > 0) {
        return { config: DEFAULT_CONFIG, problems: estimates.problems.map((problem) => at(tree, problem.path, false, problem.message)) };
    }
    return {
        config: {
            file,
            rules: new Map(Object.entries(config.rules ?? {}).map(([id, setting]) => [id, toOverride(setting)])),
            engines: new Map(Object.entries(config.engines ?? {})),
            estimates: estimates.settings,
            ...(config.baseline !== undefined && file !== undefined ? { baseline: path.resolve(path.dirname(file), config.baseline) } : {})
        },
        problems: []
    };
}

function parseJson(text: string): { tree: JsonNode | undefined; errors: ParseError[]; raw: unknown } {
    const errors: ParseError[] = [];
    const tree = parseTree(text, errors, { allowTrailingComma: true, disallowComments: false });
    return { tree, errors, raw: errors.length === 0 && tree ? JSON.parse(JSON.stringify(nodeValue(tree))) as unknown : undefined };
}

/** The defaults, with the first problems (the rest would bury them). */
function failed(problems: readonly ConfigProblem[]): LoadedConfig {
    const shown = problems.slice(0, MAX_CONFIG_PROBLEMS);
    if (problems.length > shown.length) {
        const last = shown[shown.length - 1];
        shown.push({ path: '', message: `… and ${problems.length - shown.length} more problems.`, offset: last.offset, length: last.length });
    }
    return { config: DEFAULT_CONFIG, problems: shown };
}

function nodeValue(node: JsonNode): unknown {
    switch (node.type) {
        case 'object':
            return Object.fromEntries((node.children ?? []).map((property) => [property.children?.[0]?.value as string, property.children?.[1] ? nodeValue(property.children[1]) : null]));
        case 'array':
            return (node.children ?? []).map(nodeValue);
        default:
            return node.value as unknown;
    }
}

function uniqueBy(problems: readonly ConfigProblem[]): ConfigProblem[] {
    const seen = new Set<string>();
    return problems.filter((problem) => {
        const key = `${problem.offset}|${problem.message}`;
        return seen.has(key) ? false : (seen.add(key), true);
    });
}

function describeParseError(error: ParseError): string {
    return printParseErrorCode(error.error).replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}

/**
 * One problem per offending place, worded for people: only the deepest
 * errors count (a wrong option inside `[level, { … }]` says more than "must
 * match a schema in anyOf" on the rule), and a rule setting gets one message.
 */
function explain(allErrors: readonly ErrorObject[], tree: JsonNode): ConfigProblem[] {
    // Judging which errors are deepest compares every pair: keep it to the first ones.
    const errors = allErrors.slice(0, MAX_CONFIG_PROBLEMS * 10);
    const deepest = errors.filter((error) => isUnknownKey(error) || !errors.some((other) => other.instancePath.startsWith(`${error.instancePath}/`)));
    const byPath = new Map<string, ErrorObject[]>();
    for (const error of deepest) {
        byPath.set(error.instancePath, [...(byPath.get(error.instancePath) ?? []), error]);
    }
    return [...byPath.entries()].flatMap(([pointer, group]) => explainPlace(pointerSegments(pointer), group, tree))
        .sort((a, b) => a.offset - b.offset);
}

function isUnknownKey(error: ErrorObject): boolean {
    return (error.params as { additionalProperty?: string }).additionalProperty !== undefined;
}

function explainPlace(segments: readonly string[], group: readonly ErrorObject[], tree: JsonNode): ConfigProblem[] {
    const unknownKeys = group.map((error) => (error.params as { additionalProperty?: string }).additionalProperty).filter((key): key is string => key !== undefined);
    if (unknownKeys.length > 0) {
        return unknownKeys.map((key) => at(tree, [...segments, key], true, unknownKeyMessage(segments, key)));
    }
    if (segments.length === 2 && segments[0] === 'rules') {
        return [at(tree, segments, false, `${displayPath(segments)} must be one of ${RULE_LEVELS.join(', ')}, or [severity, { options }].`)];
    }
    const error = group.find((candidate) => candidate.keyword !== 'anyOf') ?? group[0];
    const allowed = (error.params as { allowedValues?: readonly string[] }).allowedValues;
    const what = allowed ? `must be one of ${allowed.join(', ')}` : describeAjvError(error);
    return [at(tree, segments, false, `${displayPath(segments) || 'The configuration'} ${what}.`)];
}

function unknownKeyMessage(parent: readonly string[], key: string): string {
    if (parent.length === 1 && parent[0] === 'rules') {
        const guess = suggestKey(key, [...RULE_IDS]);
        return `Unknown rule '${key}'.${guess ? ` Did you mean '${guess}'?` : ' Run `archlens rules` for the list.'}`;
    }
    const allowed = keysAllowedAt(configSchema(), parent).filter((allowedKey) => allowedKey !== '$schema');
    const guess = suggestKey(key, allowed);
    const hint = guess ? ` Did you mean '${guess}'?` : '';
    const list = allowed.length > 0 ? ` Allowed: ${allowed.join(', ')}.` : ` ${displayPath(parent) || 'The configuration'} takes no keys.`;
    return `Unknown key '${key}' in ${displayPath(parent) || 'the configuration'}.${hint}${list}`;
}

let builtSchema: Record<string, unknown> | undefined;

/** The schema the validator was compiled from, built once when a message needs it. */
function configSchema(): Record<string, unknown> {
    builtSchema ??= buildConfigSchema(ALL_RULES);
    return builtSchema;
}

function at(tree: JsonNode, segments: readonly string[], onKey: boolean, message: string): ConfigProblem {
    const node = findNodeAtLocation(tree, segments.map((segment) => (/^\d+$/.test(segment) ? Number(segment) : segment)));
    const target = onKey ? node?.parent?.children?.[0] ?? node : node;
    return {
        path: `/${segments.map((segment) => segment.replace(/~/g, '~0').replace(/\//g, '~1')).join('/')}`.replace(/^\/$/, ''),
        message,
        offset: target?.offset ?? 0,
        length: target?.length ?? 0
    };
}

function pointerSegments(pointer: string): string[] {
    return pointer === '' ? [] : pointer.slice(1).split('/').map((segment) => segment.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** `rules["avail/single-zone"][1].readRatio`: a path as people read it. */
export function displayPath(segments: readonly string[]): string {
    return segments.map((segment, index) => {
        if (/^\d+$/.test(segment)) {
            return `[${segment}]`;
        }
        if (/^[A-Za-z_$][\w$]*$/.test(segment)) {
            return index === 0 ? segment : `.${segment}`;
        }
        return `[${JSON.stringify(segment)}]`;
    }).join('');
}
