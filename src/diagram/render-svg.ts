/**
 * Renders Mermaid text to SVG the way the preview does (Mermaid in a browser,
 * `securityLevel: 'strict'`), in a headless Chromium driven by
 * playwright-core. Both are optional at run time: without them, or when the
 * browser does not start, the caller gets one line saying what to install
 * or set, never the browser's launch log.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

export class SvgRenderUnavailable extends Error {}

/** Mermaid could not draw a diagram; the message is Mermaid's first line, without its stack. */
export class SvgRenderFailed extends Error {
    constructor(message: string, readonly tooManyEdges: boolean) {
        super(message);
    }
}

/** Mermaid's edge limit, raised as the preview raises it: past it, Mermaid refuses the diagram. */
export const SVG_MAX_EDGES = 5_000;

/** How long a browser may take to start before the export gives up on it. */
const LAUNCH_TIMEOUT_MS = 60_000;

/** Where a Chromium or Chrome is usually installed (the tests look in the same places). */
export const CHROMIUM_CANDIDATES = [
    '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable',
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome', '/Applications/Chromium.app/Contents/MacOS/Chromium'
];

const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export interface SvgRenderOptions {
    readonly mermaidScript?: string;
    readonly chromium?: string;
    /** Raised Mermaid limits for large designs (the preview raises them too). */
    readonly maxTextSize?: number;
    readonly maxEdges?: number;
}

interface BrowserPage {
    addScriptTag(options: { path: string }): Promise<unknown>;
    setContent(html: string): Promise<void>;
    evaluate<R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
}
interface BrowserContext {
    newPage(): Promise<BrowserPage>;
    close(): Promise<void>;
}
interface PlaywrightCore {
    chromium: { launchPersistentContext(dir: string, options: { executablePath: string; headless: boolean; args: string[]; timeout: number }): Promise<BrowserContext> };
}

/**
 * Renders each text in one browser session; throws SvgRenderUnavailable when
 * no browser can run, SvgRenderFailed when Mermaid refuses a text. The
 * browser's temporary profile is removed however it ends.
 */
export async function renderSvgs(texts: readonly string[], options: SvgRenderOptions = {}): Promise<string[]> {
    const mermaidScript = options.mermaidScript ?? locateMermaidScript();
    const chromium = options.chromium ?? locateChromium();
    const playwright = await loadPlaywright();
    const profile = mkdtempSync(path.join(os.tmpdir(), 'archlens-chromium-'));
    try {
        const context = await launch(playwright, chromium, profile);
        try {
            return await renderAll(context, mermaidScript, texts, options);
        } finally {
            await context.close();
        }
    } finally {
        rmSync(profile, { recursive: true, force: true });
    }
}

async function launch(playwright: PlaywrightCore, chromium: string, profile: string): Promise<BrowserContext> {
    try {
        return await playwright.chromium.launchPersistentContext(profile, { executablePath: chromium, headless: true, args: CHROMIUM_ARGS, timeout: LAUNCH_TIMEOUT_MS });
    } catch (error) {
        // Playwright's message holds the whole launch log (kilobytes of flags): one line says what matters.
        const exit = /exitCode=(\d+)/.exec(String(error))?.[1];
        throw new SvgRenderUnavailable(`the browser ${chromium} did not start${exit ? ` (it exited with code ${exit})` : ''}: install Chromium or Chrome (e.g. apt-get install chromium), or set ARCHLENS_CHROMIUM to its executable.`);
    }
}

async function renderAll(context: BrowserContext, mermaidScript: string, texts: readonly string[], options: SvgRenderOptions): Promise<string[]> {
    const page = await context.newPage();
    await page.setContent('<!doctype html><html><body></body></html>');
    await page.addScriptTag({ path: mermaidScript });
    const svgs: string[] = [];
    for (const [index, text] of texts.entries()) {
        const input = { text, id: `archlens${index}`, maxTextSize: options.maxTextSize ?? 5_000_000, maxEdges: options.maxEdges ?? SVG_MAX_EDGES };
        svgs.push(await page.evaluate(renderInPage, input).catch((error: unknown) => {
            throw mermaidFailure(error);
        }));
    }
    return svgs;
}

/** `page.evaluate: Error: Edge limit exceeded. …\n\nInitialize mermaid… \n    at …` → its first sentence line. */
function mermaidFailure(error: unknown): SvgRenderFailed {
    const message = (error instanceof Error ? error.message : String(error)).replace(/^page\.evaluate: (Error: )?/, '').split('\n')[0];
    return new SvgRenderFailed(`Mermaid could not draw the diagram: ${message}`, /edge limit exceeded/i.test(message));
}

export async function renderSvg(text: string, options: SvgRenderOptions = {}): Promise<string> {
    const [svg] = await renderSvgs([text], options);
    return svg;
}

interface PageMermaid {
    initialize(config: Record<string, unknown>): void;
    render(id: string, text: string): Promise<{ svg: string }>;
}

/** Runs inside the page: no closure over Node values. */
async function renderInPage(input: { text: string; id: string; maxTextSize: number; maxEdges: number }): Promise<string> {
    const mermaid = (globalThis as unknown as { mermaid: PageMermaid }).mermaid;
    mermaid.initialize({ startOnLoad: false, securityLevel: 'strict', maxTextSize: input.maxTextSize, maxEdges: input.maxEdges, flowchart: { htmlLabels: true } });
    const { svg } = await mermaid.render(input.id, input.text);
    return svg;
}

async function loadPlaywright(): Promise<PlaywrightCore> {
    const name = 'playwright-core';
    try {
        return (await import(name)) as PlaywrightCore;
    } catch {
        throw new SvgRenderUnavailable('SVG export needs playwright-core: npm install --save-dev playwright-core (and a Chromium, e.g. apt-get install chromium).');
    }
}

export function locateChromium(): string {
    const fromEnvironment = process.env.ARCHLENS_CHROMIUM ?? process.env.CHROME_PATH;
    if (fromEnvironment !== undefined) {
        if (!existsSync(fromEnvironment)) {
            throw new SvgRenderUnavailable(`ARCHLENS_CHROMIUM (or CHROME_PATH) names ${fromEnvironment}, which does not exist.`);
        }
        return fromEnvironment;
    }
    const found = CHROMIUM_CANDIDATES.find((candidate) => existsSync(candidate));
    if (!found) {
        throw new SvgRenderUnavailable('SVG export needs a Chromium or Chrome: install one (e.g. apt-get install chromium) or set ARCHLENS_CHROMIUM to its executable. The .mmd and .md formats need nothing.');
    }
    return found;
}

/** Mermaid's browser bundle: beside the packaged extension (media/), or in node_modules. */
export function locateMermaidScript(): string {
    const starts = [process.argv[1] ? path.dirname(path.resolve(process.argv[1])) : undefined, process.cwd()].filter((start): start is string => start !== undefined);
    for (const start of starts) {
        for (let folder = start; ; folder = path.dirname(folder)) {
            for (const candidate of [path.join(folder, 'media', 'mermaid.min.js'), path.join(folder, 'node_modules', 'mermaid', 'dist', 'mermaid.min.js')]) {
                if (existsSync(candidate)) {
                    return candidate;
                }
            }
            if (path.dirname(folder) === folder) {
                break;
            }
        }
    }
    throw new SvgRenderUnavailable('Cannot find Mermaid (media/mermaid.min.js or node_modules/mermaid): reinstall ArchLens.');
}
