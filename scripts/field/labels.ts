/**
 * A reviewer's labels for one corpus design (`<name>.labels.json`, schema
 * `test/field/labels.schema.json`): a verdict on every finding, keyed by
 * rule and subject so that labels survive edits that move lines, and the
 * concerns the review misses.
 */
import * as fs from 'node:fs';
import type { Severity } from '../../src/model/finding.js';
import { createAjv } from '../../src/util/ajv.js';
import { LABELS_SCHEMA_FILE } from './corpus.js';

export type Verdict = 'tp' | 'fp' | 'noise';

export interface Label {
    readonly rule: string;
    /** The finding's `element`; null for a finding about the design as a whole. */
    readonly subject: string | null;
    /** Tells apart several findings of one rule on one subject: a piece of the message. */
    readonly match?: string;
    readonly severity: Severity;
    readonly label: Verdict;
    readonly reason: string;
}

export interface Miss {
    readonly rule: string;
    readonly proposed?: boolean;
    readonly subject: string | null;
    readonly reason: string;
}

export interface DesignLabels {
    readonly design: string;
    readonly source: string;
    readonly labels: readonly Label[];
    readonly misses: readonly Miss[];
}

/** Rule ids that are not review rules but may still label a finding. */
const LANGUAGE_ONLY_IDS = new Set(['syntax']);

/** The file's JSON, or undefined when there is no labels file yet. */
export function readLabelsJson(file: string): unknown {
    if (!fs.existsSync(file)) {
        return undefined;
    }
    try {
        return JSON.parse(fs.readFileSync(file, 'utf8')) as unknown;
    } catch (error) {
        throw new Error(`${file}: not valid JSON (${(error as Error).message})`, { cause: error });
    }
}

let schemaValidator: ReturnType<ReturnType<typeof createAjv>['compile']> | undefined;

function validateShape(json: unknown): string[] {
    schemaValidator ??= createAjv().compile(JSON.parse(fs.readFileSync(LABELS_SCHEMA_FILE, 'utf8')) as object);
    return schemaValidator(json) ? [] : (schemaValidator.errors ?? []).map((error) => `${error.instancePath || '/'} ${error.message ?? 'is invalid'}`);
}

/** Everything wrong with a labels file: its shape, unknown rules, keys given twice. */
export function labelProblems(json: unknown, knownRules: ReadonlySet<string>): string[] {
    const shape = validateShape(json);
    if (shape.length > 0) {
        return shape;
    }
    const labels = json as DesignLabels;
    return [...unknownRules(labels, knownRules), ...repeatedKeys(labels.labels)];
}

function isKnown(rule: string, knownRules: ReadonlySet<string>): boolean {
    return knownRules.has(rule) || LANGUAGE_ONLY_IDS.has(rule);
}

function unknownRules(labels: DesignLabels, knownRules: ReadonlySet<string>): string[] {
    const inLabels = labels.labels.filter((label) => !isKnown(label.rule, knownRules))
        .map((label) => `label ${labelKey(label)}: unknown rule ${label.rule}`);
    const inMisses = labels.misses.flatMap((miss) => {
        if (miss.proposed === true) {
            return isKnown(miss.rule, knownRules) ? [`miss ${miss.rule}: marked proposed, but the rule exists`] : [];
        }
        return isKnown(miss.rule, knownRules) ? [] : [`miss ${miss.rule}: unknown rule (mark a new rule with "proposed": true)`];
    });
    return [...inLabels, ...inMisses];
}

function repeatedKeys(labels: readonly Label[]): string[] {
    const seen = new Set<string>();
    const problems: string[] = [];
    for (const label of labels) {
        const key = labelKey(label);
        if (seen.has(key)) {
            problems.push(`label ${key}: given twice (tell them apart with "match")`);
        }
        seen.add(key);
    }
    return problems;
}

/** How a label reads in messages: `rule on subject [match]`. */
export function labelKey(label: Pick<Label, 'rule' | 'subject' | 'match'>): string {
    const subject = label.subject ?? '(design)';
    return label.match === undefined ? `${label.rule} on ${subject}` : `${label.rule} on ${subject} [${label.match}]`;
}
