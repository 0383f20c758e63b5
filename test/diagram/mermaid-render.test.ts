/**
 * Every sample and spec example, drawn as the preview draws it, is parsed
 * and rendered by the real Mermaid in headless Chromium, and the SVG holds a
 * node for every component.
 */
import { expect } from 'chai';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyzeFiles } from '../../src/batch/analyze.js';
import type { Diagram } from '../../src/diagram/diagram-types.js';
import { generateDiagram } from '../../src/diagram/generate-diagram.js';
import { renderSvgs, SvgRenderFailed } from '../../src/diagram/render-svg.js';
import { generateDesign } from '../../scripts/design-generator/design-generator.js';
import { chromiumOrSkip } from '../helpers/chromium.js';
import { buildWorkspace } from '../helpers/workspace.js';

const SAMPLES = path.resolve(import.meta.dirname, '../../samples');

function archFilesUnder(folder: string): string[] {
    return fs.readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
        const full = path.join(folder, entry.name);
        return entry.isDirectory() ? archFilesUnder(full) : entry.name.endsWith('.arch') ? [full] : [];
    });
}

/** The node ids of a diagram that an SVG holds (Mermaid writes `<renderId>-flowchart-<nodeId>-<n>`). */
function missingNodes(diagram: Diagram, svg: string): string[] {
    return diagram.nodes.filter((node) => node.kind !== 'group').map((node) => node.id).filter((id) => !new RegExp(`id="[^"]*-flowchart-${id}-\\d+"`).test(svg));
}

describe('diagrams rendered by Mermaid in headless Chromium', function () {
    this.timeout(120_000);

    before(function () {
        chromiumOrSkip(this);
    });

    it('renders every sample and spec example with a node for every component', async () => {
        const files = archFilesUnder(SAMPLES); // samples/spec holds the spec examples
        const analysis = await analyzeFiles(files);
        const diagrams = analysis.designs.map((design) => ({ design, diagram: generateDiagram(design, { findings: analysis.findings }) }));
        expect(diagrams.length).to.be.greaterThanOrEqual(8);
        const svgs = await renderSvgs(diagrams.map(({ diagram }) => diagram.text));
        diagrams.forEach(({ design, diagram }, index) => {
            expect(diagram.view, design.name).to.equal('full');
            const components = diagram.nodes.filter((node) => node.kind === 'component');
            expect(components.length, design.name).to.be.at.least(design.components.length);
            expect(missingNodes(diagram, svgs[index]), design.name).to.deep.equal([]);
            expect(svgs[index], design.name).to.contain('<svg');
        });
    });

    it('renders a generated 1,000-component design, collapsed, without error', async () => {
        const workspace = await buildWorkspace(Object.fromEntries(generateDesign({ components: 1000 }).files));
        const diagram = generateDiagram(workspace.design('Generated'), { findings: workspace.services.design.ReviewService.all() });
        expect(diagram.view).to.equal('collapsed');
        const [svg] = await renderSvgs([diagram.text], { maxEdges: 500, maxTextSize: 50_000 });
        expect(missingNodes(diagram, svg)).to.deep.equal([]);
    });

    it('reports Mermaid refusing a diagram in one line, marked when it is the edge limit', async () => {
        const failure = await renderSvgs(['flowchart LR\n  a --> b\n  b --> c\n  c --> a\n'], { maxEdges: 2 }).catch((error: unknown) => error);
        expect(failure).to.be.instanceOf(SvgRenderFailed);
        expect((failure as SvgRenderFailed).message).to.equal('Mermaid could not draw the diagram: Edge limit exceeded. 2 edges found, but the limit is 2.');
        expect((failure as SvgRenderFailed).tooManyEdges).to.equal(true);
    });

    it('renders design text that tries to inject Mermaid, HTML or script as text', async () => {
        const workspace = await buildWorkspace(`architecture T {
  client U "<img src=x onerror=window.__pwned=1>"
  service Api "<script>window.__pwned=2</script>" { description: "javascript:window.__pwned=3" }
  service B "%%{init: {\\"securityLevel\\": \\"loose\\"}}%%"
  service C "\\"]\\nclick Api call alert(1)\\n%%"
  U -> Api "<b onmouseover=window.__pwned=4>x</b>"
  Api -> B
  Api -> C
}`);
        const diagram = generateDiagram(workspace.design('T'));
        const [svg] = await renderSvgs([diagram.text]);
        // No element and no event-handler attribute came from the design: the payloads are text.
        expect(svg).to.not.match(/<img|<script/i);
        expect(svg).to.not.match(/<[^>]*\son\w+=/i);
        expect(svg).to.contain('&lt;img src=x onerror=window.__pwned=1&gt;');
        expect(svg).to.contain('&lt;script&gt;window.__pwned=2&lt;/script&gt;');
        expect(missingNodes(diagram, svg)).to.deep.equal([]);
    });
});
