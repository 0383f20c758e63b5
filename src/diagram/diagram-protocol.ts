/**
 * The requests between the VS Code extension and the language server for
 * the preview (plain types: the client bundle does not load Langium).
 */
import type { Diagram, DiagramViewRequest, Direction, EdgeLabels } from './diagram-types.js';

export const DIAGRAM_REQUEST = 'archlens/diagram';

export interface DiagramParams {
    /** The `.arch` document shown. */
    readonly uri: string;
    /** Which design of the document (its first one by default). */
    readonly design?: string;
    readonly view?: DiagramViewRequest;
    readonly direction?: Direction;
    /** Draw the review's findings on the diagram. */
    readonly overlay?: boolean;
    /** Largest design drawn in full before the view collapses. */
    readonly maxNodes?: number;
    readonly edgeLabels?: EdgeLabels;
}

export type DiagramResult =
    | { readonly ok: true; readonly design: string; readonly designs: readonly string[]; readonly diagram: Diagram }
    | { readonly ok: false; readonly message: string };
