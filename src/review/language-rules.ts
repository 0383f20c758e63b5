/**
 * Findings of the language itself: always on, reported by the parser and
 * validator rather than by review rules. Listed for `archlens rules`, SARIF
 * and the docs.
 */
import type { Severity } from '../model/finding.js';

export interface LanguageRule {
    readonly id: string;
    readonly severity: Severity;
    readonly description: string;
}

export const LANGUAGE_RULES: readonly LanguageRule[] = [
    { id: 'syntax', severity: 'error', description: 'The file does not parse: a typo, a missing brace, an unknown kind or connection word.' },
    { id: 'meta/duplicate-name', severity: 'error', description: 'A component or transaction name used twice in one design, or a key set twice.' },
    { id: 'meta/unresolved-reference', severity: 'error', description: 'A connection, `writes` list or import names something that does not exist.' },
    { id: 'meta/unknown-property', severity: 'warning', description: 'A property key the kind, group, settings block or connection does not take.' },
    { id: 'meta/invalid-value', severity: 'error', description: 'A value of the wrong type, unit or range, or outside the allowed set.' }
];
