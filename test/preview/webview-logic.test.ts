/** The webview's pure parts, in Node: pan and zoom arithmetic, keys, Mermaid's edge ids, tooltips. */
import { expect } from 'chai';
import type { Diagram, DiagramFinding } from '../../src/diagram/diagram-types.js';
import { edgeTooltip, nodeTooltip, worstSeverity } from '../../src/webview/overlay.js';
import { keyAction } from '../../src/webview/pan-zoom.js';
import { mermaidEdgeIds } from '../../src/webview/svg-index.js';
import { clampScale, fitTransform, isViewTransform, MAX_FIT_SCALE, MAX_SCALE, MIN_SCALE, revealBox, wheelZoomFactor, zoomAround } from '../../src/webview/view-transform.js';

describe('preview webview: view arithmetic', () => {
    it('zooms around a point, which stays where it is on screen', () => {
        const start = { scale: 1, x: 10, y: 20 };
        const anchor = { x: 300, y: 200 };
        const zoomed = zoomAround(start, 2, anchor);
        expect(zoomed.scale).to.equal(2);
        const diagramPoint = { x: (anchor.x - start.x) / start.scale, y: (anchor.y - start.y) / start.scale };
        expect(diagramPoint.x * zoomed.scale + zoomed.x).to.be.closeTo(anchor.x, 1e-9);
        expect(diagramPoint.y * zoomed.scale + zoomed.y).to.be.closeTo(anchor.y, 1e-9);
    });

    it('keeps the scale within its limits', () => {
        expect(clampScale(100)).to.equal(MAX_SCALE);
        expect(clampScale(0)).to.equal(MIN_SCALE);
        expect(zoomAround({ scale: MAX_SCALE, x: 0, y: 0 }, 2, { x: 5, y: 5 })).to.deep.equal({ scale: MAX_SCALE, x: 0, y: 0 });
    });

    it('fits a large diagram inside the viewport, centred, and does not blow up a small one', () => {
        const large = fitTransform({ width: 4000, height: 1000 }, { width: 1000, height: 800 });
        expect(large.scale).to.be.below(0.25);
        expect(4000 * large.scale).to.be.at.most(1000);
        expect(large.x).to.be.closeTo((1000 - 4000 * large.scale) / 2, 1e-9);
        expect(fitTransform({ width: 100, height: 50 }, { width: 1000, height: 800 }).scale).to.equal(MAX_FIT_SCALE);
        expect(fitTransform({ width: 0, height: 0 }, { width: 1000, height: 800 })).to.deep.equal({ scale: 1, x: 0, y: 0 });
    });

    it('zooms in when the wheel rolls up, and out when it rolls down', () => {
        expect(wheelZoomFactor(-100)).to.be.above(1.15).and.below(1.25);
        expect(wheelZoomFactor(100)).to.be.below(1);
        expect(wheelZoomFactor(100) * wheelZoomFactor(-100)).to.be.closeTo(1, 1e-9);
    });

    it('pans a box into view only when it is outside', () => {
        const transform = { scale: 1, x: 0, y: 0 };
        expect(revealBox(transform, { x: 10, y: 10, width: 50, height: 50 }, { width: 500, height: 500 })).to.equal(transform);
        expect(revealBox(transform, { x: 600, y: 10, width: 50, height: 50 }, { width: 500, height: 500 }).x).to.equal(-166);
        expect(revealBox(transform, { x: 10, y: -40, width: 50, height: 50 }, { width: 500, height: 500 }).y).to.equal(56);
    });

    it('accepts only a well-formed saved transform', () => {
        expect(isViewTransform({ scale: 2, x: 1, y: 2 })).to.equal(true);
        for (const bad of [undefined, null, {}, { scale: 0, x: 0, y: 0 }, { scale: 1, x: Number.NaN, y: 0 }, { scale: '1', x: 0, y: 0 }]) {
            expect(isViewTransform(bad), JSON.stringify(bad)).to.equal(false);
        }
    });

    it('maps the keys of the issue: + and − zoom, 0 fits, arrows pan', () => {
        expect(keyAction('+')).to.deep.equal({ type: 'zoom', factor: 1.2 });
        expect(keyAction('=')).to.deep.equal({ type: 'zoom', factor: 1.2 });
        expect(keyAction('-')?.type).to.equal('zoom');
        expect(keyAction('0')).to.deep.equal({ type: 'fit' });
        expect(keyAction('ArrowLeft')).to.deep.equal({ type: 'pan', dx: 60, dy: 0 });
        expect(keyAction('ArrowDown')).to.deep.equal({ type: 'pan', dx: 0, dy: -60 });
        expect(keyAction('a')).to.equal(undefined);
    });
});

describe('preview webview: reading the diagram', () => {
    const finding = (severity: DiagramFinding['severity'], rule: string): DiagramFinding => ({ severity, rule, message: `${rule} says so` });

    it('names edges as Mermaid does: 0 for the first between two nodes, then 2, 3, …', () => {
        const edges = [['n_A', 'n_B'], ['n_A', 'n_B'], ['n_B', 'n_A'], ['n_A', 'n_B']].map(([from = '', to = ''], index) => ({ index, from, to, connections: [], findings: [] }));
        expect(mermaidEdgeIds(edges)).to.deep.equal(['L_n_A_n_B_0', 'L_n_A_n_B_2', 'L_n_B_n_A_0', 'L_n_A_n_B_3']);
    });

    it('takes the worst severity of a node\'s findings', () => {
        expect(worstSeverity([finding('info', 'a'), finding('error', 'b'), finding('warning', 'c')])).to.equal('error');
        expect(worstSeverity([finding('hint', 'a')])).to.equal('hint');
        expect(worstSeverity([])).to.equal(undefined);
    });

    it('lists findings in tooltips, worst first, only with the overlay on', () => {
        const diagram: Diagram = { text: '', view: 'collapsed', nodes: [], edges: [], groups: [{ key: 'g0', title: 'Payments', components: 12 }], components: 12, connections: 0 };
        const node = { id: 'c_g0', kind: 'group' as const, name: 'payments', groupKey: 'g0', findings: [finding('info', 'x/info'), finding('error', 'x/error')] };
        expect(nodeTooltip(node, diagram, true).split('\n')).to.deep.equal(['group payments', '12 components: double-click to expand', 'error: x/error says so (x/error)', 'info: x/info says so (x/info)']);
        expect(nodeTooltip(node, diagram, false).split('\n')).to.have.length(2);
        const edge = { index: 0, from: 'c_g0', to: 'n_Api', connections: Array.from({ length: 10 }, (_, index) => `S${index}->Api`), findings: [] };
        expect(edgeTooltip(edge, true)).to.equal('S0->Api, S1->Api, S2->Api, S3->Api, S4->Api, S5->Api, S6->Api, S7->Api and 2 more');
    });
});
