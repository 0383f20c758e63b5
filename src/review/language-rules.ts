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
    { id: 'meta/invalid-value', severity: 'error', description: 'A value of the wrong type, unit or range, or outside the allowed set.' },
    { id: 'import/invalid-yaml', severity: 'error', description: 'A Compose file or manifest that cannot be read as YAML (or holds an unrendered template, or nests too deep): nothing in that document is imported.' },
    { id: 'import/schema', severity: 'error', description: 'A Compose file the published Compose schema rejects: an unknown key, a value of the wrong type.' },
    { id: 'import/not-followed', severity: 'info', description: 'Something the import does not read (`include`, `extends`, `env_file`): what it would add is missing from the imported design.' }
];
