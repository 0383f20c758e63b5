/** String literals: how they are matched and what their escapes decode to. */
import { expect } from 'chai';
import { decodeStringLiteral } from '../../src/language/string-escapes.js';
import { matchStringLiteral } from '../../src/language/string-token.js';
import { buildWorkspace, describeDiagnostics, languageDiagnostics } from '../helpers/workspace.js';

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

describe('string literals: escapes', () => {
    const value = (body: string): string => decodeStringLiteral(`"${body}"`).value;

    it('decodes every JavaScript escape', () => {
        expect(value('\\"\\\\ \\n\\t\\r\\b\\f\\v\\0')).to.equal('"\\ \n\t\r\b\f\v\0');
        expect(value('\\u0041\\x42\\u{43}\\u{1F600}\\u{000000044}')).to.equal('ABC\u{1F600}D');
        expect(value('\\uD83D\\uDE00 and \\u{D83D}\\u{DE00}')).to.equal('\u{1F600} and \u{1F600}');
        expect(value('\\q\\\'')).to.equal("q'");
        expect(decodeStringLiteral('"caf\\u00e9"').problems).to.deep.equal([]);
    });

    it('keeps a malformed escape as written and says what is wrong with it', () => {
        const cases: Record<string, string> = {
            '\\u12': "Invalid escape '\\u12': write \\u and four hex digits (\\u00e9) or a code point in braces (\\u{1F600}).",
            '\\u{}': "Invalid escape '\\u{}': write \\u and four hex digits (\\u00e9) or a code point in braces (\\u{1F600}).",
            '\\u{12': "Invalid escape '\\u{12': write \\u and four hex digits (\\u00e9) or a code point in braces (\\u{1F600}).",
            '\\u{110000}': "Invalid escape '\\u{110000}': the largest code point is 10FFFF.",
            '\\x4g': "Invalid escape '\\x4': write \\x and two hex digits (\\x41).",
            '\\uD800': "Invalid escape '\\uD800': it is half of a surrogate pair: write the character as one code point (\\u{1F600}) or both halves (\\uD83D\\uDE00).",
            '\\uDE00\\uD83D': "Invalid escape '\\uDE00': it is half of a surrogate pair: write the character as one code point (\\u{1F600}) or both halves (\\uD83D\\uDE00)."
        };
        for (const [body, message] of Object.entries(cases)) {
            const decoded = decodeStringLiteral(`"a${body}"`);
            expect(decoded.problems[0], body).to.deep.equal({ offset: 2, length: decoded.problems[0]?.length, message });
        }
        expect(value('a\\u12b')).to.equal('a\\u12b');
        expect(value('\\u{110000}x')).to.equal('\\u{110000}x');
    });

    it('gives titles, labels and values decoded', async () => {
        const workspace = await buildWorkspace('architecture S "\\u0053hop" {\n  service Api "Caf\\u00e9 \\u{1F600}" { description: "\\x41PI" }\n  client Web\n  Web -> Api "\\u2192 api"\n}\n');
        expect(languageDiagnostics(workspace.diagnostics())).to.deep.equal([]);
        const design = workspace.design('S');
        expect([design.title, design.components[0].title, design.connections[0].label]).to.deep.equal(['Shop', 'Caf\u00e9 \u{1F600}', '\u2192 api']);
        expect(design.components[0].properties.get('description')).to.equal('API');
    });

    it('reports each malformed escape as a syntax error at the escape', async () => {
        const workspace = await buildWorkspace('architecture S {\n  service Api "ok \\u12 and \\u{110000}"\n  client Web\n  Web -> Api "\\uD800"\n}\n');
        expect(describeDiagnostics(languageDiagnostics(workspace.diagnostics()))).to.deep.equal([
            "2:19 syntax Invalid escape '\\u12': write \\u and four hex digits (\\u00e9) or a code point in braces (\\u{1F600}).",
            "2:28 syntax Invalid escape '\\u{110000}': the largest code point is 10FFFF.",
            "4:15 syntax Invalid escape '\\uD800': it is half of a surrogate pair: write the character as one code point (\\u{1F600}) or both halves (\\uD83D\\uDE00)."
        ]);
        expect(workspace.design('S').components[0].title).to.equal('ok \\u12 and \\u{110000}');
    });
});
