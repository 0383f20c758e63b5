/**
 * The preview page: renders the diagrams the extension sends (the latest
 * one wins when several arrive during a render), keeps zoom and scroll
 * across re-renders of the same view, draws the review on it, and tells the
 * extension what the user clicks.
 */
import type { Diagram } from '../diagram/diagram-types.js';
import { ErrorBox } from './error-box.js';
import { mermaidConfigFor } from './mermaid-theme.js';
import { MermaidRenderer } from './mermaid-renderer.js';
import { decorate, GROUP_ATTRIBUTE, NODE_ATTRIBUTE } from './overlay.js';
import { PanZoom } from './pan-zoom.js';
import type { RenderMessage, ToWebview } from './preview-messages.js';
import { exportSvg } from './svg-export.js';
import { indexSvg, type SvgIndex } from './svg-index.js';
import { showSummary } from './summary-view.js';
import { Toolbar } from './toolbar.js';
import type { Size } from './view-transform.js';
import type { Host } from './vscode-api.js';

export const HIGHLIGHT_CLASS = 'archlens-highlight';

export interface PreviewElements {
    readonly toolbar: HTMLElement;
    readonly viewport: HTMLElement;
    readonly canvas: HTMLElement;
    readonly error: HTMLElement;
    /** The compare view's summary panel, beside the viewport in the stage. */
    readonly summary: HTMLElement;
    readonly stage: HTMLElement;
}

interface Shown {
    readonly message: RenderMessage;
    readonly svg: SVGSVGElement;
    readonly index: SvgIndex;
    /** The Mermaid configuration (theme) it was drawn with. */
    readonly configKey: string;
}

export class PreviewApp {
    private readonly renderer = new MermaidRenderer();
    private readonly errors: ErrorBox;
    private readonly panZoom: PanZoom;
    private readonly toolbar: Toolbar;
    private shown: Shown | undefined;
    private latest: RenderMessage | undefined;
    private pending: RenderMessage | undefined;
    private rendering = false;
    private overlay: boolean;
    private highlighted: string | undefined;
    private themeKey = '';

    constructor(private readonly host: Host, private readonly elements: PreviewElements) {
        this.overlay = host.saved.overlay ?? true;
        this.errors = new ErrorBox(elements.error, elements.viewport);
        this.panZoom = new PanZoom(elements.viewport, elements.canvas, (transform) => {
            this.toolbar.setZoom(transform.scale);
            this.host.saveSoon({ transform });
        });
        this.toolbar = new Toolbar(elements.toolbar, {
            toggleOverlay: () => this.setOverlay(!this.overlay),
            setDirection: (direction) => host.post({ type: 'direction', direction }),
            zoomIn: () => this.panZoom.zoomBy(1.2),
            zoomOut: () => this.panZoom.zoomBy(1 / 1.2),
            fit: () => this.panZoom.fit(this.contentSize()),
            chooseDesign: (name) => host.post({ type: 'design', name }),
            expandGroup: () => host.post({ type: 'expand' }),
            focusCursor: () => host.post({ type: 'focusCursor' }),
            overview: () => host.post({ type: 'overview' })
        });
        this.toolbar.setOverlay(this.overlay);
        this.listen();
        this.themeKey = JSON.stringify(mermaidConfigFor(document.body));
    }

    start(): void {
        this.host.post({ type: 'ready' });
    }

    receive(message: ToWebview): void {
        switch (message.type) {
            case 'render':
                this.requestRender(message);
                return;
            case 'highlight':
                this.highlight(message.nodeId, true);
                return;
            case 'error':
                this.errors.show(this.shown ? 'The diagram could not be updated' : 'No diagram to show', [message.message]);
                return;
            case 'summary':
                showSummary(this.elements.summary, this.elements.stage, message.summary);
                if (this.shown) {
                    this.panZoom.fit(this.contentSize());
                }
                return;
            case 'exportSvg':
                this.host.post(this.shown
                    ? { type: 'svg', requestId: message.requestId, svg: exportSvg(this.shown.svg, getComputedStyle(document.body).backgroundColor) }
                    : { type: 'svg', requestId: message.requestId, error: 'The preview has not drawn a diagram yet.' });
                return;
        }
    }

    private listen(): void {
        const { canvas } = this.elements;
        canvas.addEventListener('click', (event) => {
            const nodeId = closestAttribute(event.target, NODE_ATTRIBUTE);
            if (nodeId) {
                this.host.post({ type: 'reveal', nodeId });
            }
        });
        canvas.addEventListener('dblclick', (event) => {
            const groupKey = closestAttribute(event.target, GROUP_ATTRIBUTE);
            if (groupKey) {
                this.host.post({ type: 'expand', groupKey });
            }
        });
        window.addEventListener('keydown', (event) => this.key(event));
        // VS Code changes the body's classes and the page's colour variables when the theme changes.
        const observer = new MutationObserver(() => this.themeChanged());
        observer.observe(document.body, { attributes: true, attributeFilter: ['class', 'data-vscode-theme-kind'] });
        observer.observe(document.documentElement, { attributes: true, attributeFilter: ['style'] });
    }

    private key(event: KeyboardEvent): void {
        if (event.ctrlKey || event.metaKey || event.altKey || (event.target instanceof Element && event.target.closest('select, input'))) {
            return;
        }
        const nodeId = event.key === 'Enter' ? closestAttribute(event.target, NODE_ATTRIBUTE) : undefined;
        if (nodeId) {
            this.host.post({ type: 'reveal', nodeId });
        } else if (this.panZoom.handleKey(event.key, this.contentSize())) {
            event.preventDefault();
        }
    }

    private themeChanged(): void {
        const key = JSON.stringify(mermaidConfigFor(document.body));
        const changed = key !== this.themeKey;
        this.themeKey = key;
        if (changed && this.latest) {
            this.requestRender(this.latest);
        }
    }

    private setOverlay(overlay: boolean): void {
        this.overlay = overlay;
        this.host.save({ overlay });
        this.toolbar.setOverlay(overlay);
        if (this.shown) {
            decorate(this.shown.index, this.shown.message.diagram, overlay);
        }
        this.host.post({ type: 'overlay', enabled: overlay });
    }

    private requestRender(message: RenderMessage): void {
        this.latest = message;
        this.pending = message;
        if (!this.rendering) {
            void this.drain();
        }
    }

    private async drain(): Promise<void> {
        this.rendering = true;
        try {
            for (let next = this.pending; next; next = this.pending) {
                this.pending = undefined;
                await this.render(next);
            }
        } finally {
            this.rendering = false;
        }
    }

    private async render(message: RenderMessage): Promise<void> {
        const started = performance.now();
        this.overlay = message.overlay;
        this.toolbar.update(message, this.overlay);
        const config = mermaidConfigFor(document.body);
        const configKey = JSON.stringify(config);
        if (this.shown && this.shown.message.diagram.text === message.diagram.text && this.shown.configKey === configKey) {
            // Only the review changed (a property that is not drawn): same picture, new colours and tooltips.
            this.show({ ...this.shown, message }, started, 0);
            return;
        }
        const outcome = await this.renderer.render(message.diagram.text, config);
        if (!outcome.ok) {
            this.errors.show('Mermaid could not draw this diagram', [describeSize(message.diagram)], outcome.message);
            this.host.post({ type: 'renderFailed', message: outcome.message });
            return;
        }
        const { svg } = outcome;
        sizeToViewBox(svg);
        this.elements.canvas.replaceChildren(svg);
        this.show({ message, svg, index: indexSvg(svg, outcome.renderId, message.diagram), configKey }, started, outcome.milliseconds);
    }

    /** Puts the review on a drawn diagram, and the view where it belongs. */
    private show(shown: Shown, started: number, mermaidMilliseconds: number): void {
        decorate(shown.index, shown.message.diagram, this.overlay);
        const previous = this.shown?.message.viewKey;
        this.shown = shown;
        this.errors.hide();
        this.restoreView(shown.message, previous);
        this.highlight(this.highlighted, false);
        this.host.post({
            type: 'rendered',
            milliseconds: Math.round(performance.now() - started),
            mermaidMilliseconds: Math.round(mermaidMilliseconds),
            nodes: shown.index.nodes.size,
            edges: shown.index.edges.size
        });
    }

    /**
     * The same view keeps its zoom and scroll while the design is edited (and
     * when VS Code rebuilds the page, from the saved state); a new view starts fitted.
     */
    private restoreView(message: RenderMessage, previousViewKey: string | undefined): void {
        const saved = this.host.saved;
        if (previousViewKey === message.viewKey) {
            this.panZoom.set(this.panZoom.current);
        } else if (previousViewKey === undefined && saved.viewKey === message.viewKey && saved.transform) {
            this.panZoom.set(saved.transform);
        } else {
            this.panZoom.fit(this.contentSize());
        }
        this.host.save({ documentUri: message.documentUri, design: message.design, viewKey: message.viewKey, overlay: this.overlay });
    }

    private highlight(nodeId: string | undefined, reveal: boolean): void {
        this.highlighted = nodeId;
        this.elements.canvas.querySelectorAll(`.${HIGHLIGHT_CLASS}`).forEach((element) => element.classList.remove(HIGHLIGHT_CLASS));
        const element = nodeId ? this.shown?.index.nodes.get(nodeId) : undefined;
        if (!element) {
            return;
        }
        element.classList.add(HIGHLIGHT_CLASS);
        if (reveal) {
            const node = element.getBoundingClientRect();
            const viewport = this.elements.viewport.getBoundingClientRect();
            this.panZoom.reveal({ x: node.left - viewport.left, y: node.top - viewport.top, width: node.width, height: node.height });
        }
    }

    private contentSize(): Size {
        const svg = this.shown?.svg;
        return { width: svg?.width.baseVal.value ?? 0, height: svg?.height.baseVal.value ?? 0 };
    }
}

/** Mermaid sizes the SVG to its container (width 100%); the preview draws it at its natural size and zooms with a transform. */
function sizeToViewBox(svg: SVGSVGElement): void {
    const viewBox = svg.viewBox.baseVal;
    if (viewBox.width > 0 && viewBox.height > 0) {
        svg.setAttribute('width', String(viewBox.width));
        svg.setAttribute('height', String(viewBox.height));
    }
    svg.style.removeProperty('max-width');
}

function closestAttribute(target: EventTarget | null, attribute: string): string | undefined {
    const element = target instanceof Element ? target.closest(`[${attribute}]`) : null;
    return element?.getAttribute(attribute) ?? undefined;
}

function describeSize(diagram: Diagram): string {
    return `The diagram text is ${diagram.text.length.toLocaleString('en')} characters (${diagram.nodes.length} nodes, ${diagram.edges.length} edges, ${diagram.view} view).`;
}
