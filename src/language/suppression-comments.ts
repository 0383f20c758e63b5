/**
 * Suppression comments, ESLint style:
 *   // archlens-disable-next-line RULE[, RULE] [-- reason]
 *   // archlens-disable RULE[, RULE] [-- reason]      (the whole file)
 * A comment that names no rule silences every rule, as in ESLint.
 */
import { type CstNode, CstUtils, type LangiumDocument, type LeafCstNode } from 'langium';
import type { Range, Suppression } from '../model/design.js';

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
    // Most files hold no directive: skip the walk over every token of a large file.
    if (!root || !document.textDocument.getText().includes('archlens-disable')) {
        return [];
    }
    const uri = document.uri.toString();
    const found: { directive: SuppressionDirective; range: Range; targetLine?: number }[] = [];
    let waiting: typeof found = [];
    for (const node of CstUtils.streamCst(root)) {
        if (!isLeaf(node)) {
            continue;
        }
        if (isComment(node)) {
            const directive = parseSuppressionComment(node.text);
            if (directive) {
                const entry = { directive, range: node.range };
                found.push(entry);
                if (directive.scope === 'next-line') {
                    waiting.push(entry);
                }
            }
        } else if (!node.hidden) {
            // The next token that is not a comment: stacked comments and blank lines are skipped.
            waiting.forEach((entry) => { entry.targetLine = node.range.start.line; });
            waiting = [];
        }
    }
    waiting.forEach((entry) => { entry.targetLine = entry.range.end.line + 1; });
    return found.map(({ directive, range, targetLine }) => ({ ...directive, uri, range, targetLine }));
}

function isLeaf(node: CstNode): node is LeafCstNode {
    return 'tokenType' in node;
}

function isComment(node: LeafCstNode): boolean {
    return node.hidden && (node.tokenType.name === 'SL_COMMENT' || node.tokenType.name === 'ML_COMMENT');
}
