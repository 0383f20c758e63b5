/**
 * The workbench page the UI checks drive with Playwright, and where their
 * screenshots go.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Frame, Locator, Page } from 'playwright-core';

export interface Workbench {
    readonly page: Page;
    /** The workspace folder the editor opened. */
    readonly workspace: string;
    /** Saves a screenshot of the whole window as `<name>.png` among the run's artefacts; returns its path. */
    screenshot(name: string): Promise<string>;
}

export function createWorkbench(page: Page, workspace: string, screenshots: string): Workbench {
    fs.mkdirSync(screenshots, { recursive: true });
    return {
        page,
        workspace,
        async screenshot(name) {
            const file = path.join(screenshots, `${name}.png`);
            await page.screenshot({ path: file });
            return file;
        }
    };
}

/** The editor whose first line holds `text` (Monaco renders only visible lines, as `.view-line`s). */
export function editorShowing(page: Page, text: string): Locator {
    return page.locator('.editor-instance .monaco-editor').filter({ has: page.locator('.view-line', { hasText: text }) }).first();
}

/** Hides the panel (Problems, Output) if it shows: Ctrl+J toggles it, so it is pressed only then. */
export async function hidePanel(page: Page): Promise<void> {
    if (await page.locator('.part.panel').isVisible()) {
        await page.keyboard.press('Control+J');
        await page.locator('.part.panel').waitFor({ state: 'hidden' });
    }
}

/** Runs a command by its title from the command palette, as a user would. */
export async function runCommand(page: Page, title: string): Promise<void> {
    await page.keyboard.press('F1');
    const input = page.locator('.quick-input-widget input');
    await input.waitFor({ state: 'visible' });
    await input.fill(`>${title}`);
    await page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first().waitFor({ state: 'visible' });
    await page.keyboard.press('Enter');
    // Screenshots taken next must not catch the palette fading out.
    await page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
}

/** Closes every editor, answering "Don't Save" for the unsaved ones (an untitled import an earlier check left). */
export async function closeAllEditors(page: Page): Promise<void> {
    await runCommand(page, 'View: Close All Editor Groups');
    const dontSave = page.getByRole('button', { name: "Don't Save" });
    while (await dontSave.waitFor({ state: 'visible', timeout: 2_000 }).then(() => true, () => false)) {
        await dontSave.click();
    }
}

/** Opens a workspace file through Quick Open, as a user would. */
export async function quickOpen(page: Page, file: string): Promise<void> {
    await page.keyboard.press('Control+P');
    const input = page.locator('.quick-input-widget input');
    await input.waitFor({ state: 'visible' });
    await input.fill(file);
    // The focused row, not any row: until the filter applies, the list shows the recently opened files, and Enter would open the top one.
    await page.locator('.quick-input-list .monaco-list-row.focused', { hasText: path.basename(file) }).waitFor({ state: 'visible' });
    await page.keyboard.press('Enter');
    await page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
}

/**
 * The frame of a webview whose page holds `selector`. A webview is an
 * `iframe.webview` with its content in a nested frame; Playwright lists
 * both among page.frames().
 */
export async function webviewFrameWith(page: Page, selector: string, timeoutMs = 30_000): Promise<Frame> {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
        for (const frame of page.frames()) {
            if (frame !== page.mainFrame() && await frame.locator(selector).count().catch(() => 0) > 0) {
                return frame;
            }
        }
        await page.waitForTimeout(200);
    }
    throw new Error(`no webview showed ${selector} within ${timeoutMs / 1000} s (frames: ${page.frames().map((frame) => frame.url()).join(', ')})`);
}

/** The cursor position the status bar shows for the active editor, e.g. "Ln 14, Col 12". */
export function cursorPosition(page: Page): Locator {
    return page.locator('[id="status.editor.selection"]');
}
