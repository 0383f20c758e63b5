/**
 * What a preview shows (document, design, view, direction, overlay, size
 * limit) and the messages that follow from it: the request to the server
 * and the render message to the webview. Free of `vscode` so it can be unit
 * tested.
 */
import type { DiagramParams } from '../../diagram/diagram-protocol.js';
import type { Diagram, DiagramViewRequest, EdgeLabels } from '../../diagram/diagram-types.js';
import type { PreviewDirection, RenderMessage } from '../../webview/preview-messages.js';

export interface PanelView {
    readonly documentUri: string;
    /** Undefined until the server names the design it drew (the file's first). */
    readonly design: string | undefined;
    readonly view: DiagramViewRequest;
    readonly direction: PreviewDirection;
    readonly overlay: boolean;
    readonly maxNodes: number;
    readonly edgeLabels: EdgeLabels;
}

export interface ShownDiagram {
    readonly design: string;
    readonly designs: readonly string[];
    readonly diagram: Diagram;
}

export const OVERVIEW: DiagramViewRequest = { kind: 'auto' };

/**
 * The preview's request: without the overlay, because the webview draws the
 * review itself (so that its toggle needs no new layout).
 */
export function previewParams(view: PanelView): DiagramParams {
    return { ...exportParams(view), overlay: false };
}

/** An export's request: the overlay goes into the Mermaid text as classes. */
export function exportParams(view: PanelView): DiagramParams {
    return { uri: view.documentUri, design: view.design, view: view.view, direction: view.direction, overlay: view.overlay, maxNodes: view.maxNodes, edgeLabels: view.edgeLabels };
}

export function renderMessage(view: PanelView, shown: ShownDiagram): RenderMessage {
    return {
        type: 'render',
        documentUri: view.documentUri,
        design: shown.design,
        designs: shown.designs,
        diagram: shown.diagram,
        overlay: view.overlay,
        direction: view.direction,
        requested: view.view.kind,
        // Not the overlay: toggling it keeps the zoom; not the diagram: edits keep it too.
        viewKey: JSON.stringify([view.documentUri, shown.design, view.view, view.direction])
    };
}
