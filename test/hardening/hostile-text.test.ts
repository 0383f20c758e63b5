/**
 * Hostile text in designs and file names (issue 12): a title that is HTML,
 * file names holding backticks, line breaks and CI workflow commands,
 * escape sequences in design strings. Every output reads them as text: the
 * Markdown of `report` and `diagram -o X.md` rendered with raw HTML on, the
 * terminal text of every command, JSON and SARIF.
 */
import { expect } from 'chai';
import MarkdownIt from 'markdown-it';
import { marked } from 'marked';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { useTempFolder } from '../helpers/temp-folder.js';
import { runCli } from '../helpers/cli.js';

const markdown = new MarkdownIt({ html: true });

/** A design titled with an HTML image whose error handler runs script, and a line break that would start a heading. */
const HTML_TITLE = 'architecture X "<img src=\\"x\\" onerror=\\"alert(1)\\">\\n# injected" {\n  client C\n  service Api\n  C -> Api : https\n}\n';
const TITLE_TEXT = '<img src="x" onerror="alert(1)"> # injected';

/** Raw control characters a file can hold in its strings and comments: ESC sequences, BEL, a C1 CSI, a right-to-left override. */
const CONTROLS = '\u001b[2J\u0007\u009b1m\u202e';
/** CONTROLS in two halves, each short enough before a known engine name to get a "did you mean" (a finding that quotes it): characters no engine id holds are not counted, and at most two letters may differ. */
const CONTROLS_HEAD = '\u001b[2J\u0007';
const CONTROLS_TAIL = '\u009b1m\u202e';
const CONTROL_DESIGN = [
    `architecture Y "title ${CONTROLS}" {`,
    '  client C',
    // Engine names one typo (the control characters) away from a known one: reported with a "did you mean", the name quoted.
    `  service Api "api ${CONTROLS}" { engine: "${CONTROLS_HEAD}elasticsearch" }`,
    `  service Search { engine: "${CONTROLS_TAIL}elasticsearch" }`,
    `  // archlens-disable-next-line avail/single-point-of-failure -- reason ${CONTROLS}`,
    '  database Db',
    `  C -> Api : https "label ${CONTROLS}"`,
    '  Api -> Db',
    '}',
    ''
].join('\n');
/** What must never reach stdout or stderr raw (the line feed is the output's own). */
const RAW_CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/;

/** A line a GitHub Actions runner would obey as a workflow command. */
const WORKFLOW_COMMAND = /^\s*::/m;
const COMMAND_FILE = 'x\n::error file=README.md::y.arch';

function renderedHtml(text: string): string[] {
    return [markdown.render(text), marked.parse(text, { async: false })];
}

/** The text of each heading of a level, as a reader sees it. */
function headings(text: string, tag: string): string[] {
    const tokens = markdown.parse(text, {});
    return tokens.flatMap((token, index) => (token.type === 'heading_open' && token.tag === tag ? [visible(tokens[index + 1].content)] : []));
}

function visible(inline: string): string {
    return markdown.renderInline(inline).replace(/<[^>]+>/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');
}

function codeSpans(text: string): string[] {
    return markdown.parse(text, {}).flatMap((token) => token.children ?? []).filter((token) => token.type === 'code_inline').map((token) => token.content);
}

describe('hardening: hostile text in designs and file names', function () {
    this.timeout(60_000);
    const folderPath = useTempFolder('archlens-hostile-', { perTest: true });

    function write(name: string, text: string | Buffer): void {
        fs.writeFileSync(path.join(folderPath(), name), text);
    }

    it('writes a report whose HTML title is text: no image, no onerror, one heading', async () => {
        write('f.arch', HTML_TITLE);
        const result = await runCli(['report', 'f.arch', '-o', 'r.md'], folderPath());
        expect(result.code, result.stderr).to.equal(0);
        const text = fs.readFileSync(path.join(folderPath(), 'r.md'), 'utf8');
        for (const html of renderedHtml(text)) {
            expect(html).to.not.match(/<img\b/i);
            expect(html).to.not.match(/<[^>]*\sonerror\s*=/i);
        }
        expect(headings(text, 'h1')).to.deep.equal([`Design review: X — ${TITLE_TEXT}`]);
    });

    it('writes a diagram .md file whose HTML title is text', async () => {
        write('f.arch', HTML_TITLE);
        expect((await runCli(['diagram', 'f.arch', '-o', 'd.md'], folderPath())).code).to.equal(0);
        const text = fs.readFileSync(path.join(folderPath(), 'd.md'), 'utf8');
        for (const html of renderedHtml(text)) {
            expect(html).to.not.match(/<img\b|<[^>]*\sonerror\s*=/i);
        }
        expect(headings(text, 'h1')).to.deep.equal([`X: ${TITLE_TEXT}`]);
        expect(markdown.parse(text, {}).filter((token) => token.type === 'fence').map((token) => token.info)).to.deep.equal(['mermaid']);
    });

    it('keeps a file name holding backticks inside its code spans in the report', async () => {
        const name = 'x``<img src=x onerror=alert(1)>`` `.arch';
        write(name, 'architecture Z {\n  client C\n  service Api\n  C -> Api : https\n}\n');
        const result = await runCli(['report', name], folderPath());
        expect(result.code, result.stderr).to.equal(0);
        for (const html of renderedHtml(result.stdout)) {
            expect(html).to.not.match(/<img\b/i);
        }
        const spans = codeSpans(result.stdout).filter((span) => span.includes('.arch'));
        expect(spans.length).to.be.greaterThan(1);
        expect(spans.every((span) => span === name || /^x``<img src=x onerror=alert\(1\)>`` `\.arch:\d+$/.test(span)), spans.join('\n')).to.equal(true);
    });

    it('prints no line a CI runner would read as a workflow command, whatever a file name holds', async () => {
        write(COMMAND_FILE, 'architecture W {\n  client C\n  service Api\n  C -> Api : https\n}\n');
        const outputs = [
            await runCli(['check', COMMAND_FILE], folderPath()),
            await runCli(['check', '.'], folderPath()),
            await runCli(['check', '--format', 'json', '.'], folderPath()),
            await runCli(['check', '--format', 'sarif', '.'], folderPath()),
            await runCli(['report', '.'], folderPath()),
            await runCli(['diagram', COMMAND_FILE, '-o', 'z\n::error::z.md'], folderPath()),
            await runCli(['check', 'missing\n::error::m.arch'], folderPath()),
            await runCli(['check', '--bad\n::error::option'], folderPath())
        ];
        write('b\n::warning::binary.arch', Buffer.from([0x61, 0x00, 0x62]));
        outputs.push(await runCli(['check', '.'], folderPath()));
        for (const result of outputs) {
            expect(result.stdout, result.stdout).to.not.match(WORKFLOW_COMMAND);
            expect(result.stderr, result.stderr).to.not.match(WORKFLOW_COMMAND);
        }
        expect(outputs[0].stdout.split('\n')[0]).to.equal('x\\u000a::error file=README.md::y.arch');
        expect(outputs[6].stderr).to.equal("archlens: cannot find 'missing\\u000a::error::m.arch'.\n");
        expect(outputs.at(-1)?.stderr).to.match(/^archlens: cannot read '[^\n]*b\\u000a::warning::binary\.arch': it is not a text file \(it holds NUL bytes\)\.\n$/);
    });

    it('keeps each problem of a configuration one line, whatever a key or the file name holds', async () => {
        write('w.arch', 'architecture W {\n  client C\n}\n');
        const config = 'c\n::error::x.json';
        write(config, '{ "rules": { "x\\n::error::y\\u001b": "off" } }');
        const result = await runCli(['check', '--config', config, 'w.arch'], folderPath());
        expect(result.code).to.equal(2);
        const lines = result.stderr.split('\n');
        expect(lines.slice(0, 1).concat(lines.slice(2))).to.deep.equal(['archlens: invalid configuration:', '']);
        expect(lines[1]).to.match(/^c\\u000a::error::x\.json:1:14: .*'x\\u000a::error::y\\u001b'/);
    });

    it('sends no raw control character from a design to the terminal, in any command or format', async () => {
        write('y.arch', CONTROL_DESIGN);
        const runs = {
            text: await runCli(['check', 'y.arch'], folderPath()),
            json: await runCli(['check', '--format', 'json', 'y.arch'], folderPath()),
            sarif: await runCli(['check', '--format', 'sarif', 'y.arch'], folderPath()),
            report: await runCli(['report', 'y.arch'], folderPath()),
            diagram: await runCli(['diagram', 'y.arch'], folderPath()),
            markdownDiagram: await runCli(['diagram', 'y.arch', '-o', 'y.md'], folderPath())
        };
        for (const [name, result] of Object.entries(runs)) {
            expect(result.code, `${name}: ${result.stderr}`).to.be.oneOf([0, 1]);
            expect(RAW_CONTROL.test(result.stdout), name).to.equal(false);
            expect(RAW_CONTROL.test(result.stderr), name).to.equal(false);
        }
        expect(RAW_CONTROL.test(fs.readFileSync(path.join(folderPath(), 'y.md'), 'utf8'))).to.equal(false);
        expect(runs.text.stdout).to.contain("Unknown engine '\\u001b[2J\\u0007elasticsearch'");
        expect(runs.text.stdout).to.contain("Unknown engine '\\u009b1m\\u202eelasticsearch'");
        // JSON and SARIF keep the very text, as escapes a JSON parser reads back.
        const json = JSON.parse(runs.json.stdout) as { findings: { message: string; reason?: string }[] };
        const messages = json.findings.map((finding) => finding.message).join('\n');
        expect(messages).to.contain(`Unknown engine '${CONTROLS_HEAD}elasticsearch'`);
        expect(messages).to.contain(`Unknown engine '${CONTROLS_TAIL}elasticsearch'`);
        expect(json.findings.some((finding) => finding.reason === `reason ${CONTROLS}`)).to.equal(true);
        expect(runs.report.stdout).to.contain('# Design review: Y — title \\\\u001b\\[2J\\\\u0007\\\\u009b1m\\\\u202e');
    });

    it('writes SARIF file URIs that parse back to the file, # and ? included, and message brackets escaped', async () => {
        write('a#b?.arch', 'architecture S {\n  client C\n  service Api { engine: "[x](0)elasticsearch" }\n  C -> Api : https\n}\n');
        fs.mkdirSync(path.join(folderPath(), 'sub dir'));
        write('sub dir/ü 100%.arch', 'architecture T {\n  client C\n  service Api\n  C -> Api : https\n}\n');
        const result = await runCli(['check', '--format', 'sarif', '.'], folderPath());
        const run = (JSON.parse(result.stdout) as { runs: { originalUriBaseIds: { SRCROOT: { uri: string } }; results: { message: { text: string }; locations: { physicalLocation: { artifactLocation: { uri: string; uriBaseId: string } } }[] }[] }[] }).runs[0];
        const base = run.originalUriBaseIds.SRCROOT.uri;
        expect(fileURLToPath(base)).to.equal(`${folderPath()}${path.sep}`);
        const files = new Set(run.results.map((entry) => entry.locations[0].physicalLocation.artifactLocation).map((location) => {
            expect(location.uriBaseId).to.equal('SRCROOT');
            return fileURLToPath(new URL(location.uri, base));
        }));
        expect([...files].sort()).to.deep.equal([path.join(folderPath(), 'a#b?.arch'), path.join(folderPath(), 'sub dir', 'ü 100%.arch')]);
        expect(result.stdout).to.contain('"uri": "a%23b%3F.arch"');
        // A SARIF viewer would make `[x](0)` a link to related location 0.
        expect(run.results.some((entry) => entry.message.text.startsWith("Unknown engine '\\[x\\](0)elasticsearch'")), run.results.map((entry) => entry.message.text).join('\n')).to.equal(true);
    });
});
