/**
 * The compare view as the user sees it: the first draft after a round of
 * review (test/fixtures/compare), compared with the draft at HEAD; the
 * diagram marks what was added, changed, renamed and removed, and the
 * summary beside it lists the changes, the estimates that moved and the
 * findings introduced and fixed (docs/images/compare.png).
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { COMPARE_FIXTURES } from '../prepare.js';
import { WORKSPACE_FILES } from '../suite/workspace-files.js';
import { closeAllEditors, editorShowing, hidePanel, quickOpen, runCommand, webviewFrameWith, type Workbench } from './workbench.js';

export function compareUiChecks(workbench: () => Workbench): void {
    describe('compare in the workbench', () => {
        const file = (): string => path.join(workbench().workspace, WORKSPACE_FILES.firstDraft);

        after(() => {
            fs.copyFileSync(COMPARE_FIXTURES.draft, file());
        });

        it('marks the change on the diagram and lists it beside', async () => {
            const { page } = workbench();
            fs.copyFileSync(COMPARE_FIXTURES.reviewedDraft, file());
            await closeAllEditors(page);
            await hidePanel(page);
            await quickOpen(page, WORKSPACE_FILES.firstDraft);
            await editorShowing(page, '// The first draft after a round of review').waitFor({ state: 'visible' });
            await runCommand(page, 'ArchLens: Compare Design with HEAD');
            const view = await webviewFrameWith(page, '#summary:not([hidden]) h2', 60_000);
            await view.locator('#canvas g.node[data-archlens-node="n_Hot"]').waitFor({ state: 'attached' });
            const summary = await view.locator('#summary').innerText();
            for (const line of ['first-draft.arch: HEAD → working copy', 'added cache Hot', 'removed storage Photos', 'renamed database Db to Store', 'service Web: replicas unset → 3', 'scale/no-load-balancer']) {
                assert.ok(summary.includes(line), `the summary does not say "${line}":\n${summary}`);
            }
            await workbench().screenshot('compare');
        });
    });
}
