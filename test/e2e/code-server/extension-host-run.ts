/**
 * Runs the extension tests (test/e2e/suite/, bundled) inside the workbench,
 * the way VS Code's own web test runner does: the URL's payload names the
 * development extension and the tests, and the workbench, started with the
 * smoke-test driver, reports the tests' exit code to codeAutomationExit.
 */
import * as fs from 'node:fs';
import type { BrowserContext } from 'playwright-core';
import type { EditorServer } from './editor-server.js';

export interface ExtensionHostRun {
    readonly developmentExtension: string;
    readonly testsBundle: string;
    readonly workspace: string;
    /** Receives the workbench's console and automation log. */
    readonly logFile: string;
    readonly timeoutMs: number;
}

export function extensionTestsUrl(server: EditorServer, run: ExtensionHostRun): string {
    const payload = [
        ['extensionDevelopmentPath', server.remoteUri(run.developmentExtension)],
        ['extensionTestsPath', server.remoteUri(run.testsBundle)],
        ['skipWelcome', 'true']
    ];
    return `${server.url}?folder=${encodeURIComponent(run.workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
}

/** Opens the workbench on the tests and resolves with their exit code (0: all passed). */
export async function runExtensionTests(browser: BrowserContext, server: EditorServer, run: ExtensionHostRun): Promise<number> {
    const log = (line: string): void => fs.appendFileSync(run.logFile, `${line}\n`);
    const page = await browser.newPage();
    let reportExit: (code: number) => void = () => undefined;
    const exited = new Promise<number>((resolve) => {
        reportExit = resolve;
    });
    await page.exposeFunction('codeAutomationLog', (type: string, args: unknown[]) => log(`[${type}] ${args.map(String).join(' ')}`));
    await page.exposeFunction('codeAutomationExit', (code: number) => reportExit(code));
    page.on('console', (message) => log(`[console.${message.type()}] ${message.text()}`));
    page.on('pageerror', (error) => log(`[pageerror] ${error.message}`));
    let timer: NodeJS.Timeout | undefined;
    const timedOut = new Promise<never>((_resolve, reject) => {
        timer = setTimeout(() => reject(new Error(`the extension tests did not finish within ${run.timeoutMs / 1000} s; see ${run.logFile}`)), run.timeoutMs);
    });
    try {
        await page.goto(extensionTestsUrl(server, run));
        return await Promise.race([exited, timedOut]);
    } finally {
        clearTimeout(timer);
        await page.close();
    }
}
