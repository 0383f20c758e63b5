/**
 * The Chromium that the browser tests (the preview's webview, the report's
 * diagrams, SVG export, the Mermaid render, the real-editor suite) drive
 * through playwright-core, which downloads no browser of its own. Without
 * one the browser suites are skipped with one message saying what to
 * install, except in CI, where every suite must run and a missing browser
 * fails them.
 *
 * ARCHLENS_CHROMIUM (or CHROME_PATH) names the browser, as for the CLI's SVG
 * export (src/diagram/render-svg.ts); pointing it at a missing file shows
 * what a machine without Chromium does.
 */
import * as fs from 'node:fs';
import { CHROMIUM_CANDIDATES } from '../../src/diagram/render-svg.js';
import { inCi } from './ci.js';


export function chosenChromium(): string | undefined {
    return process.env.ARCHLENS_CHROMIUM ?? process.env.CHROME_PATH;
}

/** ARCHLENS_CHROMIUM (or CHROME_PATH), else the first browser installed at a usual place. */
export function findChromium(): string | undefined {
    const chosen = chosenChromium();
    if (chosen) {
        return fs.existsSync(chosen) ? chosen : undefined;
    }
    return CHROMIUM_CANDIDATES.find((candidate) => fs.existsSync(candidate));
}

/** What is missing and how to get it, in one line. */
export function missingChromiumLine(): string {
    const where = chosenChromium() ?? CHROMIUM_CANDIDATES.join(', ');
    return `a Chromium browser (looked at ${where}): apt-get install chromium, or set ARCHLENS_CHROMIUM to a Chrome or Chromium binary`;
}

export type ChromiumVerdict =
    | { readonly run: string }
    | { readonly skip: string }
    | { readonly fail: string };

/** Whether the browser tests run (and with which browser), are skipped, or fail (in CI), with the message to show. */
export function chromiumVerdict(): ChromiumVerdict {
    const chromium = findChromium();
    if (chromium) {
        return { run: chromium };
    }
    if (inCi()) {
        return { fail: `CI is set, so the browser tests must run, but this machine lacks ${missingChromiumLine()}` };
    }
    return { skip: `skipping the browser tests (preview webview, report preview, SVG export, Mermaid render): this machine lacks ${missingChromiumLine()}` };
}

/**
 * Process-wide rather than module-wide: mocha loads a test file as CommonJS
 * when it can, which gives that file its own copy of this module.
 */
const ANNOUNCED: unique symbol = Symbol.for('archlens.tests.browser-skip-announced');

/** Prints `line` the first time it is called in this process. */
function announceOnce(line: string): void {
    const store = globalThis as { [ANNOUNCED]?: boolean };
    if (!store[ANNOUNCED]) {
        store[ANNOUNCED] = true;
        console.log(`\n  ${line}`);
    }
}

/**
 * For a browser suite's `before` hook (or a browser test): the browser to
 * launch. Without one it skips, printing the reason once per run; with `CI`
 * set it fails instead.
 */
export function chromiumOrSkip(context: Mocha.Context): string {
    const verdict = chromiumVerdict();
    if ('run' in verdict) {
        return verdict.run;
    }
    if ('fail' in verdict) {
        throw new Error(verdict.fail);
    }
    announceOnce(verdict.skip);
    return context.skip();
}
