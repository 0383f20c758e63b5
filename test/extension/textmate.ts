/**
 * Loads syntaxes/arch.tmLanguage.json with the same TextMate engine VS Code
 * uses (vscode-textmate over the Oniguruma WASM shipped in its npm package,
 * so it works offline) and tokenizes text line by line.
 */
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import type * as Oniguruma from 'vscode-oniguruma';
import type * as TextMate from 'vscode-textmate';

// Both packages are webpack-bundled CommonJS whose named exports Node's ESM
// loader cannot detect, so they are loaded with require (typed by their own
// declarations).
const require = createRequire(import.meta.url);
const oniguruma = require('vscode-oniguruma') as typeof Oniguruma;
const textmate = require('vscode-textmate') as typeof TextMate;

export const GRAMMAR_PATH = path.resolve(import.meta.dirname, '../../syntaxes/arch.tmLanguage.json');
const SCOPE_NAME = 'source.arch';

export interface Token {
    readonly text: string;
    /** Scopes from the outermost (`source.arch`) to the innermost. */
    readonly scopes: readonly string[];
}

let loadedGrammar: Promise<TextMate.IGrammar> | undefined;

/** The grammar, loaded once per test run (the WASM can be loaded only once per process). */
export function archGrammar(): Promise<TextMate.IGrammar> {
    loadedGrammar ??= loadGrammar();
    return loadedGrammar;
}

async function loadGrammar(): Promise<TextMate.IGrammar> {
    const wasm = fs.readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm'));
    await oniguruma.loadWASM(wasm);
    const registry = new textmate.Registry({
        onigLib: Promise.resolve({
            createOnigScanner: (patterns) => new oniguruma.OnigScanner(patterns),
            createOnigString: (text) => new oniguruma.OnigString(text)
        }),
        loadGrammar: async (scopeName) => scopeName === SCOPE_NAME
            ? textmate.parseRawGrammar(fs.readFileSync(GRAMMAR_PATH, 'utf8'), GRAMMAR_PATH)
            : null
    });
    const grammar = await registry.loadGrammar(SCOPE_NAME);
    if (!grammar) {
        throw new Error(`could not load ${GRAMMAR_PATH}`);
    }
    return grammar;
}

/** Tokens of each line of `text`, carrying the rule stack across lines as an editor does. */
export async function tokenizeLines(text: string): Promise<Token[][]> {
    const grammar = await archGrammar();
    let state = textmate.INITIAL;
    return text.split('\n').map((line) => {
        const result = grammar.tokenizeLine(line, state);
        state = result.ruleStack;
        return result.tokens.map((token) => ({ text: line.slice(token.startIndex, token.endIndex), scopes: token.scopes }));
    });
}

/** The innermost scopes of the token whose text is `text` on a one-line input (first match). */
export async function scopesOf(line: string, text: string, occurrence = 0): Promise<readonly string[]> {
    const [tokens] = await tokenizeLines(line);
    const matching = tokens.filter((token) => token.text === text);
    const token = matching[occurrence];
    if (!token) {
        throw new Error(`no token '${text}' in ${JSON.stringify(line)}; tokens: ${tokens.map((t) => JSON.stringify(t.text)).join(' ')}`);
    }
    return token.scopes;
}
