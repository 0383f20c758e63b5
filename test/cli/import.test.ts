/** Compose files reviewed and imported from the command line: findings on the YAML lines, a design to keep, and bad input. */
import { expect } from 'chai';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { runCli } from '../helpers/cli.js';
import { useTempFolder } from '../helpers/temp-folder.js';

const SHOP = path.resolve(import.meta.dirname, '../fixtures/import/compose/shop');

interface JsonFinding { rule: string; severity: string; file: string; range: { start: { line: number } }; element?: string }

function copyShop(folder: string): void {
    for (const name of ['compose.yaml', 'compose.override.yaml']) {
        fs.copyFileSync(path.join(SHOP, name), path.join(folder, name));
    }
}

describe('archlens with Compose files', () => {
    const folder = useTempFolder('archlens-import-', { perTest: true });

    it('check reviews a Compose project and puts each finding on the YAML line it is about', async () => {
        copyShop(folder());
        const result = await runCli(['check', '.', '--format', 'json'], folder());
        expect(result.code, result.stderr).to.equal(1);
        const findings = (JSON.parse(result.stdout) as { findings: JsonFinding[] }).findings;
        const on = (rule: string): string[] => findings.filter((finding) => finding.rule === rule).map((finding) => `${finding.file}:${finding.range.start.line} ${finding.severity}`);
        expect(on('dr/ephemeral-storage')).to.deep.equal(['compose.yaml:28 error']);
        expect(on('sec/published-store-port')).to.deep.equal(['compose.yaml:28 warning']);
        expect(on('sec/plain-secret')).to.have.length(1);
        expect(findings.every((finding) => /^compose(\.override)?\.yaml$/.test(finding.file))).to.equal(true);
    });

    it('check puts SARIF results on the Compose file', async () => {
        copyShop(folder());
        const result = await runCli(['check', 'compose.yaml', '--format', 'sarif'], folder());
        const sarif = JSON.parse(result.stdout) as { runs: { results: { locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }[] }[] }[] };
        const uris = new Set(sarif.runs[0].results.map((entry) => entry.locations[0].physicalLocation.artifactLocation.uri));
        expect([...uris]).to.deep.equal(['compose.yaml']);
    });

    it('import writes a design that parses and reviews the same', async () => {
        copyShop(folder());
        const written = await runCli(['import', '.', '--out', 'shop.arch'], folder());
        expect(written.code, written.stderr).to.equal(0);
        const design = fs.readFileSync(path.join(folder(), 'shop.arch'), 'utf8');
        expect(design).to.contain('database Db "db" {');
        const fromYaml = JSON.parse((await runCli(['check', 'compose.yaml', 'compose.override.yaml', '--format', 'json'], folder())).stdout) as { findings: JsonFinding[] };
        const fromDesign = JSON.parse((await runCli(['check', 'shop.arch', '--format', 'json'], folder())).stdout) as { findings: JsonFinding[] };
        const summary = (findings: JsonFinding[]): string[] => findings.map((finding) => `${finding.rule} ${finding.severity} ${finding.element ?? ''}`).sort();
        expect(summary(fromDesign.findings)).to.deep.equal(summary(fromYaml.findings));
    });

    it('import refuses to write over an input, and says when there is nothing to import', async () => {
        copyShop(folder());
        const over = await runCli(['import', '.', '--out', 'compose.yaml'], folder());
        expect(over.code).to.equal(2);
        expect(over.stderr).to.contain('would overwrite the input');
        fs.mkdirSync(path.join(folder(), 'empty'));
        const nothing = await runCli(['import', 'empty'], folder());
        expect(nothing.code).to.equal(2);
        expect(nothing.stderr).to.contain('nothing to import');
    });

    it('check reports YAML that does not parse at its line, and the rest of the project still reviews', async () => {
        fs.writeFileSync(path.join(folder(), 'compose.yaml'), 'services:\n  db:\n    image: [postgres\n');
        const result = await runCli(['check', 'compose.yaml', '--format', 'json'], folder());
        expect(result.code).to.equal(1);
        const findings = (JSON.parse(result.stdout) as { findings: JsonFinding[] }).findings;
        expect(findings.map((finding) => `${finding.rule} ${finding.file}:${finding.range.start.line}`)).to.deep.equal(['import/invalid-yaml compose.yaml:4']);
    });
});
