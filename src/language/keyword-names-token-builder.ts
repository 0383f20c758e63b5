/**
 * The KEY terminal is a token category, never lexed itself: ID and every
 * keyword spelt like a name belong to it, except `writes`, `true` and
 * `false` (a transaction's `writes` list and booleans must stay apart from
 * properties and words). A property key is then one token match instead of
 * a choice among thirty keywords: about a fifth of the parse of a large
 * design, where every property has a key.
 *
 * STRING is matched by a loop, not by its regular expression (see
 * string-token.ts).
 */
import { Lexer, type TokenType, type TokenVocabulary } from 'chevrotain';
import { DefaultTokenBuilder, type Grammar, type TokenBuilderOptions } from 'langium';
import { matchStringsByLoop } from './string-token.js';

const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
const NOT_KEYS = new Set(['writes', 'true', 'false']);

export class KeywordNamesTokenBuilder extends DefaultTokenBuilder {
    override buildTokens(grammar: Grammar, options?: TokenBuilderOptions): TokenVocabulary {
        const tokens = super.buildTokens(grammar, options);
        if (!Array.isArray(tokens)) {
            return tokens;
        }
        const string = tokens.find((token) => token.name === 'STRING');
        if (string) {
            matchStringsByLoop(string);
        }
        const key = tokens.find((token) => token.name === 'KEY');
        if (key) {
            key.PATTERN = Lexer.NA;
            delete key.LONGER_ALT;
            for (const token of tokens.filter((candidate) => isKeyMember(candidate, key))) {
                token.CATEGORIES = [...(token.CATEGORIES ?? []), key];
            }
        }
        return tokens;
    }
}

function isKeyMember(token: TokenType, key: TokenType): boolean {
    if (token === key) {
        return false;
    }
    return token.name === 'ID' || (typeof token.PATTERN === 'string' && NAME.test(token.PATTERN) && !NOT_KEYS.has(token.PATTERN));
}
