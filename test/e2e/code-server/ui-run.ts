/**
 * Runs the UI checks (test/e2e/ui/) with mocha in this process: Playwright
 * drives a workbench opened on first-draft.arch, reads its DOM and takes
 * the screenshots.
 */
import Mocha from 'mocha';
import type { BrowserContext, Page } from 'playwright-core';
import { ResultsReporter } from '../suite/results-reporter.js';
import { diagnosticsUiChecks } from '../ui/diagnostics.ui.js';
import { practiceUiChecks } from '../ui/practice.ui.js';
import { importUiChecks } from '../ui/import.ui.js';
import { compareUiChecks } from '../ui/compare.ui.js';
import { previewUiChecks } from '../ui/preview.ui.js';
import { reportUiChecks } from '../ui/report.ui.js';
import { type Workbench, createWorkbench } from '../ui/workbench.js';
import type { EditorServer } from './editor-server.js';

/** Each declares its checks, reading the workbench once the run's `before` has opened it. */
const UI_CHECKS: readonly ((workbench: () => Workbench) => void)[] = [
    diagnosticsUiChecks,
    previewUiChecks,
    reportUiChecks,
    practiceUiChecks,
    importUiChecks,
    compareUiChecks
];

export interface UiRun {
    readonly workspace: string;
    /** The file the workbench opens first, relative to the workspace. */
    readonly openFile: string;
    readonly screenshots: string;
    readonly resultsFile: string;
}

export function workbenchUrl(server: EditorServer, run: UiRun): string {
    const payload = [['openFile', server.remoteUri(`${run.workspace}/${run.openFile}`)], ['skipWelcome', 'true']];
    return `${server.url}?folder=${encodeURIComponent(run.workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
}

/** Resolves with the number of failed checks; `log` receives the workbench's console. */
export async function runUiChecks(browser: BrowserContext, server: EditorServer, run: UiRun, log: (line: string) => void): Promise<number> {
    const mocha = new Mocha({ ui: 'bdd', timeout: 60_000, reporter: ResultsReporter, reporterOptions: { resultsFile: run.resultsFile } });
    mocha.suite.emit('pre-require', globalThis, 'archlens-e2e-ui', mocha);
    let page: Page | undefined;
    let workbench: Workbench | undefined;
    const current = (): Workbench => {
        if (!workbench) {
            throw new Error('the workbench did not open');
        }
        return workbench;
    };
    describe('ArchLens in the workbench (Playwright)', () => {
        before(async () => {
            page = await browser.newPage();
            page.on('console', (message) => log(`[console.${message.type()}] ${message.text()}`));
            page.on('pageerror', (error) => log(`[pageerror] ${error.message}`));
            await page.goto(workbenchUrl(server, run));
            await page.locator('.monaco-workbench').waitFor({ state: 'visible' });
            workbench = createWorkbench(page, run.workspace, run.screenshots);
        });

        afterEach(async function () {
            const test = this.currentTest;
            if (test?.state === 'failed' && workbench) {
                // What the page showed when the check gave up.
                await workbench.screenshot(`failed-${test.title.replace(/[^a-z0-9]+/gi, '-').toLowerCase()}`).catch(() => undefined);
            }
        });

        after(async () => {
            await page?.close();
        });

        for (const declareChecks of UI_CHECKS) {
            declareChecks(current);
        }
    });
    return new Promise<number>((resolve) => mocha.run(resolve));
}
