/**
 * Langium's parser is recursive descent and its syntax tree getters recurse
 * too: a few hundred nested `{` or `[` overflow the stack (a cold process
 * fails at about 150 levels), which would crash the build of every document
 * in the workspace. This lexer keeps the parser within a fixed depth: tokens
 * nested deeper than MAX_NESTING are left out of the token stream, the rest
 * of the file parses as usual, and each left-out stretch is a syntax error.
 */
import type { ILexingError, IToken } from 'chevrotain';
import { DefaultLexer, type LexerResult, type TokenizeOptions } from 'langium';

/** Far deeper than any design needs (a handful of levels), well within the parser's stack. */
export const MAX_NESTING = 64;


export class NestingLimitLexer extends DefaultLexer {
    override tokenize(text: string, options?: TokenizeOptions): LexerResult {
        const result = super.tokenize(text, options);
        const skipped = tooDeepStretches(result.tokens);
        if (skipped.length === 0) {
            return result;
        }
        return {
            ...result,
            tokens: outside(result.tokens, skipped),
            hidden: outside(result.hidden, skipped),
            errors: [...result.errors, ...skipped.map(nestingError)]
        };
    }
}

interface Stretch {
    readonly first: IToken;
    /** Offset of the last character left out (the end of the file when the bracket is never closed). */
    readonly endOffset: number;
}

/**
 * The stretches of tokens nested deeper than the limit, in order; a
 * mismatched closer closes nothing. Brackets are one character: a token's
 * length is checked before its text (this runs over every token of every
 * parse).
 */
function tooDeepStretches(tokens: readonly IToken[]): Stretch[] {
    const stretches: Stretch[] = [];
    const open: string[] = [];
    let first: IToken | undefined;
    for (const token of tokens) {
        if (token.image.length !== 1) {
            continue;
        }
        const closer = token.image === '{' ? '}' : token.image === '[' ? ']' : undefined;
        if (closer) {
            open.push(closer);
            if (open.length > MAX_NESTING && !first) {
                first = token;
            }
        } else if (token.image === open[open.length - 1]) {
            open.pop();
            if (first && open.length === MAX_NESTING) {
                stretches.push({ first, endOffset: token.endOffset ?? token.startOffset });
                first = undefined;
            }
        }
    }
    if (first) {
        stretches.push({ first, endOffset: Number.MAX_SAFE_INTEGER });
    }
    return stretches;
}

/** The tokens outside every stretch; both lists are in document order, so one pass does. */
function outside(tokens: readonly IToken[], stretches: readonly Stretch[]): IToken[] {
    const kept: IToken[] = [];
    let next = 0;
    for (const token of tokens) {
        while (next < stretches.length && stretches[next].endOffset < token.startOffset) {
            next++;
        }
        const stretch = stretches[next];
        if (!stretch || token.startOffset < stretch.first.startOffset) {
            kept.push(token);
        }
    }
    return kept;
}

function nestingError(stretch: Stretch): ILexingError {
    const { first } = stretch;
    return {
        offset: first.startOffset,
        line: first.startLine,
        column: first.startColumn,
        length: first.image.length,
        message: `Nested deeper than ${MAX_NESTING} levels: ArchLens skips what is inside this '${first.image}'.`
    };
}
