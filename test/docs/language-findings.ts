/**
 * Language findings (syntax and meta/…) of test workspaces, for the tests
 * that require designs users read (samples, documentation examples) to be
 * free of them.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Diagnostic } from 'vscode-languageserver-types';
import type { TestWorkspace } from '../helpers/workspace.js';

const RULES_CATALOG = path.resolve(import.meta.dirname, '../../../shared/spec/rules.md');

/**
 * Rule ids of the catalog in the product contract. A suppression naming one
 * of them is reported as "Unknown rule" only while that rule is not
 * implemented yet; once it is, an unused suppression is reported as unused
 * and counts as a language finding.
 */
function catalogRuleIds(): ReadonlySet<string> {
    if (!fs.existsSync(RULES_CATALOG)) {
        return new Set();
    }
    return new Set([...fs.readFileSync(RULES_CATALOG, 'utf8').matchAll(/^\| `([a-z]+\/[a-z0-9-]+)` \|/gm)].map((match) => match[1]));
}

const CATALOG = catalogRuleIds();

function namesPendingRule(message: string): boolean {
    const rule = /^Unknown rule '([^']+)'/.exec(message)?.[1];
    return rule !== undefined && CATALOG.has(rule);
}

/** `syntax` and `meta/…` findings, except suppressions of catalog rules not implemented yet. */
export function isLanguageFinding(rule: string, message: string): boolean {
    return (rule === 'syntax' || rule.startsWith('meta/')) && !namesPendingRule(message);
}

export function messageOf(diagnostic: Diagnostic): string {
    return typeof diagnostic.message === 'string' ? diagnostic.message : diagnostic.message.value;
}

/**
 * Test workspaces are in memory (Langium's EmptyFileSystem says no file
 * exists), so an import of another file of the same workspace is reported as
 * missing. Imports are checked for real by building from disk.
 */
function isInMemoryImportArtifact(diagnostic: Diagnostic, workspace: TestWorkspace): boolean {
    const lookedFor = /^Cannot find '.*' \(looked for (.+)\)\.$/.exec(messageOf(diagnostic))?.[1];
    return lookedFor !== undefined && workspace.documents.some((document) => document.uri.fsPath === lookedFor);
}

/** The language diagnostics of a workspace, optionally ignoring some rules. */
export function languageDiagnostics(workspace: TestWorkspace, ignoredRules: readonly string[] = []): Diagnostic[] {
    return workspace.diagnostics().filter((diagnostic) => {
        const rule = String(diagnostic.code);
        return isLanguageFinding(rule, messageOf(diagnostic)) && !ignoredRules.includes(rule) && !isInMemoryImportArtifact(diagnostic, workspace);
    });
}
