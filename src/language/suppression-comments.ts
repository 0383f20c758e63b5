/**
 * Suppression comments, ESLint style:
 *   // archlens-disable-next-line RULE[, RULE] [-- reason]
 *   // archlens-disable RULE[, RULE] [-- reason]      (the whole file)
 * A comment that names no rule silences every rule, as in ESLint.
 */
import { CstUtils, type LangiumDocument, type LeafCstNode } from 'langium';
import type { Suppression } from '../model/design.js';

/**
 * What the "disable" quick fixes write as the reason: it counts as no reason
 * until the author replaces it, so the missing-reason hint stays visible.
 */
export const REASON_PLACEHOLDER = 'TODO: say why this risk is accepted';

const DIRECTIVE = /^(?:\/\/|\/\*)\s*archlens-(disable-next-line|disable)(?=\s|\*\/|$)([\s\S]*?)(?:\*\/)?\s*$/;

export interface SuppressionDirective {
    readonly scope: 'next-line' | 'file';
    readonly rules: readonly string[];
    readonly reason?: string;
}

/** Reads one comment; `undefined` when it is not a suppression. */
export function parseSuppressionComment(comment: string): SuppressionDirective | undefined {
    const match = DIRECTIVE.exec(comment.trim());
    if (!match) {
        return undefined;
    }
    const [, directive, rest] = match;
    const separator = rest.indexOf('--');
    const rulesText = separator >= 0 ? rest.slice(0, separator) : rest;
    const reason = separator >= 0 ? rest.slice(separator + 2).trim() : '';
    return {
        scope: directive === 'disable' ? 'file' : 'next-line',
        rules: rulesText.split(/[\s,]+/).filter((rule) => rule.length > 0),
        reason: reason.length > 0 && reason !== REASON_PLACEHOLDER ? reason : undefined
    };
}

/** Every suppression comment of a document, with the line each applies to. */
export function suppressionsOf(document: LangiumDocument): Suppression[] {
    const root = document.parseResult.value.$cstNode;
    if (!root) {
        return [];
    }
    const lines = document.textDocument.getText().split(/\r?\n/);
    const suppressions: Suppression[] = [];
    for (const node of CstUtils.streamCst(root)) {
        if (!isComment(node)) {
            continue;
        }
        const directive = parseSuppressionComment(node.text);
        if (directive) {
            suppressions.push({
                ...directive,
                uri: document.uri.toString(),
                range: node.range,
                targetLine: directive.scope === 'next-line' ? nextCodeLine(lines, node.range.end.line + 1) : undefined
            });
        }
    }
    return suppressions;
}

function isComment(node: unknown): node is LeafCstNode {
    const leaf = node as Partial<LeafCstNode>;
    return leaf.hidden === true && (leaf.tokenType?.name === 'SL_COMMENT' || leaf.tokenType?.name === 'ML_COMMENT');
}

/** The next line holding code: stacked comments and blank lines are skipped. */
function nextCodeLine(lines: readonly string[], from: number): number {
    for (let line = from; line < lines.length; line++) {
        const text = lines[line].trim();
        if (text.length > 0 && !text.startsWith('//')) {
            return line;
        }
    }
    return from;
}
