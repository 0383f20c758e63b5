/**
 * Which diagram node the editor's cursor is on: the innermost element whose
 * whole text (its `extent`) holds the cursor, so a cursor in a component
 * inside a network highlights the component, not the network. Free of
 * `vscode` so it can be unit tested.
 */
import type { DiagramNode } from '../../diagram/diagram-types.js';
import type { Position, Range } from '../../model/design.js';

export function nodeAtCursor(nodes: readonly DiagramNode[], documentUri: string, cursor: Position): DiagramNode | undefined {
    let best: DiagramNode | undefined;
    for (const node of nodes) {
        const extent = node.place?.uri === documentUri ? node.place.extent : undefined;
        if (extent && contains(extent, cursor) && (!best?.place || isWithin(extent, best.place.extent))) {
            best = node;
        }
    }
    return best;
}

export function contains(range: Range, position: Position): boolean {
    return compare(range.start, position) <= 0 && compare(position, range.end) <= 0;
}

/** `inner` lies inside `outer` (equal ranges count). */
function isWithin(inner: Range, outer: Range): boolean {
    return compare(outer.start, inner.start) <= 0 && compare(inner.end, outer.end) <= 0;
}

function compare(a: Position, b: Position): number {
    return a.line !== b.line ? a.line - b.line : a.character - b.character;
}
