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
        await withEnvironment({ ARCHLENS_CHROMIUM: '/nonexistent/chromium' }, async () => {
            const result = await runCli(['diagram', 'checkout.arch', '--out', path.join(out, 'x.svg')], SAMPLES);
            expect(result.code).to.equal(2);
            expect(result.stderr).to.equal('archlens: ARCHLENS_CHROMIUM (or CHROME_PATH) names /nonexistent/chromium, which does not exist.\n');
        });
    });

    it('says in one line when the browser does not start, and leaves no temporary profile behind', async () => {
        const temporary = fs.mkdtempSync(path.join(os.tmpdir(), 'archlens-tmp-'));
        const fake = path.join(out, 'not-a-browser');
        fs.writeFileSync(fake, '#!/bin/sh\necho "no display" >&2\nexit 3\n', { mode: 0o755 });
        await withEnvironment({ ARCHLENS_CHROMIUM: fake, TMPDIR: temporary }, async () => {
            const result = await runCli(['diagram', 'checkout.arch', '--out', path.join(out, 'y.svg')], SAMPLES);
            expect(result.code).to.equal(2);
            expect(result.stderr).to.equal(`archlens: the browser ${fake} did not start (it exited with code 3): install Chromium or Chrome (e.g. apt-get install chromium), or set ARCHLENS_CHROMIUM to its executable.\n`);
        });
        expect(fs.readdirSync(temporary)).to.deep.equal([]);
        fs.rmSync(temporary, { recursive: true, force: true });
    });

    it('refuses SVG past Mermaid\'s edge limit, naming the collapsed view when it fits', async () => {
        const grouped = designWithEdges(2, 51);
        fs.writeFileSync(path.join(out, 'grouped.arch'), grouped);
        const result = await runCli(['diagram', 'grouped.arch', '--view', 'full', '--out', 'grouped.svg'], out);
        expect(result).to.deep.equal({ code: 2, stdout: '', stderr: 'archlens: the full view has 5,101 edges and Mermaid draws at most 5,000: use --view collapsed (1 edge), or write the Mermaid text with --out FILE.mmd.\n' });
        fs.writeFileSync(path.join(out, 'flat.arch'), designWithEdges(0, 72));
        expect((await runCli(['diagram', 'flat.arch', '--out', 'flat.svg'], out)).stderr).to.equal(
            'archlens: even collapsed, the diagram has 5,113 edges and Mermaid draws at most 5,000: put components in system or network groups (--view collapsed draws each top-level group as one node), or write the Mermaid text with --out FILE.mmd.\n'
        );
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

/** Runs `body` with environment variables set, then puts them back. */
async function withEnvironment(variables: Readonly<Record<string, string>>, body: () => Promise<void>): Promise<void> {
    const saved = Object.fromEntries(Object.keys(variables).map((name) => [name, process.env[name]]));
    Object.assign(process.env, variables);
    try {
        await body();
    } finally {
        for (const [name, value] of Object.entries(saved)) {
            if (value === undefined) {
                delete process.env[name];
            } else {
                process.env[name] = value;
            }
        }
    }
}

/** A client calling the first service, and every service of each group calling every other of its group (no groups: one flat set). */
function designWithEdges(groups: number, perGroup: number): string {
    const sets = groups === 0 ? [''] : Array.from({ length: groups }, (_, index) => `G${index}`);
    const lines = ['architecture Dense {', '  client U', `  U -> ${sets[0]}S0`];
    for (const set of sets) {
        const names = Array.from({ length: perGroup }, (_, index) => `${set}S${index}`);
        lines.push(...(set ? [`  system ${set} {`] : []), ...names.map((name) => `    service ${name}`), ...(set ? ['  }'] : []));
        lines.push(...names.flatMap((from) => names.filter((to) => to !== from).map((to) => `  ${from} -> ${to}`)));
    }
    return [...lines, '}', ''].join('\n');
}
