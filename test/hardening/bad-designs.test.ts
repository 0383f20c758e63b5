/**
 * Designs no one should write but someone will: each must give a clear
 * diagnostic (or a quiet, correct review) and never an exception.
 */
import { expect } from 'chai';
import { MAX_NESTING } from '../../src/language/nesting-limit-lexer.js';
import { estimateDesign } from '../../src/estimates/estimate-design.js';
import { DEFAULT_ESTIMATE_SETTINGS } from '../../src/estimates/estimate-defaults.js';
import { componentRows, designRows } from '../../src/estimates/estimate-text.js';
import { buildWorkspace, languageDiagnostics } from '../helpers/workspace.js';

function messages(diagnostics: readonly { message: unknown }[]): string[] {
    return diagnostics.map((diagnostic) => String(diagnostic.message));
}

describe('hardening: bad designs', function () {
    this.timeout(60_000);

    it('skips what is nested 10,000 levels deep with one error, and parses the rest of the file', async () => {
        const deep = `${'{'.repeat(10_000)}${'}'.repeat(10_000)}`;
        const workspace = await buildWorkspace(`architecture Deep {\n  service Api { tags: ${deep} }\n}\narchitecture After {\n  service Db\n}\n`);
        const nesting = messages(workspace.diagnostics()).filter((message) => message.startsWith('Nested deeper than'));
        expect(nesting).to.deep.equal([`Nested deeper than ${MAX_NESTING} levels: ArchLens skips what is inside this '{'.`]);
        expect(workspace.design('After').components.map((component) => component.name)).to.deep.equal(['Db']);
    });

    it('reports an unclosed deep nesting once, to the end of the file', async () => {
        const workspace = await buildWorkspace(`architecture Open {\n  service Api ${'['.repeat(5_000)}`);
        expect(messages(workspace.diagnostics()).filter((message) => message.startsWith('Nested deeper than'))).to.have.length(1);
    });

    it('reads a 1 MB line (one name) and reports what is wrong with it', async () => {
        const name = `A${'x'.repeat(1_000_000)}`;
        const workspace = await buildWorkspace(`architecture Long {\n  service ${name}\n  client Web -> ${name}\n  Web -> Missing\n}\n`);
        expect(messages(workspace.diagnostics()).some((message) => message.includes("'Missing'"))).to.equal(true);
        expect(workspace.design('Long').components).to.have.length(2);
    });

    it('reads 4.5 MB strings as a title, a label and a value', async () => {
        const long = (letter: string): string => letter.repeat(4_500_000);
        const workspace = await buildWorkspace(`architecture Long {\n  service Api "${long('a')}" { description: "${long('\\n')}" }\n  client Web\n  Web -> Api "${long('b')}"\n}\n`);
        expect(languageDiagnostics(workspace.diagnostics())).to.deep.equal([]);
        const [api] = workspace.design('Long').components;
        expect(api.title).to.have.length(4_500_000);
        expect(workspace.design('Long').connections[0].label).to.have.length(4_500_000);
    });

    it('gives syntax errors, not an exception, for random binary text', async () => {
        let seed = 7;
        const random = (): number => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
        const garbage = Array.from({ length: 20_000 }, () => String.fromCharCode(Math.floor(random() * 0x3000))).join('');
        const workspace = await buildWorkspace(garbage);
        expect(workspace.diagnostics().length).to.be.greaterThan(0);
        expect(workspace.diagnostics().every((diagnostic) => diagnostic.severity === 1)).to.equal(true);
    });

    it('formats (by leaving alone) a file with 400,000 syntax errors, without overflowing the stack', async () => {
        const workspace = await buildWorkspace('\u00a7 '.repeat(400_000));
        const [document] = workspace.documents;
        expect(document.parseResult.lexerErrors.length + document.parseResult.parserErrors.length).to.be.at.least(400_000);
        const edits = await workspace.services.lsp.Formatter?.formatDocument(document, { textDocument: { uri: document.uri.toString() }, options: { tabSize: 2, insertSpaces: true } });
        expect(edits).to.deep.equal([]);
    });

    it('reviews a design with no components without a finding about components', async () => {
        const workspace = await buildWorkspace('architecture Empty {\n}\n');
        expect(workspace.diagnostics()).to.deep.equal([]);
        expect(workspace.design('Empty').components).to.deep.equal([]);
    });

    it('reviews and estimates a design where every service calls every other (cycles everywhere)', async () => {
        const names = Array.from({ length: 30 }, (_, index) => `S${index}`);
        const calls = names.flatMap((from) => names.filter((to) => to !== from).map((to) => `  ${from} -> ${to}`));
        const body = ['architecture Mesh {', '  client Web', '  Web -> S0', ...names.map((name) => `  service ${name} { replicas: 2 }`), ...calls, '}'].join('\n');
        const workspace = await buildWorkspace(body);
        const design = workspace.design('Mesh');
        expect(design.connections).to.have.length(30 * 29 + 1);
        const estimates = estimateDesign(design, DEFAULT_ESTIMATE_SETTINGS);
        expect(Number.isFinite(estimates.components.get(design.components[1])?.availability.value)).to.equal(true);
    });

    it('estimates a consensus cluster of a billion members at once, as a finite availability', async () => {
        const workspace = await buildWorkspace('architecture Huge {\n  client U\n  coordinator Zk { replicas: 1000000000, availability: 99% }\n  U -> Zk\n}\n');
        const design = workspace.design('Huge');
        // Untimed (npm run bench measures speed): counting the members one by one would run into the suite's time-out.
        const availability = estimateDesign(design, DEFAULT_ESTIMATE_SETTINGS).components.get(design.components[1])?.availability;
        expect(availability?.value).to.be.within(0.99, 1);
        expect(availability?.derivation).to.contain('a majority (500000001 of 1000000000)');
    });

    it('writes figures far past reason without exponents, in findings and estimates', async () => {
        const workspace = await buildWorkspace([
            'architecture Huge {',
            '  requirements { daily_active: 3000000000000000000000000, requests_per_user: 1000000, peak_rps: 3000000000000000000000000000000, read_ratio: 100, payload: 1000000PB, availability: 99.9999999%, latency_p99: 0.0000001ms }',
            '  client U',
            '  service Api { replicas: 2, capacity_rps: 0.0000001 }',
            '  database Db { engine: postgres, replicas: 3 }',
            '  U -> Api -> Db',
            '}',
            ''
        ].join('\n'));
        const design = workspace.design('Huge');
        const estimates = estimateDesign(design, DEFAULT_ESTIMATE_SETTINGS);
        const rows = [...designRows(estimates), ...[...estimates.components.values()].flatMap(componentRows)];
        const texts = [...messages(workspace.diagnostics()), ...rows.flatMap((row) => [row.value, row.derivation ?? '', row.verdict ?? ''])];
        expect(texts.filter((text) => /\de[+-]\d/.test(text))).to.deep.equal([]);
        expect(texts).to.include('target 99.9999999%: not reached');
        expect(texts.some((text) => text.includes('gets an estimated 3 × 10³⁰/s at peak but its instances serve 2 × 10⁻⁷/s'))).to.equal(true);
    });
});
