/**
 * The messages between the extension and the preview's webview. Plain types
 * only: both the extension bundle and the browser bundle import this file.
 */
import type { Diagram, DiagramViewRequest } from '../diagram/diagram-types.js';
import type { ChangeSummary } from '../diff/change-summary-types.js';

/** The directions the toolbar offers (the generator knows RL and BT too). */
export type PreviewDirection = 'LR' | 'TB';

export interface RenderMessage {
    readonly type: 'render';
    /** The `.arch` document shown: a different one resets zoom and scroll. */
    readonly documentUri: string;
    readonly design: string;
    /** Every design of the document, for the design picker. */
    readonly designs: readonly string[];
    readonly diagram: Diagram;
    /** Draw the review's findings (the webview colours nodes and edges itself). */
    readonly overlay: boolean;
    readonly direction: PreviewDirection;
    /** The view the user asked for (`auto` is the overview). */
    readonly requested: DiagramViewRequest['kind'];
    /**
     * Document, design, view and direction: while it stays the same (edits),
     * the webview keeps its zoom and scroll; a new one starts fitted.
     */
    readonly viewKey: string;
    /** The compare view: its diagram marks a change, not the review, so the review toggle is hidden. */
    readonly compare?: true;
}

/** Extension → webview. */
export type ToWebview =
    | RenderMessage
    /** The node under the editor's cursor; undefined clears the highlight. */
    | { readonly type: 'highlight'; readonly nodeId: string | undefined }
    /** The diagram could not be produced (no design, server down). */
    | { readonly type: 'error'; readonly message: string }
    /** Asks for the SVG on screen, for the export command. */
    | { readonly type: 'exportSvg'; readonly requestId: number }
    /** The compare view's diff summary, shown beside the diagram; undefined hides it. */
    | { readonly type: 'summary'; readonly summary: ChangeSummary | undefined };

/** Webview → extension. */
export type FromWebview =
    /** The script is running: (re)send the diagram. */
    | { readonly type: 'ready' }
    | { readonly type: 'reveal'; readonly nodeId: string }
    /** Expand a collapsed group; without a key the extension asks which. */
    | { readonly type: 'expand'; readonly groupKey?: string }
    | { readonly type: 'focusCursor' }
    /** Back to the whole design (collapsed automatically when large). */
    | { readonly type: 'overview' }
    | { readonly type: 'overlay'; readonly enabled: boolean }
    | { readonly type: 'direction'; readonly direction: PreviewDirection }
    | { readonly type: 'design'; readonly name: string }
    | { readonly type: 'svg'; readonly requestId: number; readonly svg?: string; readonly error?: string }
    /** `milliseconds`: from the message to the diagram on screen; `mermaidMilliseconds`: Mermaid's part of it. */
    | { readonly type: 'rendered'; readonly milliseconds: number; readonly mermaidMilliseconds: number; readonly nodes: number; readonly edges: number }
    | { readonly type: 'renderFailed'; readonly message: string };

/** What the webview keeps in `setState` (and the serializer gets back after a reload). */
export interface PreviewState {
    readonly documentUri?: string;
    readonly design?: string;
    readonly viewKey?: string;
    readonly overlay?: boolean;
    readonly transform?: ViewTransform;
}

/** The pan and zoom of the diagram: screen = diagram × scale + (x, y). */
export interface ViewTransform {
    readonly scale: number;
    readonly x: number;
    readonly y: number;
}
