import { expect } from 'chai';
import { spawnSync } from 'node:child_process';
import { once } from 'node:events';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { runCli } from '../helpers/cli.js';
import { fingerprintOf } from '../../src/model/fingerprint.js';

const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/cli');
const ROOT = path.resolve(import.meta.dirname, '../..');

describe('archlens check', () => {
    it('exits 0 on a reviewed design with no error or warning', async () => {
        const result = await runCli(['check', 'clean.arch'], FIXTURES);
        expect(result.code).to.equal(0);
        expect(result.stdout).to.match(/\(0 errors, 0 warnings/);
        expect(result.stderr).to.equal('');
    });

    it('exits 0 with warnings only, and 1 when they exceed --max-warnings', async () => {
        const within = await runCli(['check', 'warnings.arch'], FIXTURES);
        expect(within.code).to.equal(0);
        const warnings = Number(/\(0 errors, (\d+) warnings?/.exec(within.stdout)?.[1]);
        expect(warnings).to.be.greaterThanOrEqual(2);
        expect((await runCli(['check', 'warnings.arch', '--max-warnings', String(warnings)], FIXTURES)).code).to.equal(0);
        expect((await runCli(['check', 'warnings.arch', '--max-warnings', String(warnings - 1)], FIXTURES)).code).to.equal(1);
    });

    it('exits 1 on a file that does not parse, with the position and no stack trace', async () => {
        const result = await runCli(['check', 'broken.arch'], FIXTURES);
        expect(result.code).to.equal(1);
        expect(result.stdout).to.contain("  2:26  error    Expected ':' but found '3'.  syntax");
        expect(result.stdout + result.stderr).not.to.match(/\n\s+at /);
    });

    it('prints ESLint-style text: file, line:col, severity, message, rule id, summary', async () => {
        const lines = (await runCli(['check', 'warnings.arch'], FIXTURES)).stdout.split('\n');
        expect(lines[0]).to.equal('warnings.arch');
        expect(lines).to.include("  6:70  warning  Unknown property 'replica' for a service. Did you mean 'replicas'?  meta/unknown-property");
        expect(lines).to.include("  9:48  warning  Unknown property 'evictio' for a logging.  meta/unknown-property");
        const findings = lines.slice(1, lines.indexOf(''));
        expect(findings.every((line) => /^ {2}\d+:\d+ +(error|warning|info|hint) {2,}.+ {2}[a-z]+(\/[a-z0-9-]+)?$/.test(line)), lines.join('\n')).to.equal(true);
        // Then, after a blank line, what findings list besides their message (related places), keyed by their position.
        const notes = lines.slice(findings.length + 2, -3);
        expect(notes.every((line) => /^ {2}(\d+:\d+ +(related|assumes)| {2,}) {2}\S/.test(line)), notes.join('\n')).to.equal(true);
        expect(lines.at(-3)).to.equal('');
        expect(lines.at(-2)).to.match(/^✖ \d+ problems? \(0 errors, \d+ warnings?(, \d+ info)?(, \d+ hints?)?\)$/);
    });

    it('prints the JSON document of cli.md with 1-based positions', async () => {
        const result = await runCli(['check', '--format', 'json', 'broken.arch', 'clean.arch'], FIXTURES);
        const report = JSON.parse(result.stdout) as { version: number; files: string[]; findings: Record<string, unknown>[]; summary: Record<string, number> };
        expect(report.version).to.equal(1);
        expect(report.files).to.deep.equal(['broken.arch', 'clean.arch']);
        expect(report.findings).to.deep.include({
            rule: 'syntax',
            severity: 'error',
            message: "Expected ':' but found '3'.",
            file: 'broken.arch',
            design: 'Broken',
            range: { start: { line: 2, column: 26 }, end: { line: 2, column: 27 } },
            suppressed: false,
            fingerprint: fingerprintOf({ rule: 'syntax', design: 'Broken' })
        });
        const spof = report.findings.find((finding) => finding.rule === 'observe/no-monitoring');
        expect(spof).to.deep.include({ severity: 'warning', section: 'observability', file: 'broken.arch', design: 'Broken', suppressed: false });
        expect(spof).to.not.have.property('element');
        expect(report.summary.error).to.equal(1);
        expect(report.summary.suppressed).to.equal(0);
    });

    it('searches folders for .arch files', async () => {
        const result = await runCli(['check', '--format', 'json', '.'], FIXTURES);
        const report = JSON.parse(result.stdout) as { files: string[] };
        expect(report.files).to.deep.equal(['broken.arch', 'clean.arch', 'warnings.arch']);
        expect(result.code).to.equal(1);
    });

    it('hides all but errors with --quiet', async () => {
        const result = await runCli(['check', '--quiet', 'warnings.arch', 'broken.arch'], FIXTURES);
        expect(result.stdout).to.contain("Expected ':' but found '3'.");
        expect(result.stdout).not.to.match(/ (warning|info|hint) /);
        expect(result.code).to.equal(1);
    });

    it('exits 2 on a missing path, a bad option or a bad format, naming the problem', async () => {
        const missing = await runCli(['check', 'nowhere.arch'], FIXTURES);
        expect(missing).to.deep.include({ code: 2, stdout: '' });
        expect(missing.stderr).to.equal("archlens: cannot find 'nowhere.arch'.\n");
        const badFormat = await runCli(['check', '--format', 'xml', 'clean.arch'], FIXTURES);
        expect(badFormat.code).to.equal(2);
        expect(badFormat.stderr).to.contain('--format must be one of text, json');
        const badOption = await runCli(['check', '--frobnicate'], FIXTURES);
        expect(badOption.code).to.equal(2);
        expect(badOption.stderr).to.contain("Unknown option '--frobnicate'");
        expect((await runCli(['check', '--max-warnings', 'many'], FIXTURES)).code).to.equal(2);
        expect((await runCli(['explode'], FIXTURES)).code).to.equal(2);
    });

    it('exits 2 on a path that cannot be read as a file', async () => {
        // A socket cannot be opened for reading, even by root (for whom file permissions do not apply).
        const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'archlens-'));
        const socketPath = path.join(folder, 'socket.arch');
        const server = net.createServer().listen(socketPath);
        await once(server, 'listening');
        try {
            const result = await runCli(['check', 'socket.arch'], folder);
            expect(result.code).to.equal(2);
            expect(result.stderr).to.equal("archlens: cannot read 'socket.arch': it is a socket, not a regular file.\n");
        } finally {
            server.close();
        }
    });

    it('exits 2 on a file without read permission', async function () {
        if (process.getuid?.() === 0) {
            this.skip(); // root reads any file whatever its permissions
        }
        const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'archlens-'));
        const file = path.join(folder, 'secret.arch');
        fs.writeFileSync(file, 'architecture S {}');
        fs.chmodSync(file, 0o000);
        const result = await runCli(['check', file], folder);
        expect(result.code).to.equal(2);
        expect(result.stderr).to.contain('cannot read');
    });

    it('prints its version and help', async () => {
        const version = await runCli(['--version'], FIXTURES);
        expect(version.stdout.trim()).to.match(/^\d+\.\d+\.\d+$/);
        expect((await runCli(['--help'], FIXTURES)).stdout).to.contain('archlens check');
    });

    it('prints a command\'s own usage with --help, and runs nothing', async () => {
        const help = await runCli(['report', '--help'], FIXTURES);
        expect(help.code).to.equal(0);
        expect(help.stdout).to.match(/^Usage:\n {2}archlens report \[PATH…\]/);
        expect(help.stdout).to.not.contain('archlens check');
        expect((await runCli(['check', '-h'], FIXTURES)).stdout).to.contain('--max-warnings N');
    });
});

describe('the bundled CLI (dist/cli.cjs)', () => {
    const cli = path.join(ROOT, 'dist', 'cli.cjs');

    it('runs as a separate process, also on the machine\'s Node (20 or newer), with exit codes', function () {
        if (!fs.existsSync(cli)) {
            throw new Error('dist/cli.cjs is missing: run `npm run build` first');
        }
        const nodes = [process.execPath, '/usr/bin/node'].filter((node) => fs.existsSync(node));
        for (const node of nodes) {
            const clean = spawnSync(node, [cli, 'check', 'clean.arch'], { cwd: FIXTURES, encoding: 'utf8' });
            expect(clean.status, `${node}: ${clean.stderr}`).to.equal(0);
            const broken = spawnSync(node, [cli, 'check', 'broken.arch'], { cwd: FIXTURES, encoding: 'utf8' });
            expect(broken.status).to.equal(1);
            expect(broken.stdout).to.contain('2:26');
            const missing = spawnSync(node, [cli, 'check', 'missing.arch'], { cwd: FIXTURES, encoding: 'utf8' });
            expect(missing.status).to.equal(2);
            expect(missing.stderr).not.to.match(/\n\s+at /);
        }
    });
});

describe('the JSON format written in pieces', () => {
    it('is exactly JSON.stringify of the report, indented by two, for no findings, one, some, and more than a piece holds', async () => {
        const { formatJson, toJsonReport } = await import('../../src/cli/formats/json.js');
        const { analyzeFiles } = await import('../../src/batch/analyze.js');
        const analysis = await analyzeFiles([path.join(ROOT, 'samples/spec/first-draft.arch'), path.join(ROOT, 'samples/spec/payments.arch')]);
        const many = Array.from({ length: 1_201 }, (_, index) => analysis.findings[index % analysis.findings.length]);
        for (const findings of [[], analysis.findings.slice(0, 1), analysis.findings, many]) {
            expect(formatJson(analysis.files, findings, ROOT)).to.equal(`${JSON.stringify(toJsonReport(analysis.files, findings, ROOT), undefined, 2)}\n`);
        }
        expect(analysis.findings.length).to.be.greaterThan(20);
    });
});
