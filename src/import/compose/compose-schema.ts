/**
 * Checks a Compose file against the published Compose schema
 * (schemas/vendor/compose-spec.json, compiled at build time) and positions
 * each problem on the key or value it is about.
 */
import type { ErrorObject } from 'ajv';
import type { Document } from 'yaml';
import { compose as validateCompose } from '../../generated/compose-validator.js';
import type { ImportProblem } from '../imported-system.js';
import { offsetsOf, YamlReader } from '../yaml/yaml-nodes.js';
import { MAX_ALIASES, type YamlFile } from '../yaml/yaml-source.js';

/** More than this many schema problems in one file are summed up in one line: a wrong file, not a typo. */
const MAX_PROBLEMS = 20;

export function composeSchemaProblems(file: YamlFile, document: Document.Parsed): ImportProblem[] {
    let value: unknown;
    try {
        value = document.toJS({ maxAliasCount: MAX_ALIASES });
    } catch (error) {
        const [start, end] = offsetsOf(document.contents ?? undefined);
        return [{ uri: file.uri, range: file.rangeOf(start, end), rule: 'import/invalid-yaml', severity: 'error', message: `This Compose file cannot be read: ${error instanceof Error ? error.message : String(error)}.` }];
    }
    if (validateCompose(value)) {
        return [];
    }
    const errors = meaningful(validateCompose.errors ?? []);
    const reader = new YamlReader(document);
    const problems = errors.slice(0, MAX_PROBLEMS).map((error): ImportProblem => {
        const [start, end] = offsetsOf(nodeAt(reader, document, error));
        return { uri: file.uri, range: file.rangeOf(start, end), rule: 'import/schema', severity: 'error', message: `Not a valid Compose file: ${describe(error)}.` };
    });
    if (errors.length > MAX_PROBLEMS) {
        problems.push({ ...problems[0], message: `… and ${errors.length - MAX_PROBLEMS} more problems with the Compose schema: is this a Compose file?` });
    }
    return problems;
}

/**
 * ajv reports every branch of a `oneOf` that failed; a person needs the
 * deepest problem at each place, not "must match exactly one schema" above it.
 */
function meaningful(errors: readonly ErrorObject[]): ErrorObject[] {
    const byPlace = new Map<string, ErrorObject>();
    for (const error of errors) {
        if (error.keyword === 'oneOf' || error.keyword === 'anyOf' || error.keyword === 'if') {
            continue;
        }
        const place = `${error.instancePath}|${error.keyword === 'additionalProperties' ? String(error.params.additionalProperty) : ''}`;
        if (!byPlace.has(place)) {
            byPlace.set(place, error);
        }
    }
    const kept = [...byPlace.values()];
    return kept.length > 0 ? kept : [...errors.slice(0, 1)];
}

function describe(error: ErrorObject): string {
    const where = error.instancePath === '' ? 'the file' : `\`${error.instancePath.slice(1).split('/').map(unescape).join('.')}\``;
    if (error.keyword === 'additionalProperties') {
        return `${where} has no key \`${String(error.params.additionalProperty)}\``;
    }
    if (error.keyword === 'enum') {
        return `${where} must be one of ${(error.params.allowedValues as unknown[]).map((value) => `\`${String(value)}\``).join(', ')}`;
    }
    return `${where} ${error.message ?? 'is not valid'}`;
}

function unescape(segment: string): string {
    return segment.replace(/~1/g, '/').replace(/~0/g, '~');
}

/** The node an error is about: the offending key for an unknown key, else the value at its path. */
function nodeAt(reader: YamlReader, document: Document.Parsed, error: ErrorObject): import('yaml').Node | undefined {
    let node = reader.resolve(document.contents);
    for (const segment of error.instancePath.split('/').slice(1).map(unescape)) {
        const next = reader.isSeq(node) ? reader.items(node)[Number(segment)] : reader.get(node, segment);
        if (!next) {
            break;
        }
        node = next;
    }
    if (error.keyword === 'additionalProperties') {
        return reader.entry(node, String(error.params.additionalProperty))?.keyNode ?? node;
    }
    return node;
}
