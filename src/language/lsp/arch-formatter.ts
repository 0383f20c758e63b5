/**
 * Formats `.arch` files without moving anything between lines: authors keep
 * one-line components (`cache Hot { engine: redis, ttl: 24h }`) next to
 * multi-line ones, and blank lines group related members. Only indentation
 * (two spaces per open `{` or `[`, one more for a statement continued on the
 * next line) and the spacing inside a line are normalised: one space around
 * `->`, after `:` and `,`, inside `{ }`; none before `:` and `,` (except the
 * `:` that starts a connection's words), inside `[ ]` or around `.`.
 * Trailing comments keep their column, so aligned comments stay aligned.
 */
import { type AstNode, CstUtils, type CstNode, GrammarAST, type LangiumDocument, type LeafCstNode } from 'langium';
import { AbstractFormatter, type FormattingAction, type FormattingActionOptions, type FormattingContext } from 'langium/lsp';
import type { FormattingOptions, Range, TextEdit } from 'vscode-languageserver';
import {
    isArchitecture, isDefaultsEntry, isImport, isJourneyPath, isMember, isModel, isOutgoing, isProperty, isShorthand, isWrites
} from '../generated/ast.js';

/** The language's one style, whatever the editor's tab settings. */
const STYLE: FormattingOptions = { tabSize: 2, insertSpaces: true };

const OPENING = new Set(['{', '[']);
const CLOSING = new Set(['}', ']']);

export class ArchFormatter extends AbstractFormatter {
    protected override doDocumentFormat(document: LangiumDocument, options: FormattingOptions, range?: Range): TextEdit[] {
        return super.doDocumentFormat(document, { ...options, ...STYLE }, range);
    }

    /** The layout is decided token by token over the whole file, once, from the root. */
    protected format(node: AstNode): void {
        if (!isModel(node) || !node.$cstNode) {
            return;
        }
        const formatter = this.getNodeFormatter(node);
        for (const { leaf, action } of layoutOf(node.$cstNode)) {
            formatter.cst([leaf]).prepend(action);
        }
    }

    /**
     * Langium's check, without spreading every error into Math.min: past
     * about 100,000 errors (a garbage file) that overflows the stack.
     */
    protected override isFormatRangeErrorFree(document: LangiumDocument, range: Range): boolean {
        const { lexerErrors, parserErrors } = document.parseResult;
        let earliestLine = Number.MAX_VALUE;
        for (const error of lexerErrors) {
            earliestLine = Math.min(earliestLine, error.line ?? Number.MAX_VALUE);
        }
        for (const error of parserErrors) {
            earliestLine = Math.min(earliestLine, error.token.startLine ?? Number.MAX_VALUE);
        }
        return earliestLine > range.end.line;
    }

    /** Keeps the line breaks that are there (and their `\r\n`s); only the indentation after them is set. */
    protected override createLineTextEdit(range: Range, _lines: number, context: FormattingContext, _options: FormattingActionOptions): TextEdit {
        const breaks = context.document.getText(range).match(/\r?\n/g) ?? ['\n'];
        return { range, newText: `${breaks.join('')}${' '.repeat(context.indentation * STYLE.tabSize)}` };
    }
}

interface Placement {
    readonly leaf: LeafCstNode;
    readonly action: FormattingAction;
}

/** The formatting of the gap before every token and comment. */
function* layoutOf(root: CstNode): Generator<Placement> {
    let depth = 0;
    let previousVisible: LeafCstNode | undefined;
    for (const leaf of CstUtils.flattenCst(root)) {
        const punctuation = punctuationOf(leaf);
        if (punctuation !== undefined && CLOSING.has(punctuation)) {
            depth = Math.max(0, depth - 1);
        }
        if (leaf.hidden) {
            yield { leaf, action: { options: {}, moves: [{ tabs: depth }] } };
            continue;
        }
        const indentation = depth + (continues(leaf, previousVisible) ? 1 : 0);
        const spaces = previousVisible ? spacesBetween(previousVisible, leaf) : 0;
        // A gap without a line break gets `spaces`; one with line breaks keeps them and is indented.
        yield { leaf, action: { options: {}, moves: [{ characters: spaces }, { tabs: indentation, lines: 1 }] } };
        if (punctuation !== undefined && OPENING.has(punctuation)) {
            depth++;
        }
        previousVisible = leaf;
    }
}

function spacesBetween(previous: LeafCstNode, current: LeafCstNode): number {
    const before = punctuationOf(previous);
    const after = punctuationOf(current);
    if (after === ':' && isShorthand(current.astNode)) {
        return 1; // a connection's words are set apart, as the spec writes them: `A -> B : https`
    }
    if (after === ':' || after === ',' || after === '.' || before === '.') {
        return 0;
    }
    if (before === '[' || after === ']' || (before === '{' && after === '}')) {
        return 0;
    }
    return 1;
}

/**
 * A token that starts a line in the middle of a statement (`-> C` after
 * `A -> B`, a value after `key:`) is indented one more level. Brackets,
 * list items and the first token of a member or property are not.
 */
function continues(leaf: LeafCstNode, previous: LeafCstNode | undefined): boolean {
    const punctuation = punctuationOf(leaf);
    const before = previous ? punctuationOf(previous) : undefined;
    if ((punctuation !== undefined && (punctuation === '{' || CLOSING.has(punctuation)))
        || (before !== undefined && (OPENING.has(before) || before === ','))) {
        return false;
    }
    return previous !== undefined && !startsStatement(leaf);
}

function startsStatement(leaf: LeafCstNode): boolean {
    for (let node: AstNode | undefined = leaf.astNode; node; node = node.$container) {
        if (node.$cstNode?.offset !== leaf.offset) {
            return false;
        }
        if (isMember(node) || isDefaultsEntry(node) || isJourneyPath(node) || isProperty(node) || isOutgoing(node) || isWrites(node) || isImport(node) || isArchitecture(node)) {
            return true;
        }
    }
    return false;
}

/** The keyword a token is, for punctuation (`{`, `:`, `->`…); undefined for names, numbers, strings. */
function punctuationOf(leaf: LeafCstNode): string | undefined {
    return GrammarAST.isKeyword(leaf.grammarSource) ? leaf.grammarSource.value : undefined;
}
