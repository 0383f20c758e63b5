/**
 * The report's diagrams in a page shaped like VS Code's Markdown preview:
 * its strict Content Security Policy (scripts by nonce only), the HTML
 * markdown-it renders with the extension's plugin, and the real
 * media/report-preview.js, in headless Chromium.
 */
import { expect } from 'chai';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import MarkdownIt from 'markdown-it';
import { type BrowserContext, chromium } from 'playwright-core';
import { drawDiagramsInReports } from '../../src/extension/report/report-markdown.js';
import { REPORT_SCHEME } from '../../src/extension/report/report-uri.js';
import { chromiumOrSkip } from '../helpers/chromium.js';

const MEDIA = path.resolve(import.meta.dirname, '../../media');
const NONCE = 'n0nc3';

function pageHtml(markdown: string, scheme = REPORT_SCHEME): string {
    const body = drawDiagramsInReports(new MarkdownIt()).render(markdown, { currentDocument: { scheme } });
    const script = pathToFileURL(path.join(MEDIA, 'report-preview.js')).toString();
    return `<!DOCTYPE html><html><head>
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src file: data:; style-src file: 'unsafe-inline'; script-src 'nonce-${NONCE}'">
</head><body class="vscode-light">${body}<script nonce="${NONCE}" src="${script}"></script></body></html>`;
}

describe('report diagrams in the Markdown preview (headless Chromium)', function () {
    this.timeout(60_000);
    let context: BrowserContext | undefined;
    let folder = '';

    before(async function () {
        const executablePath = chromiumOrSkip(this);
        if (!fs.existsSync(path.join(MEDIA, 'report-preview.js'))) {
            throw new Error('media/report-preview.js is missing: run `node scripts/bundle.mjs` (npm test builds first)');
        }
        folder = fs.mkdtempSync(path.join(os.tmpdir(), 'archlens-report-'));
        context = await chromium.launchPersistentContext(path.join(folder, 'profile'), { executablePath, headless: true, args: ['--no-sandbox', '--disable-gpu'] });
    });

    after(async () => {
        await context?.close();
        if (folder) {
            fs.rmSync(folder, { recursive: true, force: true });
        }
    });

    async function open(markdown: string, scheme?: string) {
        const file = path.join(folder, `page-${Math.random().toString(36).slice(2)}.html`);
        fs.writeFileSync(file, pageHtml(markdown, scheme));
        const page = await (context as BrowserContext).newPage();
        const errors: string[] = [];
        page.on('pageerror', (error) => errors.push(error.message));
        page.on('console', (message) => {
            if (message.type() === 'error') {
                errors.push(message.text());
            }
        });
        await page.goto(pathToFileURL(file).toString());
        return { page, errors };
    }

    it('draws a report\'s diagram as SVG, loading Mermaid under the preview\'s nonce', async () => {
        const { page, errors } = await open('# Design review: Shop\n\n```mermaid\nflowchart LR\n  n_Api["Api"] --> n_Db[("Db")]\n```\n');
        await page.waitForSelector('div.archlens-mermaid svg', { timeout: 30_000 });
        expect(await page.locator('div.archlens-mermaid svg g.node').count()).to.equal(2);
        expect(errors).to.deep.equal([]);
    });

    it('draws a diagram that arrives after the page has loaded, as the preview\'s updates do', async () => {
        const { page } = await open('# Empty so far\n');
        const later = drawDiagramsInReports(new MarkdownIt()).render('```mermaid\nflowchart LR\n  A --> B\n```\n', { currentDocument: { scheme: REPORT_SCHEME } });
        await page.evaluate((html) => {
            document.body.insertAdjacentHTML('afterbegin', html);
            window.dispatchEvent(new Event('vscode.markdown.updateContent'));
        }, later);
        await page.waitForSelector('div.archlens-mermaid svg', { timeout: 30_000 });
        expect(await page.locator('div.archlens-mermaid svg g.node').count()).to.equal(2);
    });

    it('leaves other Markdown previews alone and does not load Mermaid into them', async () => {
        const { page } = await open('```mermaid\nflowchart LR\n  A --> B\n```\n', 'file');
        await page.waitForTimeout(500);
        expect(await page.locator('div.archlens-mermaid').count()).to.equal(0);
        expect(await page.evaluate(() => typeof (window as { mermaid?: unknown }).mermaid)).to.equal('undefined');
    });

    it('shows diagram text as text: HTML in a label does not run', async () => {
        const { page } = await open('```mermaid\nflowchart LR\n  A["<img src=x onerror=window.pwned=1>"] --> B\n```\n');
        await page.waitForSelector('div.archlens-mermaid[data-drawn]', { timeout: 30_000 });
        expect(await page.evaluate(() => (window as { pwned?: unknown }).pwned)).to.equal(undefined);
        expect(await page.locator('div.archlens-mermaid img').count()).to.equal(0);
    });
});
