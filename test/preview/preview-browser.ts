/**
 * The preview's real page in headless Chromium: the HTML the panel builds
 * (src/extension/preview/preview-html.ts) with file URLs for media/, the
 * real media/preview.js and media/mermaid.min.js, and a stub of VS Code's
 * `acquireVsCodeApi` that records what the page posts.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { type BrowserContext, chromium as playwrightChromium, type Page } from 'playwright-core';
import { createNonce, previewHtml } from '../../src/extension/preview/preview-html.js';
import type { FromWebview, PreviewState, ToWebview } from '../../src/webview/preview-messages.js';
import { findChromium, missingChromiumLine } from '../helpers/chromium.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const MEDIA = path.join(ROOT, 'media');

/** The browser globals the stub adds. */
interface StubbedWindow {
    __posted: FromWebview[];
    __state: unknown;
    __pwned?: unknown;
}

function mediaBuilt(): boolean {
    return ['preview.js', 'mermaid.min.js', 'preview.css'].every((file) => fs.existsSync(path.join(MEDIA, file)));
}

export class PreviewBrowser {
    private constructor(private readonly context: BrowserContext, private readonly folder: string) {}

    /**
     * `chromium` defaults to the one test/helpers/chromium.ts finds. Throws,
     * saying what to install or build, without a browser or the preview's scripts.
     */
    static async launch(chromium = findChromium()): Promise<PreviewBrowser> {
        if (!mediaBuilt()) {
            throw new Error('media/preview.js or media/mermaid.min.js is missing: run `node scripts/bundle.mjs` (npm test builds first)');
        }
        if (chromium === undefined) {
            throw new Error(`the preview needs ${missingChromiumLine()}`);
        }
        const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'archlens-preview-'));
        const context = await playwrightChromium.launchPersistentContext(path.join(folder, 'profile'), {
            executablePath: chromium,
            headless: true,
            viewport: { width: 1200, height: 800 },
            args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync']
        });
        return new PreviewBrowser(context, folder);
    }

    /** The panel's page, optionally with `extraHead` inserted (to test the CSP) and a saved state (a reload). */
    async open(options: { extraBody?: string; state?: PreviewState; bodyClass?: string } = {}): Promise<PreviewPage> {
        const media = (file: string): string => pathToFileURL(path.join(MEDIA, file)).toString();
        let html = previewHtml({ cspSource: 'file:', nonce: createNonce(), mermaidScript: media('mermaid.min.js'), previewScript: media('preview.js'), stylesheet: media('preview.css') });
        if (options.extraBody) {
            html = html.replace('<body>', `<body>${options.extraBody}`);
        }
        if (options.bodyClass) {
            html = html.replace('<body>', `<body class="${options.bodyClass}">`);
        }
        const file = path.join(this.folder, `page-${Date.now()}-${Math.random().toString(36).slice(2)}.html`);
        fs.writeFileSync(file, html);
        const page = await this.context.newPage();
        const errors: string[] = [];
        page.on('pageerror', (error) => errors.push(error.message));
        await page.addInitScript({ content: stubScript(options.state) });
        await page.goto(pathToFileURL(file).toString());
        return new PreviewPage(page, errors);
    }

    async close(): Promise<void> {
        await this.context.close();
        fs.rmSync(this.folder, { recursive: true, force: true });
    }
}

/**
 * VS Code's webview API as a script run before the page's own (a string:
 * functions compiled by tsx carry helpers the page does not have).
 */
function stubScript(state: PreviewState | undefined): string {
    return `(() => {
    window.__posted = [];
    window.__state = ${JSON.stringify(state ?? null)} ?? undefined;
    window.acquireVsCodeApi = () => ({
        postMessage: (message) => window.__posted.push(JSON.parse(JSON.stringify(message))),
        getState: () => window.__state,
        setState: (value) => { window.__state = value; }
    });
})();`;
}

export class PreviewPage {
    constructor(readonly page: Page, readonly errors: readonly string[]) {}

    /** Sends a message as the extension does (`webview.postMessage`). */
    async send(message: ToWebview): Promise<void> {
        await this.page.evaluate((data) => window.postMessage(data, '*'), message);
    }

    async posted(): Promise<FromWebview[]> {
        return this.page.evaluate(() => (window as unknown as StubbedWindow).__posted);
    }

    async postedOfType<T extends FromWebview['type']>(type: T): Promise<Extract<FromWebview, { type: T }>[]> {
        return (await this.posted()).filter((message): message is Extract<FromWebview, { type: T }> => message.type === type);
    }

    /** Waits until the page has posted `count` messages of `type` (render outcomes: `rendered` or `renderFailed`). */
    async waitForPosted(type: FromWebview['type'], count = 1, timeout = 30_000): Promise<void> {
        await this.page.waitForFunction(([wanted, atLeast]) => (window as unknown as StubbedWindow).__posted.filter((message) => message.type === wanted).length >= atLeast,
            [type, count] as const, { timeout });
    }

    /** Sends a render and waits for its outcome; returns the milliseconds the page measured (-1: it failed). */
    async render(message: ToWebview & { type: 'render' }): Promise<number> {
        return (await this.renderTimed(message)).milliseconds;
    }

    /** Sends a render and waits for its outcome: the page's whole time and Mermaid's part (-1: it failed). */
    async renderTimed(message: ToWebview & { type: 'render' }): Promise<{ milliseconds: number; mermaidMilliseconds: number }> {
        const before = (await this.posted()).filter((posted) => posted.type === 'rendered' || posted.type === 'renderFailed').length;
        await this.send(message);
        await this.page.waitForFunction((count) => (window as unknown as StubbedWindow).__posted.filter((posted) => posted.type === 'rendered' || posted.type === 'renderFailed').length > count,
            before, { timeout: 60_000 });
        const last = (await this.posted()).filter((posted) => posted.type === 'rendered' || posted.type === 'renderFailed').at(-1);
        return last?.type === 'rendered' ? { milliseconds: last.milliseconds, mermaidMilliseconds: last.mermaidMilliseconds } : { milliseconds: -1, mermaidMilliseconds: -1 };
    }

    async state(): Promise<PreviewState | undefined> {
        return this.page.evaluate(() => (window as unknown as StubbedWindow).__state as PreviewState | undefined);
    }

    async canvasTransform(): Promise<string> {
        return this.page.evaluate(() => document.getElementById('canvas')?.style.transform ?? '');
    }

    async pwned(): Promise<unknown> {
        return this.page.evaluate(() => (window as unknown as StubbedWindow).__pwned);
    }

    async close(): Promise<void> {
        await this.page.close();
    }
}
