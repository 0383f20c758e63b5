import { expect } from 'chai';
import MarkdownIt from 'markdown-it';
import { drawDiagramsInReports } from '../../src/extension/report/report-markdown.js';
import { REPORT_SCHEME, reportLocationFor } from '../../src/extension/report/report-uri.js';

const FENCE = '```mermaid\nflowchart LR\n  A["<b>x</b>"] --> B\n```\n';

describe('the report\'s Markdown preview plugin', () => {
    const md = drawDiagramsInReports(new MarkdownIt());

    it('turns a mermaid fence of a report into an escaped placeholder for the preview script', () => {
        expect(md.render(FENCE, { currentDocument: { scheme: REPORT_SCHEME } })).to.equal('<div class="archlens-mermaid">flowchart LR\n  A[&quot;&lt;b&gt;x&lt;/b&gt;&quot;] --&gt; B\n</div>\n');
    });

    it('leaves the fences of other documents, and other fences of a report, as markdown-it renders them', () => {
        const plain = new MarkdownIt();
        expect(md.render(FENCE, { currentDocument: { scheme: 'file' } })).to.equal(plain.render(FENCE));
        expect(md.render(FENCE)).to.equal(plain.render(FENCE));
        expect(md.render('```json\n{}\n```\n', { currentDocument: { scheme: REPORT_SCHEME } })).to.equal(plain.render('```json\n{}\n```\n'));
    });
});

describe('report locations', () => {
    it('name the report after the design file and keep the file\'s URI', () => {
        expect(reportLocationFor('file:///work/shop/checkout.arch', '/work/shop/checkout.arch')).to.deep.equal({ path: '/checkout review.md', query: 'file:///work/shop/checkout.arch' });
        expect(reportLocationFor('untitled:Untitled-1', 'Untitled-1')).to.deep.equal({ path: '/Untitled-1 review.md', query: 'untitled:Untitled-1' });
    });
});
