/** What the export commands write (src/extension/preview/export-formats.ts). */
import { expect } from 'chai';
import MarkdownIt from 'markdown-it';
import { exportPath, markdownDocument } from '../../src/extension/preview/export-formats.js';
import { diagramOf, sampleFiles } from './diagram-fixture.js';

describe('preview export formats', () => {
    it('proposes the file next to the design, with the format\'s extension', () => {
        expect(exportPath('/work/designs/shop.arch', 'mermaid')).to.equal('/work/designs/shop.mmd');
        expect(exportPath('/work/designs/shop.arch', 'markdown')).to.equal('/work/designs/shop.md');
        expect(exportPath('/c:/a.b/shop.v2.arch', 'svg')).to.equal('/c:/a.b/shop.v2.svg');
        expect(exportPath('/work/.arch', 'svg')).to.equal('/work/.arch.svg');
        expect(exportPath('/work/', 'svg')).to.equal('/work/diagram.svg');
    });

    it('writes Markdown with a heading and the diagram in a mermaid fence, carrying the overlay when asked', async () => {
        const shown = await diagramOf(sampleFiles('spec/first-draft.arch'), { overlay: true });
        const markdown = markdownDocument(shown.design, shown.diagram);
        expect(markdown.startsWith('# PhotoShare\n\n```mermaid\nflowchart LR\n')).to.equal(true);
        expect(markdown.endsWith('\n```\n')).to.equal(true);
        expect(markdown).to.contain('class n_Web,n_Db sev_warning');
        const fenced = /```mermaid\n([\s\S]*)\n```\n$/.exec(markdown)?.[1];
        expect(`${fenced ?? ''}\n`).to.equal(shown.diagram.text);
    });

    it('quotes the note of a collapsed view, and fences text holding backticks with a longer fence', async () => {
        const collapsed = await diagramOf(sampleFiles('url-shortener.arch'), { maxNodes: 5 });
        expect(markdownDocument('UrlShortener', collapsed.diagram)).to.contain(`> ${collapsed.diagram.note ?? 'missing note'}`);
        const odd = markdownDocument('Odd', { ...collapsed.diagram, text: 'flowchart LR\n  a["```"]\n', note: undefined });
        expect(odd).to.contain('````mermaid\n').and.to.match(/\n````\n$/);
    });

    it('writes a focus note naming what was asked as text, never as HTML or a new block', async () => {
        const collapsed = await diagramOf(sampleFiles('url-shortener.arch'), { maxNodes: 5 });
        const note = 'There is no component named <img src=x onerror=alert(1)>\n# x in design UrlShortener.';
        const html = new MarkdownIt({ html: true }).render(markdownDocument('UrlShortener', { ...collapsed.diagram, note }));
        expect(html).to.not.match(/<img|<h1>x/);
        expect(html).to.contain('<blockquote>\n<p>There is no component named &lt;img src=x onerror=alert(1)&gt; # x in design UrlShortener.</p>');
    });
});
