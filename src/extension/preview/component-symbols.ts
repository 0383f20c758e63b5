/**
 * The components of a document, read from its outline (the language
 * server's document symbols), for "Focus on cursor": a collapsed diagram
 * does not draw the components inside collapsed groups, the outline has
 * them all. Free of `vscode` so it can be unit tested.
 */
import type { Position, Range } from '../../model/design.js';
import { contains } from './cursor-node.js';

export interface OutlineSymbol {
    readonly name: string;
    readonly detail?: string;
    /** The outline's kind number (see NOT_COMPONENT_KINDS). */
    readonly kind: number;
    readonly range: Range;
    readonly children?: readonly OutlineSymbol[];
}

export interface ComponentSymbol {
    readonly name: string;
    readonly detail?: string;
    readonly range: Range;
}

/**
 * Symbols the outline uses for what is not a component (VS Code's
 * `SymbolKind` numbers): architecture blocks (Module), networks (Namespace),
 * systems (Package), transactions (Method) and settings blocks (Property).
 */
export const NOT_COMPONENT_KINDS: ReadonlySet<number> = new Set([1, 2, 3, 5, 6]);

export function componentSymbols(symbols: readonly OutlineSymbol[]): ComponentSymbol[] {
    return symbols.flatMap((symbol) => [
        ...(NOT_COMPONENT_KINDS.has(symbol.kind) ? [] : [{ name: symbol.name, detail: symbol.detail, range: symbol.range }]),
        ...componentSymbols(symbol.children ?? [])
    ]);
}

/** The component whose text holds the cursor (components do not nest). */
export function componentAt(symbols: readonly OutlineSymbol[], cursor: Position): ComponentSymbol | undefined {
    return componentSymbols(symbols).find((symbol) => contains(symbol.range, cursor));
}
