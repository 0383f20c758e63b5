/**
 * Parse errors in words a user reads: "Expected ':' but found '{'" rather
 * than Chevrotain's token type names and numbered alternative paths.
 */
import type { ILexerErrorMessageProvider, IParserErrorMessageProvider, IToken, TokenType } from 'chevrotain';

const RULE_DESCRIPTIONS: Readonly<Record<string, string>> = {
    Model: "'import' or 'architecture'",
    Member: 'a component, group, connection, settings block or transaction',
    Value: 'a value (a number, name, "string", true/false, [list] or { block })',
    Component: 'a component',
    Property: "a property 'key: value'",
    Word: 'a word',
    Key: 'a property name'
};

export class ArchParserErrorMessageProvider implements IParserErrorMessageProvider {
    buildMismatchTokenMessage(options: { expected: TokenType; actual: IToken }): string {
        if (options.expected.name === 'EOF') {
            return this.buildNotAllInputParsedMessage({ firstRedundant: options.actual });
        }
        return `Expected ${describeToken(options.expected)} but found ${describeFound(options.actual)}.`;
    }

    buildNotAllInputParsedMessage(options: { firstRedundant: IToken }): string {
        return `Unexpected ${describeFound(options.firstRedundant)}: a file holds 'import' lines and 'architecture' blocks (is a '}' missing or extra?).`;
    }

    buildNoViableAltMessage(options: { expectedPathsPerAlt: TokenType[][][]; actual: IToken[]; ruleName: string }): string {
        const expected = firstTokens(options.expectedPathsPerAlt.flat());
        const what = RULE_DESCRIPTIONS[options.ruleName] ?? listTokens(expected);
        return `Unexpected ${describeFound(options.actual[0])}: expected ${what}.`;
    }

    buildEarlyExitMessage(options: { expectedIterationPaths: TokenType[][]; actual: IToken[]; ruleName: string }): string {
        return `Unexpected ${describeFound(options.actual[0])}: expected ${listTokens(firstTokens(options.expectedIterationPaths))}.`;
    }
}

function firstTokens(paths: readonly TokenType[][]): TokenType[] {
    const seen = new Map<string, TokenType>();
    for (const path of paths) {
        if (path[0] && !seen.has(path[0].name)) {
            seen.set(path[0].name, path[0]);
        }
    }
    return [...seen.values()];
}

function listTokens(tokens: readonly TokenType[]): string {
    const names = [...new Set(tokens.map(describeToken))];
    if (names.length > 6) {
        return `${names.slice(0, 6).join(', ')} or another keyword`;
    }
    return names.length <= 1 ? names[0] ?? 'something else' : `${names.slice(0, -1).join(', ')} or ${names[names.length - 1]}`;
}

function describeToken(token: TokenType): string {
    switch (token.name) {
        case 'ID':
        case 'KEY': // a name or a keyword spelt like one (see the grammar's Key)
            return 'a name';
        case 'NUMBER':
            return 'a number';
        case 'STRING':
            return 'a "string"';
        case 'EOF':
            return 'the end of the file';
        default:
            return `'${token.name.replace(/:KW$/, '')}'`;
    }
}

function describeFound(token: IToken | undefined): string {
    if (!token || token.tokenType?.name === 'EOF' || token.image === '') {
        return 'the end of the file';
    }
    return `'${token.image.length > 40 ? `${token.image.slice(0, 40)}…` : token.image}'`;
}

/** Characters the language does not use, named plainly (with a hint for negative numbers). */
export class ArchLexerErrorMessageProvider implements ILexerErrorMessageProvider {
    buildUnexpectedCharactersMessage(fullText: string, startOffset: number, length: number): string {
        const text = fullText.substr(startOffset, length);
        const hint = text.startsWith('-') && /[0-9]/.test(fullText.charAt(startOffset + 1)) ? ' Values cannot be negative.' : '';
        return `Unexpected character '${text}'.${hint}`;
    }

    buildUnableToPopLexerModeMessage(token: IToken): string {
        return `Unexpected '${token.image}'.`;
    }
}
