/**
 * Every ```arch example of docs/language.md is valid language: no syntax
 * error, no unknown property, no invalid value, no unresolved reference.
 * Examples whose first line is `// file: folder/name.arch` are files of one
 * workspace with the other examples of that folder. An example that imports
 * `compose.yaml` is read beside the shop Compose project of the import tests.
 */
import { expect } from 'chai';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { buildWorkspace, describeDiagnostics } from '../helpers/workspace.js';
import { isLanguageFinding, languageDiagnostics } from './language-findings.js';
import { analyzeFiles } from '../../src/batch/analyze.js';
import * as os from 'node:os';

const PAGES = ['docs/language.md', 'README.md'].map((page) => path.resolve(import.meta.dirname, '../..', page));

/** Findings an illustrative fragment may get: its components need not all be connected. */
const TOLERATED = ['meta/unconnected-component'];

interface Example {
    readonly name: string;
    readonly files: Readonly<Record<string, string>>;
}

function archBlocks(markdown: string): string[] {
    return [...markdown.matchAll(/^( *)```arch\n([\s\S]*?)^\1```$/gm)].map((match) => dedent(match[2], match[1].length));
}

function dedent(text: string, indent: number): string {
    return text.split('\n').map((line) => line.slice(Math.min(indent, line.length - line.trimStart().length))).join('\n');
}

/** Single examples stand alone; `// file:` examples group by folder. */
function examplesOf(blocks: readonly string[]): Example[] {
    const examples: Example[] = [];
    const byFolder = new Map<string, Record<string, string>>();
    blocks.forEach((text, index) => {
        const file = /^\/\/ file: (\S+)/.exec(text)?.[1];
        if (!file) {
            examples.push({ name: `example ${index + 1}: ${text.split('\n')[0]}`, files: { [`example-${index + 1}.arch`]: text } });
            return;
        }
        const folder = path.posix.dirname(file);
        const files = byFolder.get(folder) ?? {};
        files[file] = text;
        byFolder.set(folder, files);
    });
    for (const [folder, files] of byFolder) {
        examples.push({ name: `files of ${folder}/`, files });
    }
    return examples;
}

for (const page of PAGES) describe(`${path.basename(page)} examples`, () => {
    const examples = examplesOf(archBlocks(fs.readFileSync(page, 'utf8')));

    it('has examples', () => {
        expect(examples.length).to.be.greaterThan(0);
    });

    for (const example of examples) {
        it(`${example.name} is valid`, async () => {
            if (Object.values(example.files).some(importsCompose)) {
                expect(await problemsBesideShop(example.files)).to.deep.equal([]);
                return;
            }
            const workspace = await buildWorkspace(example.files);
            expect(describeDiagnostics(languageDiagnostics(workspace, TOLERATED))).to.deep.equal([]);
        });
    }
});

/** An example importing `compose.yaml` reads the shop Compose project of the import tests, as if it lay beside it. */
function importsCompose(text: string): boolean {
    return /^import "compose\.yaml"/m.test(text);
}

const SHOP = path.resolve(import.meta.dirname, '../fixtures/import/compose/shop');

async function problemsBesideShop(files: Readonly<Record<string, string>>): Promise<string[]> {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'archlens-doc-example-'));
    try {
        for (const name of ['compose.yaml', 'compose.override.yaml']) {
            fs.copyFileSync(path.join(SHOP, name), path.join(folder, name));
        }
        const written = Object.entries(files).map(([name, text]) => {
            const file = path.join(folder, path.basename(name));
            fs.writeFileSync(file, text);
            return file;
        });
        const analysis = await analyzeFiles(written, { cwd: folder });
        return analysis.findings.filter((finding) => isLanguageFinding(finding.rule) && !TOLERATED.includes(finding.rule))
            .map((finding) => `${path.basename(finding.uri)}:${finding.range.start.line + 1} ${finding.rule} ${finding.message}`);
    } finally {
        fs.rmSync(folder, { recursive: true, force: true });
    }
}
