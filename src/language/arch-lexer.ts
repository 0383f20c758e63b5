/**
 * The lexer of `.arch` files: brackets nested past the limit are left out
 * (nesting-limit-lexer.ts), and every malformed escape in a string literal
 * is a syntax error at the escape (string-escapes.ts says which are). The
 * value converter decodes the same literals (arch-value-converter.ts).
 */
import type { ILexingError, IToken } from 'chevrotain';
import type { LexerResult, TokenizeOptions } from 'langium';
import { appendAll } from '../util/large-arrays.js';
import { NestingLimitLexer } from './nesting-limit-lexer.js';
import { decodeStringLiteral } from './string-escapes.js';

export class ArchLexer extends NestingLimitLexer {
    override tokenize(text: string, options?: TokenizeOptions): LexerResult {
        const result = super.tokenize(text, options);
        const escapes = escapeErrors(result.tokens);
        return escapes.length === 0 ? result : { ...result, errors: appendAll([...result.errors], escapes) };
    }
}

function escapeErrors(tokens: readonly IToken[]): ILexingError[] {
    const errors: ILexingError[] = [];
    for (const token of tokens) {
        if (token.tokenType.name !== 'STRING' || !token.image.includes('\\')) {
            continue;
        }
        // A string is on one line, so an escape's column is its offset in the literal past the token's.
        for (const problem of decodeStringLiteral(token.image).problems) {
            errors.push({
                offset: token.startOffset + problem.offset,
                line: token.startLine,
                column: (token.startColumn ?? 1) + problem.offset,
                length: problem.length,
                message: problem.message
            });
        }
    }
    return errors;
}
