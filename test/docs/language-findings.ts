/**
 * What designs people read (samples, documentation examples) must be free
 * of: every language finding (`syntax`, `meta/…`), including unused or
 * reasonless suppressions and unconnected components.
 */
import type { Diagnostic } from 'vscode-languageserver-types';
import type { TestWorkspace } from '../helpers/workspace.js';

export function isLanguageFinding(rule: string): boolean {
    return rule === 'syntax' || rule.startsWith('meta/');
}

export function messageOf(diagnostic: Diagnostic): string {
    return typeof diagnostic.message === 'string' ? diagnostic.message : diagnostic.message.value;
}

/** The language diagnostics of a workspace, optionally ignoring some rules. */
export function languageDiagnostics(workspace: TestWorkspace, ignoredRules: readonly string[] = []): Diagnostic[] {
    return workspace.diagnostics().filter((diagnostic) => {
        const rule = String(diagnostic.code);
        return isLanguageFinding(rule) && !ignoredRules.includes(rule);
    });
}
