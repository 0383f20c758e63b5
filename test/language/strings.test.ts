/** String literals: how they are matched and what their escapes decode to. */
import { expect } from 'chai';
import { matchStringLiteral } from '../../src/language/string-token.js';

/** The grammar's expression for STRING, which the matcher replaces. */
const GRAMMAR_STRING = /"(\\.|[^"\\\r\n])*"/y;

function byGrammar(text: string, offset: number): string | null {
    GRAMMAR_STRING.lastIndex = offset;
    return GRAMMAR_STRING.exec(text)?.[0] ?? null;
}

describe('string literals: the STRING token', () => {
    it('matches exactly what the grammar expression matches', () => {
        const samples = [
            '"plain" rest', '""', '"a\\"b" c', '"a\\\\" "b"', '"ends with \\', '"no end', '"line\nbreak"', '"cr\rbreak"',
            '"escaped \\\nbreak"', '"escaped \\\u2028 separator"', '"raw \u2028 separator"', '"tab\\t and \\u0041"', 'x"not at offset"', '"\\"'
        ];
        for (const sample of samples) {
            expect(matchStringLiteral(sample, 0)?.[0] ?? null, JSON.stringify(sample)).to.equal(byGrammar(sample, 0));
        }
        expect(matchStringLiteral('x = "at 4"', 4)?.[0]).to.equal('"at 4"');
    });

    it('matches a 10 MB string, escapes included', () => {
        const text = `"${'ab\\"'.repeat(2_500_000)}"`;
        expect(matchStringLiteral(text, 0)?.[0]).to.have.length(text.length);
    });
});
