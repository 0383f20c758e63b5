import { expect } from 'chai';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { GENERATED_PAGES, builtInEngines } from '../../src/docs/generated-pages.js';
import { COMPONENT_KINDS, GROUP_KINDS, SETTINGS_KINDS } from '../../src/model/design.js';

const ROOT = path.resolve(import.meta.dirname, '../..');

function committed(relativePath: string): string {
    const file = path.join(ROOT, ...relativePath.split('/'));
    return fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
}

async function pageText(relativePath: string): Promise<string> {
    const page = GENERATED_PAGES.find((candidate) => candidate.path === relativePath);
    if (!page) {
        throw new Error(`no generated page ${relativePath}`);
    }
    return await page.render();
}

describe('generated reference pages', () => {
    for (const page of GENERATED_PAGES) {
        it(`${page.path} is what scripts/generate-docs.ts produces now`, async () => {
            // Compared as text so that a failure shows the lines that drifted.
            expect(committed(page.path), `${page.path} is out of date: run npx tsx scripts/generate-docs.ts`).to.equal(await page.render());
        });
    }

    describe('docs/properties.md', () => {
        let text = '';
        before(async () => {
            text = await pageText('docs/properties.md');
        });

        it('has a section for every component kind', () => {
            for (const kind of COMPONENT_KINDS) {
                expect(text, kind).to.include(`\n### \`${kind}\`\n`);
            }
        });

        it('has a section for every group and settings block, connections and transactions', () => {
            for (const kind of GROUP_KINDS) {
                expect(text, kind).to.include(`\n### \`${kind}\` group\n`);
            }
            for (const kind of SETTINGS_KINDS) {
                expect(text, kind).to.include(`\n### \`${kind}\`\n`);
            }
            expect(text).to.include('\n## Connections\n');
            expect(text).to.include('\n## Transactions\n');
        });

        it('lists nested keys, allowed values with their descriptions, units and defaults', () => {
            expect(text).to.include('| `backup.mode` |');
            expect(text).to.include('`lru`: Least recently used.');
            expect(text).to.match(/\| `timeout` \| duration \|[^\n]*duration: `ms` `s` `m` `h` `d`/);
            expect(text).to.match(/\| `replicas` \| whole number ≥ 1 or `many` \|[^\n]*\| `1` \|/);
        });
    });

    describe('docs/engines.md', () => {
        let text = '';
        before(async () => {
            text = await pageText('docs/engines.md');
        });

        it('has a row for every engine of the knowledge base', () => {
            for (const id of builtInEngines().keys()) {
                expect(text, id).to.include(`\n| \`${id}\` |`);
            }
        });

        it('indexes engines under every kind that has one', () => {
            const kindsWithEngines = COMPONENT_KINDS.filter((kind) => [...builtInEngines().values()].some((entry) => entry.kinds.includes(kind)));
            for (const kind of kindsWithEngines) {
                expect(text, kind).to.include(`\n| \`${kind}\` |`);
            }
        });
    });
});
