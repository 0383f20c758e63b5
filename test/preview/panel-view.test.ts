/** What a preview asks the server and sends the webview (src/extension/preview/panel-view.ts). */
import { expect } from 'chai';
import { exportParams, OVERVIEW, type PanelView, previewParams, renderMessage } from '../../src/extension/preview/panel-view.js';
import { diagramOf, sampleFiles } from './diagram-fixture.js';

const VIEW: PanelView = { documentUri: 'file:///work/shop.arch', design: 'Shop', view: OVERVIEW, direction: 'LR', overlay: true, maxNodes: 150, edgeLabels: 'auto' };

describe('preview panel view', () => {
    it('asks the server without the overlay (the webview draws it), and exports with it', () => {
        expect(previewParams(VIEW)).to.deep.equal({ uri: VIEW.documentUri, design: 'Shop', view: { kind: 'auto' }, direction: 'LR', overlay: false, maxNodes: 150, edgeLabels: 'auto' });
        expect(exportParams(VIEW).overlay).to.equal(true);
        expect(exportParams({ ...VIEW, overlay: false }).overlay).to.equal(false);
    });

    it('keeps the view key through edits and the overlay toggle, and changes it with the view, direction, design or file', async () => {
        const shown = await diagramOf(sampleFiles('spec/first-draft.arch'));
        const drawn = { design: shown.design, designs: [shown.design], diagram: shown.diagram };
        const key = (view: PanelView, diagram = shown.diagram): string => renderMessage(view, { ...drawn, diagram }).viewKey;
        const edited = (await diagramOf({ 'first-draft.arch': 'architecture PhotoShare {\n  service Web\n}\n' })).diagram;
        expect(key(VIEW, edited)).to.equal(key(VIEW));
        expect(key({ ...VIEW, overlay: false })).to.equal(key(VIEW));
        const others = [
            { ...VIEW, view: { kind: 'focus', component: 'Web' } as const },
            { ...VIEW, view: { kind: 'collapsed', expanded: 'g1' } as const },
            { ...VIEW, direction: 'TB' as const },
            { ...VIEW, documentUri: 'file:///work/other.arch' }
        ];
        expect(new Set([key(VIEW), ...others.map((view) => key(view))]).size).to.equal(5);
    });

    it('tells the webview what was asked, with the design the server drew', async () => {
        const shown = await diagramOf(sampleFiles('spec/first-draft.arch'));
        const message = renderMessage({ ...VIEW, design: undefined, view: { kind: 'focus', component: 'Web' } }, { design: 'PhotoShare', designs: ['PhotoShare', 'Other'], diagram: shown.diagram });
        expect(message).to.deep.include({ type: 'render', documentUri: VIEW.documentUri, design: 'PhotoShare', designs: ['PhotoShare', 'Other'], overlay: true, direction: 'LR', requested: 'focus' });
    });
});
