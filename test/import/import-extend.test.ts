/**
 * An `.arch` file that imports a deployment (`import "compose.yaml" as
 * Storefront`) and adds to it by name: one design, reviewed with what the
 * file adds, its findings on the YAML lines; bad imports named on the import.
 */
import { expect } from 'chai';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyzeFiles } from '../../src/batch/analyze.js';
import type { Finding } from '../../src/model/finding.js';
import { runCli } from '../helpers/cli.js';
import { useTempFolder } from '../helpers/temp-folder.js';

const SHOP = path.resolve(import.meta.dirname, '../fixtures/import/compose/shop');

describe('an .arch file importing a deployment', () => {
    const folder = useTempFolder('archlens-import-extend-', { perTest: true });

    /** The shop's Compose project in `shop/`, and `shop/<name>` holding `text`. */
    function project(name: string, text: string): string {
        const shop = path.join(folder(), 'shop');
        fs.mkdirSync(shop, { recursive: true });
        for (const file of ['compose.yaml', 'compose.override.yaml']) {
            fs.copyFileSync(path.join(SHOP, file), path.join(shop, file));
        }
        fs.writeFileSync(path.join(shop, name), text);
        return path.join(shop, name);
    }

    function at(finding: Finding): string {
        return `${path.basename(finding.uri)}:${finding.range.start.line + 1} ${finding.rule}${finding.element ? ` ${finding.element}` : ''}`;
    }

    it('reviews one design: the YAML\'s components with what the file adds, findings on the YAML lines', async () => {
        const before = await analyzeFiles([project('plain.arch', 'import "compose.yaml" as Storefront\n\narchitecture Storefront {\n}\n')]);
        const after = await analyzeFiles([project('shop.arch', [
            'import "compose.yaml" as Storefront',
            '',
            'architecture Storefront {',
            '  requirements { peak_rps: 500, availability: 99.9% }',
            '  extend Db { volume: persistent }',
            '  extend Api { health_check: false }',
            '}',
            ''
        ].join('\n'))]);
        expect(after.designs.map((design) => design.name)).to.deep.equal(['Storefront']);
        expect(after.designs[0].components.map((component) => component.name)).to.include.members(['Web', 'Api', 'Db', 'Redis']);
        expect(before.findings.map(at)).to.include('compose.yaml:28 dr/ephemeral-storage Db');
        const found = after.findings.map(at);
        expect(found, 'the volume added settles the ephemeral store').to.not.include('compose.yaml:28 dr/ephemeral-storage Db');
        expect(found, 'the health check corrected to false is judged, on the api service').to.include('compose.yaml:12 avail/no-probe Api');
        expect(found.filter((entry) => entry.startsWith('shop.arch')), 'nothing is wrong with the file itself').to.deep.equal([]);
        expect(after.designs[0].settings.requirements?.properties.number('peak_rps'), 'the requirements apply').to.equal(500);
    });

    it('names the design after the deployment\'s folder when the import gives no name, and follows the YAML as it changes', async () => {
        const file = project('shop.arch', 'import "compose.yaml"\n\narchitecture Shop {\n  extend Db { replicas: 2 }\n}\n');
        const first = await analyzeFiles([file]);
        expect(first.designs[0].components.find((component) => component.name === 'Db')?.properties.number('replicas')).to.equal(2);
        const compose = path.join(path.dirname(file), 'compose.yaml');
        fs.writeFileSync(compose, fs.readFileSync(compose, 'utf8').replace('services:\n', 'services:\n  audit:\n    image: ghcr.io/acme/audit:1\n'));
        const second = await analyzeFiles([file]);
        expect(second.designs[0].components.map((component) => component.name)).to.include('Audit');
    });

    it('says on the import what it cannot read, and on the extend what it cannot find', async () => {
        const file = project('shop.arch', [
            'import "missing.yaml" as A',
            'import "ci.yml" as B',
            'import "other.arch" as C',
            'import "compose.yaml" as Storefront',
            '',
            'architecture Storefront {',
            '  extend Nope { replicas: 2 }',
            '}',
            ''
        ].join('\n'));
        fs.writeFileSync(path.join(path.dirname(file), 'ci.yml'), 'on: push\njobs: {}\n');
        fs.writeFileSync(path.join(path.dirname(file), 'other.arch'), 'architecture Other {\n  service X\n}\n');
        const analysis = await analyzeFiles([file]);
        const onFile = analysis.findings.filter((finding) => finding.uri.endsWith('shop.arch')).map((finding) => `${finding.range.start.line + 1} ${finding.rule} ${finding.message}`).sort();
        expect(onFile).to.deep.equal([
            `1 meta/unresolved-reference Cannot find 'missing.yaml' (looked for ${path.join(path.dirname(file), 'missing.yaml')}).`,
            "2 meta/unresolved-reference Imports name .arch files, Compose files or folders of Kubernetes manifests; 'ci.yml' is none of them.",
            "3 meta/unresolved-reference 'as C' names the design of an imported Compose file or manifest folder; the designs of 'other.arch' keep the names it gives them.",
            '7 meta/unresolved-reference Unknown component \'Nope\' in design Storefront.'
        ]);
    });

    it('checks from the command line with the findings on the YAML, and exits on the import\'s errors', async () => {
        const file = project('shop.arch', 'import "compose.yaml" as Storefront\n\narchitecture Storefront {\n  extend Db { volume: persistent }\n}\n');
        const clean = await runCli(['check', path.basename(file)], path.dirname(file));
        expect(clean.stdout).to.contain('compose.yaml');
        expect(clean.stdout).to.not.contain('dr/ephemeral-storage');
        fs.writeFileSync(file, 'import "compose.yaml" as Storefront\n\narchitecture Storefront {\n  extend Nope { volume: persistent }\n}\n');
        const broken = await runCli(['check', path.basename(file)], path.dirname(file));
        expect(broken.code).to.equal(1);
        expect(broken.stdout).to.contain("Unknown component 'Nope' in design Storefront.");
    });
});
