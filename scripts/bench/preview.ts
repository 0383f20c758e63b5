/**
 * The preview in headless Chromium (test/preview: the panel's real page,
 * media/preview.js and the bundled Mermaid): the first render of a
 * 100-component design, from opening the page to the diagram on screen, and
 * the re-render after an edit, from the message to the diagram on screen.
 * Wall time measured here; the diagrams are made as the server makes them.
 */
import { generateDesign } from '../design-generator/design-generator.js';
import { type DesignDiagram, diagramOf, renderMessage } from '../../test/preview/diagram-fixture.js';
import { PreviewBrowser, type PreviewPage } from '../../test/preview/preview-browser.js';
import type { Plan, Sample } from './bench-types.js';
import { failed, measureCase } from './stats.js';

/**
 * The design, and the design after an edit that changes the picture (a new
 * connection), so that Mermaid draws again: an edit that only changes the
 * review recolours the drawn diagram without Mermaid, which is faster.
 */
async function designAndEdit(n: number): Promise<[DesignDiagram, DesignDiagram]> {
    const [[name, text]] = [...generateDesign({ components: n }).files];
    const edited = text.replace('  Lb -> S1Gw : https\n', '  S1Worker -> S1Db : sql, writes\n  Lb -> S1Gw : https\n');
    if (edited === text) {
        throw new Error('the generated design has no line to edit for the preview');
    }
    return [await diagramOf({ [name]: text }), await diagramOf({ [name]: edited })];
}

async function render(page: PreviewPage, shown: DesignDiagram): Promise<number> {
    const started = performance.now();
    if (await page.render(renderMessage(shown)) < 0) {
        throw new Error(`the preview failed to render: ${page.errors.join('; ')}`);
    }
    return performance.now() - started;
}

async function firstRender(browser: PreviewBrowser, shown: DesignDiagram): Promise<Sample> {
    const started = performance.now();
    const page = await browser.open();
    try {
        await page.waitForPosted('ready');
        await render(page, shown);
        return { wallMs: performance.now() - started };
    } finally {
        await page.close();
    }
}

/** The first render on fresh pages, then re-renders after edits on one page. */
async function measureSize(plan: Plan, browser: PreviewBrowser, n: number, wanted: { first: boolean; edit: boolean }): Promise<void> {
    const [design, edited] = await designAndEdit(n);
    if (wanted.first) {
        plan.report(await measureCase('preview-first-render', n, plan.runs(n), () => firstRender(browser, design)));
    }
    if (wanted.edit) {
        const page = await browser.open();
        await page.waitForPosted('ready');
        await render(page, design);
        plan.report(await measureCase('preview-edit-render', n, plan.runs(n), async (run) => ({ wallMs: await render(page, run % 2 === 0 ? edited : design) })));
        await page.close();
    }
}

export async function benchPreview(plan: Plan): Promise<void> {
    const first = plan.sizes('preview-first-render', [100], [100]);
    const edit = plan.sizes('preview-edit-render', [100], [100]);
    const sizes = [...new Set([...first, ...edit])];
    /** Reports the cases not measured yet as failed. */
    const fail = (error: unknown): void => {
        const unmeasured = (caseName: string, ns: number[]): void => ns.filter((n) => !plan.find(caseName, n)).forEach((n) => plan.report(failed(caseName, n, error)));
        unmeasured('preview-first-render', first);
        unmeasured('preview-edit-render', edit);
    };
    if (sizes.length === 0) {
        return;
    }
    let browser: PreviewBrowser | undefined;
    try {
        browser = await PreviewBrowser.launch();
        for (const n of sizes) {
            await measureSize(plan, browser, n, { first: first.includes(n), edit: edit.includes(n) });
        }
    } catch (error) {
        fail(error);
    } finally {
        await browser?.close();
    }
}
