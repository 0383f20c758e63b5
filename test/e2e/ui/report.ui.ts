/**
 * The review report as the user sees it: VS Code's Markdown preview of the
 * report, with the design's diagram drawn by the extension's preview script.
 */
import * as assert from 'node:assert/strict';
import { runCommand, webviewFrameWith, type Workbench } from './workbench.js';

/** The report's diagram, drawn (media/report-preview.js replaces the placeholder with Mermaid's SVG). */
const DRAWN_DIAGRAM = 'div.archlens-mermaid svg g.node';

export function reportUiChecks(workbench: () => Workbench): void {
    describe('report in the workbench', () => {
        it('shows the review report with its diagram drawn', async () => {
            const { page } = workbench();
            await runCommand(page, 'View: Focus First Editor Group');
            await runCommand(page, 'ArchLens: Open Review Report');
            const report = await webviewFrameWith(page, DRAWN_DIAGRAM);
            assert.match(await report.locator('h1').first().innerText(), /Design review: PhotoShare/);
            // first-draft.arch declares four components.
            assert.equal(await report.locator(DRAWN_DIAGRAM).count(), 4);
            // The screenshot shows the estimates and the diagram under them.
            await report.locator('h2', { hasText: 'Diagram' }).scrollIntoViewIfNeeded();
            await report.locator('div.archlens-mermaid').scrollIntoViewIfNeeded();
            await workbench().screenshot('report');
        });
    });
}
