/**
 * The preview as the user sees it: a webview holding Mermaid's SVG, whose
 * nodes take the user to their declaration.
 */
import * as assert from 'node:assert/strict';
import { cursorPosition, runCommand, webviewFrameWith, type Workbench } from './workbench.js';

/** The preview marks each component's SVG node with its diagram id (`n_<name>`). */
const DRAWN_NODES = '#canvas g.node[data-archlens-node]';
/** first-draft.arch declares these components. */
const FIRST_DRAFT_NODES = ['n_Db', 'n_Mobile', 'n_Photos', 'n_Web'];

export function previewUiChecks(workbench: () => Workbench): void {
    describe('preview in the workbench', () => {
        it('draws an SVG with a node per component', async () => {
            const { page } = workbench();
            await runCommand(page, 'View: Focus First Editor Group');
            await runCommand(page, 'ArchLens: Open Preview to the Side');
            const preview = await webviewFrameWith(page, DRAWN_NODES);
            const drawn = await preview.locator(DRAWN_NODES).evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-archlens-node') ?? ''));
            assert.deepEqual(drawn.sort(), FIRST_DRAFT_NODES);
            assert.equal(await preview.locator('#canvas svg').count(), 1);
            await workbench().screenshot('preview');
        });

        it('moves the editor cursor to a component clicked in the diagram', async () => {
            const { page } = workbench();
            const preview = await webviewFrameWith(page, DRAWN_NODES);
            assert.doesNotMatch(await cursorPosition(page).innerText(), /Ln 14,/);
            await preview.locator('g.node[data-archlens-node="n_Db"]').click();
            // `database Db {` is line 14 of first-draft.arch.
            await cursorPosition(page).filter({ hasText: /Ln 14, Col 1[24]/ }).waitFor({ state: 'visible' });
        });
    });
}
