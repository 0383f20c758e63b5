/**
 * The browser the workbench runs in: the system's Chromium driven by
 * playwright-core (which downloads no browser of its own), with a fresh
 * profile and nothing that reaches out to the network by itself.
 */
import * as fs from 'node:fs';
import { type BrowserContext, chromium } from 'playwright-core';

const CHROMIUM_ARGS = [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync'
];

/** Large enough for the editor, the Problems panel and a preview side by side in screenshots. */
export const VIEWPORT = { width: 1440, height: 900 } as const;

export const CHROMIUM_CANDIDATES = [
    '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable',
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome', '/Applications/Chromium.app/Contents/MacOS/Chromium'
];

/** The variables that name the browser: the same as the CLI's SVG export reads (src/diagram/render-svg.ts). */
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

/** `env` gives the browser the run's HOME and TMPDIR (Chromium keeps crash reports under ~/.config). */
export async function launchBrowser(executablePath: string, profile: string, env: NodeJS.ProcessEnv): Promise<BrowserContext> {
    return chromium.launchPersistentContext(profile, {
        executablePath,
        env,
        headless: true,
        args: CHROMIUM_ARGS,
        viewport: VIEWPORT,
        // The harness stops the browser itself (in a finally), also on Ctrl+C.
        handleSIGINT: false,
        handleSIGTERM: false
    });
}
