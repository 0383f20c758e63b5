/**
 * Writes the generated reference pages (docs/properties.md, docs/engines.md).
 *   npx tsx scripts/generate-docs.ts           write them
 *   npx tsx scripts/generate-docs.ts --check   exit 1 when a committed page is out of date
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { GENERATED_PAGES, type GeneratedPage } from '../src/docs/generated-pages.js';

const ROOT = path.resolve(import.meta.dirname, '..');

function absolutePath(page: GeneratedPage): string {
    return path.join(ROOT, ...page.path.split('/'));
}

function isCurrent(page: GeneratedPage, text: string): boolean {
    const file = absolutePath(page);
    return fs.existsSync(file) && fs.readFileSync(file, 'utf8') === text;
}

async function main(checkOnly: boolean): Promise<number> {
    let stale = 0;
    for (const page of GENERATED_PAGES) {
        const text = await page.render();
        if (isCurrent(page, text)) {
            console.log(`up to date  ${page.path}`);
        } else if (checkOnly) {
            console.error(`out of date ${page.path}: run npx tsx scripts/generate-docs.ts`);
            stale++;
        } else {
            fs.mkdirSync(path.dirname(absolutePath(page)), { recursive: true });
            fs.writeFileSync(absolutePath(page), text);
            console.log(`wrote       ${page.path}`);
        }
    }
    return stale > 0 ? 1 : 0;
}

process.exitCode = await main(process.argv.includes('--check'));
