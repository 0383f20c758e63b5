/**
 * The escaping modules, one per target (src/util/escape/): what goes in
 * comes out reading as itself, parsed back by the renderers that would
 * otherwise run it (markdown-it with raw HTML on, marked, a URL parser).
 */
import { expect } from 'chai';
import MarkdownIt from 'markdown-it';
import { marked } from 'marked';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { table } from '../../src/docs/markdown.js';
import { autolink, codeSpan, fencedBlock, inlineText, link } from '../../src/util/escape/markdown.js';
import { absoluteFileUri, folderFileUri, relativeFileUri, sarifMessageText } from '../../src/util/escape/sarif.js';
import { terminalLines, terminalText } from '../../src/util/escape/terminal.js';

const markdown = new MarkdownIt({ html: true });

/** Text that means something to Markdown, HTML, a terminal or a URL. */
const HOSTILE = [
    '<img src="x" onerror="alert(1)">',
    '<script>alert(1)</script>',
    '&lt;b&gt; &#60;b&#62; &amp;',
    '*emphasis* _emphasis_ **strong** ~~struck~~',
    '[a link](javascript:alert(1)) ![image](x.png) <https://example.com>',
    '`code` ``two`` ```three```',
    '\\`not code\\` \\\\ back\\slash',
    '# heading ##',
    '- item',
    '+ item',
    '1. item',
    '---',
    'a | pipe | b',
    '$x^2$',
    'x]; click A call evil() %%{init}%%'
];

/** The text markdown-it shows for rendered inline Markdown: tags dropped, entities decoded. */
function shown(html: string): string {
    return html.replace(/<[^>]+>/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&').trim();
}

/** The only paragraph or list item of a rendered block, as text. */
function renderedOnce(source: string): string {
    return shown(markdown.render(source));
}

describe('escaping for Markdown', () => {
    it('shows inline text as itself: no HTML, emphasis, link, code, heading, list or math', () => {
        for (const text of HOSTILE) {
            const escaped = inlineText(text);
            expect(shown(markdown.renderInline(escaped)), text).to.equal(text);
            expect(renderedOnce(`- ${escaped}`), text).to.equal(text);
            expect(markdown.render(`# Title ${escaped}`), text).to.match(/^<h1>[^<]*<\/h1>\n$/);
            // marked links a bare https:// URL (GitHub does too): a link to what it shows, never to script.
            expect(marked.parseInline(escaped), text).to.not.match(/<(img|script|em|strong|code|del|h1)\b|href="javascript/);
        }
    });

    it('leaves an underscore inside a word as written, where it cannot emphasise', () => {
        expect(inlineText('single_leader _x_ a__b é_ü')).to.equal('single_leader \\_x\\_ a\\_\\_b é_ü');
        expect(shown(markdown.renderInline(inlineText('a_b_c _d_')))).to.equal('a_b_c _d_');
    });

    it('folds line breaks into spaces and shows control characters as escapes', () => {
        expect(inlineText('a\nb\r\n# c\u2028d\te')).to.equal('a b \\# c d e');
        const escaped = inlineText('bell\u0007 esc\u001b[2J rtl\u202e c1\u009b');
        expect(escaped).to.not.match(/[\u0000-\u001f\u007f-\u009f\u202e]/);
        expect(shown(markdown.renderInline(escaped))).to.equal('bell\\u0007 esc\\u001b[2J rtl\\u202e c1\\u009b');
    });

    it('holds any text in one code span, whatever backticks and spaces it starts, ends or is made of', () => {
        for (const text of [...HOSTILE, 'a``b', '`', '``lead', 'trail``', ' spaced ', 'x``<img src=x onerror=alert(1)>``.arch']) {
            const tokens = markdown.parseInline(codeSpan(text), {})[0].children ?? [];
            expect(tokens.map((token) => token.type), text).to.deep.equal(['code_inline']);
            expect(tokens[0].content, text).to.equal(text);
        }
        expect(codeSpan('plain.arch')).to.equal('`plain.arch`');
        expect(codeSpan('a\nb\u001b')).to.equal('`a b\\u001b`');
    });

    it('fences a block with more backticks than any run inside it', () => {
        const block = fencedBlock('mermaid', 'flowchart LR\n```\n<script>x</script>\n````');
        const fences = markdown.parse(block, {}).filter((token) => token.type === 'fence');
        expect(fences.map((token) => [token.info, token.content])).to.deep.equal([['mermaid', 'flowchart LR\n```\n<script>x</script>\n````\n']]);
    });

    it('keeps every cell of a table one cell, pipes in text and in code spans included', () => {
        const cells = [inlineText('a | b'), codeSpan('x|y'), codeSpan('odd\\|pipe'), inlineText('back\\|slash'), codeSpan('`|`')];
        const tokens = markdown.parse(table(['1', '2', '3', '4', '5'], [cells]), {});
        const body = tokens.slice(tokens.findIndex((token) => token.type === 'tbody_open'));
        const row = body.filter((token) => token.type === 'inline').map((token) => shown(markdown.renderInline(token.content)));
        // A code span holding a backslash right before a pipe shows one backslash more; it never splits the cell.
        expect(row).to.deep.equal(['a | b', 'x|y', 'odd\\\\|pipe', 'back\\|slash', '`|`']);
    });

    it('makes plain http(s) addresses autolinks, anything else text', () => {
        expect(autolink('https://example.com/a_b')).to.equal('<https://example.com/a_b>');
        expect(autolink('javascript:alert(1)')).to.equal('javascript:alert(1)');
        expect(autolink('https://x.example/a> <img src=x>')).to.equal('https://x.example/a\\> \\<img src=x\\>');
    });

    it('links with the destination encoded where it would end the link', () => {
        expect(link(inlineText('a [b]'), 'x (1) <y>.md')).to.equal('[a \\[b\\]](x%20%281%29%20%3Cy%3E.md)');
        expect(markdown.renderInline(link('t', 'a b)c'))).to.equal('<a href="a%20b%29c">t</a>');
    });
});

describe('escaping for the terminal', () => {
    it('writes every C0 and C1 control, DEL and direction control as an escape, idempotently', () => {
        const controls = [...Array.from({ length: 0x20 }, (_, code) => code), 0x7f, ...Array.from({ length: 0x20 }, (_, code) => 0x80 + code), 0x200e, 0x200f, 0x2028, 0x2029, 0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068, 0x2069];
        const text = String.fromCharCode(...controls);
        const escaped = terminalText(text);
        expect(escaped).to.match(/^(\\u[0-9a-f]{4})+$/);
        expect(escaped.length).to.equal(controls.length * 6);
        expect(terminalText(escaped)).to.equal(escaped);
        expect(terminalText('x\n::error file=README.md::y')).to.equal('x\\u000a::error file=README.md::y');
    });

    it('keeps its own line breaks in several lines, and escapes the rest', () => {
        expect(terminalLines('{\n  "a": "\u009b\u202e"\n}')).to.equal('{\n  "a": "\\u009b\\u202e"\n}');
        expect(JSON.parse(terminalLines(JSON.stringify({ a: 'x\u009by\u2028' }, undefined, 2)))).to.deep.equal({ a: 'x\u009by\u2028' });
    });
});

describe('escaping for SARIF', () => {
    it('escapes brackets in message text, so no embedded link is made', () => {
        expect(sarifMessageText('see [here](1) or [x]')).to.equal('see \\[here\\](1) or \\[x\\]');
        expect(sarifMessageText('a\\[b] c\\\\d')).to.equal('a\\\\\\[b\\] c\\\\d');
    });

    it('percent-encodes file URIs so they parse back to the same path', () => {
        const folder = path.resolve('/work space/ä#1');
        const base = folderFileUri(folder);
        expect(base.endsWith('/')).to.equal(true);
        for (const relative of ['a#b?.arch', 'sub dir/100%.arch', 'x:y.arch', 'é/ü [1].arch']) {
            const uri = relativeFileUri(relative);
            expect(uri, relative).to.not.match(/[#? :[\]]|[^\u0000-\u007f]/);
            expect(fileURLToPath(new URL(uri, base)), relative).to.equal(path.join(folder, relative));
        }
        const absolute = path.resolve('/elsewhere/a#b?.arch');
        expect(fileURLToPath(absoluteFileUri(absolute))).to.equal(absolute);
    });
});
