/**
 * From the editor's cursor to the diagram (src/extension/preview/cursor-node.ts)
 * and to the component to focus on (component-symbols.ts), with a diagram
 * generated from a real design.
 */
import { expect } from 'chai';
import { componentAt, componentSymbols, type OutlineSymbol } from '../../src/extension/preview/component-symbols.js';
import { nodeAtCursor } from '../../src/extension/preview/cursor-node.js';
import { type DesignDiagram, diagramOf } from './diagram-fixture.js';

const TEXT = `architecture Shop {
  client Browser
  network private {
    service Api {
      replicas: 2
      -> Db : sql
    }
    database Db { engine: postgres }
  }
  Browser -> Api : https
}
`;

/** The 0-based position of the first `needle` in TEXT (plus `offset` characters). */
function at(needle: string, offset = 0): { line: number; character: number } {
    const index = TEXT.indexOf(needle) + offset;
    const before = TEXT.slice(0, index).split('\n');
    return { line: before.length - 1, character: (before.at(-1) ?? '').length };
}

describe('preview: the node under the cursor', () => {
    let shown: DesignDiagram;

    before(async () => {
        shown = await diagramOf({ 'shop.arch': TEXT });
    });

    it('is the component whose text holds the cursor, on its name or in its block', () => {
        expect(nodeAtCursor(shown.diagram.nodes, shown.uri, at('Api {', 1))?.id).to.equal('n_Api');
        expect(nodeAtCursor(shown.diagram.nodes, shown.uri, at('replicas'))?.id).to.equal('n_Api');
        expect(nodeAtCursor(shown.diagram.nodes, shown.uri, at('-> Db'))?.id).to.equal('n_Api');
        expect(nodeAtCursor(shown.diagram.nodes, shown.uri, at('engine: postgres'))?.id).to.equal('n_Db');
    });

    it('is the innermost element: a component inside a network, the network between its components', () => {
        const network = nodeAtCursor(shown.diagram.nodes, shown.uri, at('network private', 3));
        expect(network?.kind).to.equal('group');
        expect(network?.name).to.equal('private');
        expect(nodeAtCursor(shown.diagram.nodes, shown.uri, at('    database'))?.kind).to.equal('group');
    });

    it('is nothing outside every element, or in another file', () => {
        expect(nodeAtCursor(shown.diagram.nodes, shown.uri, { line: 0, character: 0 })).to.equal(undefined);
        expect(nodeAtCursor(shown.diagram.nodes, shown.uri, at('Browser -> Api'))).to.equal(undefined);
        expect(nodeAtCursor(shown.diagram.nodes, 'file:///elsewhere.arch', at('replicas'))).to.equal(undefined);
    });
});

describe('preview: components from the outline', () => {
    const range = (startLine: number, endLine: number): OutlineSymbol['range'] => ({ start: { line: startLine, character: 0 }, end: { line: endLine, character: 99 } });
    // VS Code's SymbolKind numbers, as the language server's outline gives them (src/language/lsp/arch-document-symbol-provider.ts).
    const outline: OutlineSymbol[] = [{
        name: 'Shop', kind: 1, range: range(0, 20), children: [
            { name: 'requirements', kind: 6, range: range(1, 1) },
            { name: 'Browser', kind: 18, detail: 'client', range: range(2, 2) },
            {
                name: 'private', kind: 2, range: range(3, 9), children: [
                    { name: 'Api', kind: 4, detail: 'service', range: range(4, 7) },
                    { name: 'Db', kind: 22, detail: 'database', range: range(8, 8) }
                ]
            },
            { name: 'PlaceOrder', kind: 5, range: range(10, 12) }
        ]
    }];

    it('lists every component, nested or not, and no group, settings block or transaction', () => {
        expect(componentSymbols(outline).map((symbol) => symbol.name)).to.deep.equal(['Browser', 'Api', 'Db']);
    });

    it('finds the component under the cursor, and none on a group line', () => {
        expect(componentAt(outline, { line: 5, character: 4 })?.name).to.equal('Api');
        expect(componentAt(outline, { line: 3, character: 4 })).to.equal(undefined);
        expect(componentAt(outline, { line: 11, character: 4 })).to.equal(undefined);
    });
});
