/**
 * Deployments as the user sees them: a Compose file open with the review's
 * findings underlined on its own lines and listed in the Problems panel
 * (the README's screenshot, docs/images/compose-findings.png), then the
 * import command drawing the design beside it.
 */
import * as assert from 'node:assert/strict';
import { editorShowing, hidePanel, quickOpen, runCommand, webviewFrameWith, type Workbench } from './workbench.js';

export function importUiChecks(workbench: () => Workbench): void {
    describe('deployments in the workbench', () => {
        it('underlines the findings on a Compose file and lists them with their rule codes', async () => {
            const { page } = workbench();
            await runCommand(page, 'View: Close All Editor Groups');
            // The whole file in view: the store's lines are near its end.
            await hidePanel(page);
            await quickOpen(page, 'compose.yaml');
            const editor = editorShowing(page, 'image: postgres:16');
            await editor.waitFor({ state: 'visible' });
            await editor.locator('.squiggly-error').first().waitFor({ state: 'attached' });
            await runCommand(page, 'View: Focus Problems');
            const filter = page.locator('.viewpane-filter input, .markers-panel-action-filter input').first();
            await filter.fill('**/deploy/compose.yaml');
            const panel = page.locator('.markers-panel');
            await panel.locator('.monaco-list-row', { hasText: 'dr/ephemeral-storage' }).first().waitFor({ state: 'visible' });
            const text = await panel.innerText();
            for (const rule of ['dr/ephemeral-storage', 'sec/published-store-port']) {
                assert.ok(text.includes(rule), `${rule} is not in the Problems panel:\n${text}`);
            }
            await workbench().screenshot('compose-findings');
            await filter.fill('');
        });

        it('imports the Compose project and draws its design beside it', async () => {
            const { page } = workbench();
            await runCommand(page, 'View: Focus First Editor Group');
            await runCommand(page, 'ArchLens: Import Compose File or Manifests');
            await editorShowing(page, 'architecture Shop').waitFor({ state: 'visible' });
            const preview = await webviewFrameWith(page, '#canvas g.node[data-archlens-node="n_Db"]');
            assert.ok(await preview.locator('#canvas g.node[data-archlens-node]').count() >= 8);
            await workbench().screenshot('compose-import');
        });
    });
}
