import { expect } from 'chai';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { chromiumOrSkip } from '../helpers/chromium.js';
import { runCli } from '../helpers/cli.js';

const SAMPLES = path.resolve(import.meta.dirname, '../../samples');

describe('archlens diagram', function () {
    this.timeout(60_000);
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'archlens-diagram-'));

    it('prints the Mermaid text of the file\'s design, the same the preview draws', async () => {
        const result = await runCli(['diagram', 'checkout.arch'], SAMPLES);
        expect(result.code).to.equal(0);
        expect(result.stdout.split('\n')[0]).to.equal('flowchart LR');
        expect(result.stdout).to.contain('n_PaymentService@');
        expect(await runCli(['diagram', 'checkout.arch'], SAMPLES)).to.deep.equal(result);
    });

    it('writes Markdown with a fenced mermaid block', async () => {
        const file = path.join(out, 'checkout.md');
        const result = await runCli(['diagram', 'checkout.arch', '--out', file, '--direction', 'tb'], SAMPLES);
        expect(result.code).to.equal(0);
        expect(result.stderr).to.match(/^Wrote .*checkout\.md \(design Checkout, full view: \d+ nodes, \d+ edges\)\.\n$/);
        const text = fs.readFileSync(file, 'utf8');
        expect(text).to.match(/^# Checkout: .+\n\n```mermaid\nflowchart TB\n/);
        expect(text.trimEnd().endsWith('```')).to.equal(true);
    });

    it('renders SVG in a headless browser where one is installed', async function () {
        chromiumOrSkip(this);
        const file = path.join(out, 'checkout.svg');
        const result = await runCli(['diagram', 'checkout.arch', '--out', file], SAMPLES);
        expect(result.code, result.stderr).to.equal(0);
        expect(fs.readFileSync(file, 'utf8')).to.match(/^<svg [^>]*>/);
    });

    it('says clearly when no browser can render SVG, and exits 2', async () => {
        const saved = process.env.ARCHLENS_CHROMIUM;
        process.env.ARCHLENS_CHROMIUM = '/nonexistent/chromium';
        try {
            const result = await runCli(['diagram', 'checkout.arch', '--out', path.join(out, 'x.svg')], SAMPLES);
            expect(result.code).to.equal(2);
            expect(result.stderr).to.equal('archlens: ARCHLENS_CHROMIUM (or CHROME_PATH) names /nonexistent/chromium, which does not exist.\n');
        } finally {
            if (saved === undefined) {
                delete process.env.ARCHLENS_CHROMIUM;
            } else {
                process.env.ARCHLENS_CHROMIUM = saved;
            }
        }
    });

    it('picks a design by name and rejects unknown names, bad outputs and views', async () => {
        const spec = path.join(SAMPLES, 'ride-hailing');
        expect((await runCli(['diagram', 'main.arch', '--design', 'Maps'], spec)).stdout).to.contain('flowchart LR');
        const unknown = await runCli(['diagram', 'main.arch', '--design', 'Nope'], spec);
        expect(unknown.code).to.equal(2);
        expect(unknown.stderr).to.match(/no design named 'Nope' \(designs: .*RideHailing/);
        expect((await runCli(['diagram', 'checkout.arch', '--out', 'x.png'], SAMPLES)).stderr).to.contain('--out must end in .mmd, .md or .svg');
        expect((await runCli(['diagram', 'checkout.arch', '--view', 'huge'], SAMPLES)).code).to.equal(2);
        expect((await runCli(['diagram'], SAMPLES)).code).to.equal(2);
    });
});
