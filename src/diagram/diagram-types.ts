/**
 * A diagram of a design: the Mermaid text, and what each node and edge of it
 * stands for, so the preview can link them back to the design (reveal on
 * click, highlight under the cursor, tooltips listing findings).
 */
import type { Range } from '../model/design.js';
import type { Severity } from '../model/finding.js';

export type Direction = 'LR' | 'TB' | 'RL' | 'BT';

export type DiagramViewRequest =
    /** The whole design, collapsed automatically when it is too large to draw comfortably. */
    | { readonly kind: 'auto' }
    | { readonly kind: 'full' }
    /** Top-level groups drawn as single nodes, except `expanded` (a group key). */
    | { readonly kind: 'collapsed'; readonly expanded?: string }
    /** One component and its neighbours. */
    | { readonly kind: 'focus'; readonly component: string };

export interface DiagramFinding {
    readonly rule: string;
    readonly severity: Severity;
    readonly message: string;
    /**
     * Set where the finding is drawn on an element it covers rather than
     * the one it is reported on: one decision (TLS inside a network, zones)
     * reported once, on `reportedOn` (absent: the design), for `count`
     * elements. Every element it covers carries the same object, and a node
     * or edge drawing several of them lists it once.
     */
    readonly covers?: { readonly reportedOn?: string; readonly count: number };
}

export interface SourcePlace {
    readonly uri: string;
    /** The element's name: where the editor reveals it. */
    readonly range: Range;
    /** The whole element: a cursor inside it highlights the node. */
    readonly extent: Range;
}

export interface DiagramNode {
    /** The Mermaid node id (`n_Api`, `g_2`, `t_PlaceOrder`). */
    readonly id: string;
    readonly kind: 'component' | 'group' | 'transaction';
    /** The element's name in the design (a component, group or transaction). */
    readonly name: string;
    readonly place?: SourcePlace;
    readonly findings: readonly DiagramFinding[];
    /** For a collapsed group: its key, to expand it. */
    readonly groupKey?: string;
}

export interface DiagramEdge {
    /** Position among the edges in the text (Mermaid's `linkStyle` index). */
    readonly index: number;
    readonly from: string;
    readonly to: string;
    /** The connections it draws (`A->B`); several for an edge between collapsed groups. */
    readonly connections: readonly string[];
    readonly findings: readonly DiagramFinding[];
}

export interface Diagram {
    readonly text: string;
    /** The view drawn (an `auto` request becomes `full` or `collapsed`). */
    readonly view: 'full' | 'collapsed' | 'focus';
    readonly nodes: readonly DiagramNode[];
    readonly edges: readonly DiagramEdge[];
    /** Top-level groups that can be expanded in a collapsed view: key and title. */
    readonly groups: readonly { readonly key: string; readonly title: string; readonly components: number }[];
    readonly components: number;
    readonly connections: number;
    /** Why the view is collapsed, when it is. */
    readonly note?: string;
}

/**
 * Whether connections carry their protocol and label: `auto` draws them
 * while the picture has at most AUTO_EDGE_LABELS_MAX_EDGES edges. Each
 * label is one more box for Mermaid to measure and place: past that, they
 * cost a third of the render and crowd the picture.
 */
export type EdgeLabels = 'auto' | 'always' | 'never';

export const AUTO_EDGE_LABELS_MAX_EDGES = 100;
