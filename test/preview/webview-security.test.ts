/**
 * Nothing in a design runs in the preview (docs/preview.md, "Security"):
 * payloads in names, titles, descriptions, engines and labels are drawn as
 * text, a diagram text that carries raw payloads (as if the generator's
 * escaping failed) is still harmless, and the page's Content Security
 * Policy blocks scripts without the panel's nonce. In headless Chromium
 * with the real bundles.
 */
import { expect } from 'chai';
import type { Diagram } from '../../src/diagram/diagram-types.js';
import { diagramOf, renderMessage } from './diagram-fixture.js';
import { chromiumOrSkip } from '../helpers/chromium.js';
import { PreviewBrowser, type PreviewPage } from './preview-browser.js';

const PAYLOAD_DESIGN = `architecture Evil "<script>window.__pwned=2</script>" {
  client Browser "<img src=x onerror=window.__pwned=1>"
  service Api "javascript:window.__pwned=3" {
    engine: "<img src=x onerror=window.__pwned=4>"
    description: "<script>window.__pwned=5</script>"
  }
  network private "%%{init: {\\"securityLevel\\":\\"loose\\"}}%%" {
    database Db "click Db call alert(6)"
  }
  Browser -> Api : https "<a href=\\"javascript:window.__pwned=7\\">x</a>"
  Api -> Db "click Api href \\"javascript:window.__pwned=8\\""
}
`;

/** Raw Mermaid with every trick at once: what the webview must survive even if the generator's escaping failed. */
const RAW_PAYLOAD_TEXT = `%%{init: {"securityLevel":"loose", "startOnLoad": true}}%%
flowchart LR
  n_A["<img src=x onerror=window.__pwned=11><script>window.__pwned=12</script>"]
  n_B["<a href='javascript:window.__pwned=13'>link</a>"]
  n_C@{ shape: rect, label: "<iframe src='javascript:window.__pwned=14'></iframe>" }
  n_A -->|"<img src=x onerror=window.__pwned=15>"| n_B
  n_B --> n_C
  click n_A call window.__pwnedCall()
  click n_B href "javascript:window.__pwned=16"
`;

describe('preview security (headless Chromium, real Mermaid)', function () {
    this.timeout(120_000);
    let browser: PreviewBrowser;
    let preview: PreviewPage;

    before(async function () {
        browser = await PreviewBrowser.launch(chromiumOrSkip(this));
    });

    after(async () => {
        await browser?.close();
    });

    beforeEach(async () => {
        preview = await browser.open();
        await preview.waitForPosted('ready');
        await preview.page.evaluate(() => {
            (window as unknown as { __pwnedCall(): void }).__pwnedCall = () => {
                (window as unknown as { __pwned: number }).__pwned = 99;
            };
        });
    });

    afterEach(async () => {
        await preview.close();
    });

    it('shows the compare view\'s summary as text: payloads in a title, a change and a finding run nothing', async () => {
        const shown = await diagramOf(PAYLOAD_DESIGN);
        await preview.render({ ...renderMessage(shown), compare: true });
        await preview.send({
            type: 'summary',
            summary: {
                title: 'evil.arch: <img src=x onerror=window.__pwned=21> → working copy',
                facts: ['<script>window.__pwned=22</script>'],
                sections: [{ heading: '<b>Changes</b>', items: [{ text: 'added service <img src=x onerror=window.__pwned=23>', tone: 'added' }, { text: 'x', tone: '"><script>window.__pwned=24</script>' as 'added' }] }]
            }
        });
        const summary = preview.page.locator('#summary');
        await summary.locator('h2').waitFor({ state: 'visible' });
        await settle(preview);
        expect(await preview.pwned()).to.equal(undefined);
        expect(await summary.locator('h2').textContent()).to.equal('evil.arch: <img src=x onerror=window.__pwned=21> → working copy');
        expect(await summary.locator('img, script, b').count()).to.equal(0);
        expect(await preview.page.locator('#stage.with-summary').count()).to.equal(1);
        expect(await preview.page.locator('#toolbar button[aria-pressed]').isHidden(), 'the review toggle is hidden in the compare view').to.equal(true);
        await preview.send({ type: 'summary', summary: undefined });
        expect(await summary.isHidden()).to.equal(true);
        expect(await preview.page.locator('#stage.with-summary').count()).to.equal(0);
    });

    it('draws payloads in names, titles, descriptions, engines and labels as text, and runs none of them', async () => {
        const shown = await diagramOf(PAYLOAD_DESIGN);
        await preview.render(renderMessage(shown));
        expect(await preview.postedOfType('renderFailed')).to.deep.equal([]);
        await clickEverything(preview);
        await settle(preview);
        expect(await preview.pwned()).to.equal(undefined);
        const text = await preview.page.locator('#canvas').textContent() ?? '';
        expect(text).to.contain('<img src=x onerror=window.__pwned=1>');
        expect(text).to.contain('javascript:window.__pwned=3');
        expect(text).to.contain('%%{init: {"securityLevel":"loose"}}%%');
        expect(text).to.contain('click Db call alert(6)');
        expect(text).to.contain('<a href="javascript:window.__pwned=7">x</a>');
        expect(await activeContent(preview)).to.deep.equal([]);
    });

    it('keeps raw Mermaid payloads (directives, click lines, HTML in labels) harmless', async () => {
        const diagram: Diagram = {
            text: RAW_PAYLOAD_TEXT,
            view: 'full',
            nodes: ['n_A', 'n_B', 'n_C'].map((id) => ({ id, kind: 'component', name: id.slice(2), findings: [] })),
            edges: [{ index: 0, from: 'n_A', to: 'n_B', connections: ['A->B'], findings: [] }, { index: 1, from: 'n_B', to: 'n_C', connections: ['B->C'], findings: [] }],
            groups: [],
            components: 3,
            connections: 2
        };
        await preview.render(renderMessage({ design: 'Raw', uri: 'file:///raw.arch', diagram }));
        expect(await preview.postedOfType('renderFailed'), 'Mermaid drew it (so the payloads reached the page)').to.deep.equal([]);
        expect(await preview.page.locator('#canvas g.node').count()).to.equal(3);
        await clickEverything(preview);
        await settle(preview);
        expect(await preview.pwned()).to.equal(undefined);
        expect(await activeContent(preview)).to.deep.equal([]);
    });

    it('blocks a script without the nonce, in the page and added later', async () => {
        const page = await browser.open({ extraBody: '<script>window.__pwned = "inline";</script><img src="x" onerror="window.__pwned = \'handler\'">' });
        const violations: string[] = [];
        page.page.on('console', (message) => {
            if (/Content Security Policy/i.test(message.text())) {
                violations.push(message.text());
            }
        });
        await page.waitForPosted('ready');
        await page.page.evaluate(() => {
            const script = document.createElement('script');
            script.textContent = 'window.__pwned = "added";';
            document.body.append(script);
        });
        await settle(page);
        expect(await page.pwned()).to.equal(undefined);
        expect(violations.length, 'the browser reports the blocked scripts').to.be.greaterThan(0);
        // The nonce'd scripts did run: the preview posted ready.
        expect((await page.posted()).map((message) => message.type)).to.include('ready');
        await page.close();
    });
});

/** Clicks every node and label, as a user exploring the diagram would (a `click` line would fire here). */
async function clickEverything(preview: PreviewPage): Promise<void> {
    await preview.page.evaluate(() => {
        document.querySelectorAll('#canvas g.node, #canvas .edgeLabel, #canvas a, #canvas span').forEach((element) => {
            element.dispatchEvent(new MouseEvent('click', { bubbles: true }));
        });
    });
}

/** Gives failed image loads and their handlers time to run. */
async function settle(preview: PreviewPage): Promise<void> {
    await preview.page.waitForTimeout(300);
}

/** Elements and attributes that could run code or leave the page, in the drawn diagram. */
async function activeContent(preview: PreviewPage): Promise<string[]> {
    return preview.page.evaluate(() => {
        const found: string[] = [];
        document.querySelectorAll('#canvas script, #canvas iframe, #canvas img, #canvas object, #canvas embed').forEach((element) => found.push(element.localName));
        document.querySelectorAll('#canvas *').forEach((element) => {
            for (const attribute of element.attributes) {
                if (attribute.name.startsWith('on') || /javascript:/i.test(attribute.value)) {
                    found.push(`${element.localName}[${attribute.name}]`);
                }
            }
        });
        return found;
    });
}
