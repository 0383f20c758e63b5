/**
 * The preview's webview in a real browser: the page the panel builds, the
 * bundled media/preview.js and Mermaid, and diagrams generated from real
 * designs. Needs `node scripts/bundle.mjs` (npm test builds first) and
 * Chromium (test/helpers/chromium.ts: skipped without it, outside CI).
 */
import { expect } from 'chai';
import { type DesignDiagram, diagramOf, renderMessage, sampleFiles } from './diagram-fixture.js';
import { chromiumOrSkip } from '../helpers/chromium.js';
import { PreviewBrowser, type PreviewPage } from './preview-browser.js';

describe('preview webview (headless Chromium, real Mermaid)', function () {
    this.timeout(120_000);
    let browser: PreviewBrowser;
    let preview: PreviewPage;
    let firstDraft: DesignDiagram;

    before(async function () {
        const chromium = chromiumOrSkip(this);
        firstDraft = await diagramOf(sampleFiles('spec/first-draft.arch'));
        browser = await PreviewBrowser.launch(chromium);
    });

    after(async () => {
        await browser?.close();
    });

    beforeEach(async () => {
        preview = await browser.open();
        await preview.waitForPosted('ready');
    });

    afterEach(async () => {
        expect(preview.errors, 'errors thrown in the page').to.deep.equal([]);
        await preview.close();
    });

    it('posts ready, then draws a node for every component and finds every edge', async () => {
        const shown = await diagramOf(sampleFiles('url-shortener.arch'));
        await preview.render(renderMessage(shown));
        const components = shown.diagram.nodes.filter((node) => node.kind === 'component').map((node) => node.id);
        expect(components.length).to.be.greaterThan(10);
        const drawn = await preview.page.evaluate(() => [...document.querySelectorAll('#canvas g.node[data-archlens-node]')].map((node) => node.getAttribute('data-archlens-node')));
        expect(drawn).to.include.members(components);
        const [rendered] = await preview.postedOfType('rendered');
        expect(rendered?.nodes).to.equal(shown.diagram.nodes.length);
        expect(rendered?.edges).to.equal(shown.diagram.edges.length);
        expect(await preview.page.locator('#error').isHidden()).to.equal(true);
    });

    it('finds edges drawn twice between the same nodes (Mermaid numbers them 0, 2, 3)', async () => {
        const shown = await diagramOf(`architecture Twice {
  service Api { replicas: 2 }
  database Db { engine: postgres }
  Api -> Db : sql "reads"
  Api -> Db : sql "writes"
  Api -> Db : https "admin"
  Db -> Api : async "changes"
}
`);
        expect(shown.diagram.edges.filter((edge) => edge.from === 'n_Api' && edge.to === 'n_Db')).to.have.length(3);
        await preview.render(renderMessage(shown));
        const [rendered] = await preview.postedOfType('rendered');
        expect(rendered?.edges).to.equal(4);
        const titles = await preview.page.evaluate(() => [...document.querySelectorAll('#canvas path.flowchart-link > title')].map((title) => title.textContent));
        expect(titles).to.have.length(4);
    });

    it('colours nodes and edges by their worst finding, lists the findings in tooltips, and the toggle hides it', async () => {
        await preview.render(renderMessage(firstDraft));
        const web = preview.page.locator('g.node[data-archlens-node="n_Web"]');
        expect(await web.getAttribute('class')).to.contain('archlens-sev-warning');
        const tooltip = await web.locator(':scope > title').textContent();
        expect(tooltip).to.contain('service Web').and.to.contain('avail/single-point-of-failure');
        const coloured = await preview.page.evaluate(() => document.querySelectorAll('#canvas [class*="archlens-sev-"]').length);
        expect(coloured).to.be.greaterThan(2);
        const edgeColoured = await preview.page.evaluate(() => document.querySelectorAll('#canvas path.flowchart-link[class*="archlens-sev-"]').length);
        expect(edgeColoured, 'Mobile->Web over http has a warning').to.be.greaterThan(0);
        const stroke = await web.evaluate((node) => getComputedStyle(node.querySelector(':scope > rect, :scope > path') as Element).stroke);
        expect(stroke).to.equal('rgb(191, 136, 3)');

        await preview.page.getByRole('button', { name: 'Review' }).click();
        expect(await preview.page.evaluate(() => document.querySelectorAll('#canvas [class*="archlens-sev-"]').length)).to.equal(0);
        expect(await web.locator(':scope > title').textContent()).not.to.contain('avail/');
        expect((await preview.postedOfType('overlay')).map((message) => message.enabled)).to.deep.equal([false]);
        expect((await preview.state())?.overlay).to.equal(false);

        await preview.page.getByRole('button', { name: 'Review' }).click();
        expect(await web.getAttribute('class')).to.contain('archlens-sev-warning');
    });

    it('re-colours without a new layout when only the review changed', async () => {
        await preview.render(renderMessage(firstDraft));
        const svgBefore = await preview.page.locator('#canvas svg').getAttribute('id');
        const quiet = { ...firstDraft.diagram, nodes: firstDraft.diagram.nodes.map((node) => ({ ...node, findings: [] })), edges: firstDraft.diagram.edges.map((edge) => ({ ...edge, findings: [] })) };
        await preview.render(renderMessage(firstDraft, { diagram: quiet }));
        const last = (await preview.postedOfType('rendered')).at(-1);
        expect(last?.mermaidMilliseconds, 'Mermaid was not called').to.equal(0);
        expect(await preview.page.locator('#canvas svg').getAttribute('id')).to.equal(svgBefore);
        expect(await preview.page.evaluate(() => document.querySelectorAll('#canvas [class*="archlens-sev-"]').length)).to.equal(0);
    });

    it('posts reveal with the node id when a node is clicked (and with Enter on a focused node)', async () => {
        await preview.render(renderMessage(firstDraft));
        await preview.page.locator('g.node[data-archlens-node="n_Db"]').click();
        expect((await preview.postedOfType('reveal')).map((message) => message.nodeId)).to.deep.equal(['n_Db']);
        await preview.page.locator('g.node[data-archlens-node="n_Web"]').focus();
        await preview.page.keyboard.press('Enter');
        expect((await preview.postedOfType('reveal')).map((message) => message.nodeId)).to.deep.equal(['n_Db', 'n_Web']);
    });

    it('highlights the node under the cursor on request, and clears it', async () => {
        await preview.render(renderMessage(firstDraft));
        await preview.send({ type: 'highlight', nodeId: 'n_Photos' });
        const highlighted = (): Promise<(string | null)[]> => preview.page.evaluate(() => [...document.querySelectorAll('.archlens-highlight')].map((node) => node.getAttribute('data-archlens-node')));
        await preview.page.waitForFunction(() => document.querySelectorAll('.archlens-highlight').length === 1);
        expect(await highlighted()).to.deep.equal(['n_Photos']);
        await preview.render(renderMessage(firstDraft, { diagram: { ...firstDraft.diagram, text: `${firstDraft.diagram.text}\n` } }));
        expect(await highlighted(), 'kept across a re-render').to.deep.equal(['n_Photos']);
        await preview.send({ type: 'highlight', nodeId: undefined });
        await preview.page.waitForFunction(() => document.querySelectorAll('.archlens-highlight').length === 0);
    });

    it('keeps zoom and scroll across a re-render of the same view, and fits a new view', async () => {
        await preview.render(renderMessage(firstDraft));
        const fitted = await preview.canvasTransform();
        await preview.page.locator('#viewport').focus();
        await preview.page.keyboard.press('+');
        await preview.page.keyboard.press('+');
        await preview.page.keyboard.press('ArrowLeft');
        const zoomed = await preview.canvasTransform();
        expect(zoomed).not.to.equal(fitted);
        expect(await preview.page.locator('.zoom-level').textContent()).not.to.equal('100%');

        const [file, text] = Object.entries(sampleFiles('spec/first-draft.arch'))[0] ?? ['', ''];
        const edited = await diagramOf({ [file]: text.replace('service Web "Web server"', 'service Web "Web server, edited"') });
        await preview.render(renderMessage(firstDraft, { diagram: edited.diagram }));
        expect(await preview.page.locator('#canvas').textContent()).to.contain('Web server, edited');
        expect(await preview.canvasTransform()).to.equal(zoomed);
        expect((await preview.state())?.transform?.scale).to.be.closeTo(parseScale(zoomed), 1e-3);

        await preview.render(renderMessage(firstDraft, { direction: 'TB', viewKey: 'another view' }));
        expect(await preview.canvasTransform()).not.to.equal(zoomed);
    });

    it('restores the saved zoom after the webview is rebuilt (hidden tab, reload)', async () => {
        const message = renderMessage(firstDraft);
        const state = { documentUri: message.documentUri, design: message.design, viewKey: message.viewKey, overlay: true, transform: { scale: 2, x: -40, y: 10 } };
        const rebuilt = await browser.open({ state });
        await rebuilt.waitForPosted('ready');
        await rebuilt.render(message);
        expect(await rebuilt.canvasTransform()).to.equal('translate(-40px, 10px) scale(2)');
        await rebuilt.close();
    });

    it('pans by dragging without revealing the node the drag ends on, and zooms with the wheel towards the pointer', async () => {
        await preview.render(renderMessage(firstDraft));
        const box = await preview.page.locator('g.node[data-archlens-node="n_Web"]').boundingBox();
        if (!box) {
            throw new Error('no box for n_Web');
        }
        const before = await preview.page.evaluate(() => document.querySelector('g.node[data-archlens-node="n_Web"]')?.getBoundingClientRect().toJSON() as DOMRect);
        const { mouse } = preview.page;
        await mouse.move(box.x + box.width / 2, box.y + box.height / 2);
        await mouse.down();
        await mouse.move(box.x + box.width / 2 + 80, box.y + box.height / 2 + 30, { steps: 5 });
        await mouse.up();
        const after = await preview.page.evaluate(() => document.querySelector('g.node[data-archlens-node="n_Web"]')?.getBoundingClientRect().toJSON() as DOMRect);
        expect(after.x - before.x).to.be.closeTo(80, 1);
        expect(after.y - before.y).to.be.closeTo(30, 1);
        expect(await preview.postedOfType('reveal')).to.deep.equal([]);

        const anchor = { x: after.x + 10, y: after.y + 10 };
        await mouse.move(anchor.x, anchor.y);
        await mouse.wheel(0, -300);
        await preview.page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
        const zoomed = await preview.page.evaluate(() => document.querySelector('g.node[data-archlens-node="n_Web"]')?.getBoundingClientRect().toJSON() as DOMRect);
        expect(zoomed.width).to.be.greaterThan(after.width * 1.5);
        // The point under the pointer stays under it: 10 px inside the node's corner becomes 10 × zoom.
        const zoom = zoomed.width / after.width;
        expect(zoomed.x + 10 * zoom).to.be.closeTo(anchor.x, 1.5);
        expect(zoomed.y + 10 * zoom).to.be.closeTo(anchor.y, 1.5);
    });

    it('shows a readable error instead of a blank, keeping the last good diagram', async () => {
        const broken = { ...firstDraft.diagram, text: 'flowchart LR\n  n_A -->|"unclosed| n_B\n  %% broken by hand\n  n_B --> ((\n' };
        await preview.render(renderMessage(firstDraft, { diagram: broken }));
        const box = preview.page.locator('#error');
        expect(await box.isVisible()).to.equal(true);
        const text = await box.textContent() ?? '';
        expect(text).to.contain('Mermaid could not draw this diagram').and.to.match(/\d+ characters/);
        expect(text.length).to.be.greaterThan(60);
        expect((await preview.postedOfType('renderFailed'))).to.have.length(1);

        await preview.render(renderMessage(firstDraft));
        expect(await box.isHidden()).to.equal(true);
        await preview.render(renderMessage(firstDraft, { diagram: broken }));
        expect(await box.isVisible()).to.equal(true);
        expect(await preview.page.locator('#canvas svg g.node').count(), 'the last good diagram stays').to.be.greaterThan(0);
        expect(await preview.page.evaluate(() => document.querySelectorAll('body > div[id^="darchlens"], body > svg').length), 'no Mermaid leftovers').to.equal(0);
    });

    it('shows the extension\'s error message when there is no diagram at all', async () => {
        await preview.send({ type: 'error', message: 'This file has no `architecture` block yet.' });
        await preview.page.locator('#error').waitFor({ state: 'visible' });
        expect(await preview.page.locator('#error').textContent()).to.contain('no `architecture` block');
    });

    it('offers to expand a group or focus on the cursor in a collapsed view', async () => {
        const collapsed = await diagramOf(sampleFiles('url-shortener.arch'), { view: { kind: 'auto' }, maxNodes: 5 });
        expect(collapsed.diagram.view).to.equal('collapsed');
        await preview.render(renderMessage(collapsed));
        expect(await preview.page.locator('.view-note').textContent()).to.contain('collapsed');
        await preview.page.getByRole('button', { name: 'Expand group…' }).click();
        await preview.page.getByRole('button', { name: 'Focus on cursor' }).click();
        const groupNode = collapsed.diagram.nodes.find((node) => node.groupKey !== undefined);
        expect(groupNode, 'a collapsed group node').not.to.equal(undefined);
        await preview.page.locator(`g.node[data-archlens-group="${groupNode?.groupKey ?? ''}"]`).dblclick();
        const asked = (await preview.posted()).filter((message) => ['expand', 'focusCursor'].includes(message.type));
        expect(asked).to.deep.include.members([{ type: 'expand' }, { type: 'focusCursor' }, { type: 'expand', groupKey: groupNode?.groupKey }]);
        expect(await preview.page.locator(`g.node[data-archlens-group="${groupNode?.groupKey ?? ''}"] > title`).textContent()).to.contain('double-click to expand');
    });

    it('asks the extension for another direction and for the whole design', async () => {
        const focused = await diagramOf(sampleFiles('url-shortener.arch'), { view: { kind: 'focus', component: 'LinkApi' } });
        await preview.render(renderMessage(focused, {}, { kind: 'focus', component: 'LinkApi' }));
        await preview.page.getByRole('button', { name: 'LR' }).click();
        await preview.page.getByRole('button', { name: 'Whole design' }).click();
        const asked = (await preview.posted()).filter((message) => message.type === 'direction' || message.type === 'overview');
        expect(asked).to.deep.equal([{ type: 'direction', direction: 'TB' }, { type: 'overview' }]);
    });

    it('re-renders with a dark Mermaid theme when VS Code switches to a dark theme', async () => {
        await preview.render(renderMessage(firstDraft));
        const lightBackground = await nodeFill(preview);
        await preview.page.evaluate(() => {
            document.body.classList.add('vscode-dark');
            document.body.dataset.vscodeThemeKind = 'vscode-dark';
        });
        await preview.waitForPosted('rendered', 2);
        expect(await nodeFill(preview)).not.to.equal(lightBackground);
    });

    it('answers an export request with a standalone SVG carrying the overlay colours', async () => {
        await preview.render(renderMessage(firstDraft));
        await preview.send({ type: 'exportSvg', requestId: 7 });
        await preview.waitForPosted('svg');
        const [answer] = await preview.postedOfType('svg');
        expect(answer?.requestId).to.equal(7);
        const svg = answer?.svg ?? '';
        expect(svg.startsWith('<?xml')).to.equal(true);
        expect(svg).not.to.contain('data-archlens-node');
        expect(svg).to.contain('rgb(229, 20, 0)');
        const parsed = await preview.page.evaluate((text) => {
            const document = new DOMParser().parseFromString(text, 'image/svg+xml');
            return { error: document.querySelector('parsererror')?.textContent ?? '', root: document.documentElement.localName };
        }, svg);
        expect(parsed).to.deep.equal({ error: '', root: 'svg' });
    });
});

async function nodeFill(preview: PreviewPage): Promise<string> {
    return preview.page.evaluate(() => {
        const shape = document.querySelector('g.node[data-archlens-node="n_Photos"] > path, g.node[data-archlens-node="n_Photos"] > rect');
        return shape ? getComputedStyle(shape).fill : '';
    });
}

function parseScale(transform: string): number {
    return Number(/scale\(([^)]+)\)/.exec(transform)?.[1]);
}
