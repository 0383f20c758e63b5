/**
 * Practice as the user sees it: the prompt picked from the quick pick, the
 * countdown in the status bar, the twist, and the scorecard beside the
 * design — the README's screenshot (docs/images/practice-scorecard.png).
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { GOOD_DESIGN, GOOD_DESIGN_SCORE, withDesign } from '../suite/practice-answer.js';
import { editorShowing, hidePanel, runCommand, webviewFrameWith, type Workbench } from './workbench.js';

const START_TITLE = 'ArchLens: Start Design Interview Practice';
const TWIST = '// ArchLens twist (viral-link)';

/** Runs the start command and picks the prompt from its quick pick (runCommand would wait for the pick to close). */
async function startFromPalette(page: Page, prompt: string): Promise<void> {
    await page.keyboard.press('F1');
    const input = page.locator('.quick-input-widget input');
    await input.waitFor({ state: 'visible' });
    await input.fill(`>${START_TITLE}`);
    await page.locator('.quick-input-list .monaco-list-row', { hasText: START_TITLE }).first().waitFor({ state: 'visible' });
    await page.keyboard.press('Enter');
    // The prompts' pick replaces the palette: its rows carry the difficulty and length.
    await page.locator('.quick-input-list .monaco-list-row', { hasText: /easy · \d+ min/ }).first().waitFor({ state: 'visible' });
    await input.fill(prompt);
    await page.locator('.quick-input-list .monaco-list-row', { hasText: prompt }).first().waitFor({ state: 'visible' });
    await page.keyboard.press('Enter');
    await page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
}

async function waitForFile(file: string, accept: (text: string) => boolean): Promise<string> {
    const deadline = Date.now() + 30_000;
    for (;;) {
        const text = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
        if (accept(text)) {
            return text;
        }
        if (Date.now() > deadline) {
            throw new Error(`${file} did not come to hold what was awaited; it holds:\n${text.slice(-400)}`);
        }
        await new Promise((resolve) => setTimeout(resolve, 100));
    }
}

/**
 * Reads the file back from disk (File: Revert File, rather than waiting for the
 * file watcher, seconds late on a busy machine) until the editor shows `text`.
 * Ctrl+Home only moves the cursor: it brings the top of the file into view when
 * the twist's reveal left the editor scrolled to the end. A revert run before
 * the editor had focus back is run again.
 */
async function revertUntilShowing(page: Page, text: string): Promise<Locator> {
    const editor = editorShowing(page, text);
    for (let attempt = 1; ; attempt++) {
        await runCommand(page, 'File: Revert File');
        await page.keyboard.press('Control+Home');
        try {
            await editor.waitFor({ state: 'visible', timeout: 10_000 });
            return editor;
        } catch (error) {
            if (attempt === 3) {
                throw error;
            }
        }
    }
}

/** The practice files of the prompt at the workspace's top. */
function practiceFiles(workspace: string): string[] {
    return fs.readdirSync(workspace).filter((name) => /^url-shortener(-\d+)?\.arch$/.test(name));
}

export function practiceUiChecks(workbench: () => Workbench): void {
    describe('practice in the workbench', () => {
        /** The file the practice wrote (the samples hold a url-shortener.arch already). */
        let file = '';

        it('starts a practice from the quick pick, with the countdown in the status bar', async () => {
            const { page, workspace } = workbench();
            const before = practiceFiles(workspace);
            // A clean window for the screenshot: no editors, preview or report left by the checks before.
            await runCommand(page, 'View: Close All Editor Groups');
            await startFromPalette(page, 'URL shortener');
            await editorShowing(page, '"URL shortener" {').waitFor({ state: 'visible' });
            await page.locator('.statusbar-item', { hasText: /\d+:\d\d · URL shortener/ }).first().waitFor({ state: 'visible' });
            const added = practiceFiles(workspace).filter((name) => !before.includes(name));
            assert.equal(added.length, 1, `new practice files: ${added.join(', ')}`);
            file = path.join(workspace, added[0]);
            assert.match(fs.readFileSync(file, 'utf8'), /^\/\/ ArchLens practice: url-shortener attempt \d{8}-\d{6} \(45 minutes\)/);
        });

        it('reveals the twist into the file, then scores a design beside it', async () => {
            const { page } = workbench();
            assert.ok(file, 'the practice did not start');
            await runCommand(page, 'ArchLens: Reveal the Next Twist');
            const withTwist = await waitForFile(file, (text) => text.includes(TWIST));
            // The design written as if typed: the editor reloads the saved file, the header and the twist kept.
            fs.writeFileSync(file, withDesign(withTwist, GOOD_DESIGN));
            // Reloaded: the requirements now hold the figures (pressing keys before would act on the old text).
            const editor = await revertUntilShowing(page, 'peak_rps: 8k');
            await editor.click();
            await page.keyboard.press('Control+End');
            await editorShowing(page, 'Lb -> Api : https').waitFor({ state: 'visible' });
            // The end of the file near the bottom of the editor: more of the design above the twist, fewer blank lines
            // below it (Ctrl+Up scrolls a line without moving the cursor).
            for (let line = 0; line < 14; line++) {
                await page.keyboard.press('Control+ArrowUp');
            }
            await runCommand(page, 'ArchLens: Finish Practice and Show Scorecard');
            const scorecard = await webviewFrameWith(page, '#summary .score');
            assert.equal(await scorecard.locator('#summary .score').innerText(), String(GOOD_DESIGN_SCORE));
            assert.match(await scorecard.locator('#twists').innerText(), /not handled: A celebrity posts one short link/);
            assert.match(await scorecard.locator('#history').innerText(), /this one/);
            // The picture: no notification over the scorecard, no panel under the design, no side bar beside it.
            await runCommand(page, 'Notifications: Clear All Notifications');
            await hidePanel(page);
            if (await page.locator('.part.sidebar').isVisible()) {
                await page.keyboard.press('Control+B');
                await page.locator('.part.sidebar').waitFor({ state: 'hidden' });
            }
            await workbench().screenshot('practice-scorecard');
        });
    });
}
