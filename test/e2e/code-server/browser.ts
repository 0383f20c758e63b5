/**
 * The browser the workbench runs in: the system's Chromium driven by
 * playwright-core (which downloads no browser of its own), with a fresh
 * profile and nothing that reaches out to the network by itself.
 */
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
