import { expect } from 'chai';
import { type DocumentSymbol, SymbolKind } from 'vscode-languageserver';
import { buildWorkspace } from '../../helpers/workspace.js';
import { textDocumentOf } from './editor-workspace.js';
import { readSpecExample } from '../../helpers/spec-examples.js';


interface Outline {
    readonly name: string;
    readonly kind: SymbolKind;
    readonly detail?: string;
    readonly children?: Outline[];
}

async function outline(text: string): Promise<Outline[]> {
    const workspace = await buildWorkspace(text);
    const [document] = workspace.documents;
    const symbols = await workspace.services.lsp.DocumentSymbolProvider?.getSymbols(document, { textDocument: textDocumentOf(document) });
    return (symbols ?? []).map(simplify);
}

function simplify(symbol: DocumentSymbol): Outline {
    const children = symbol.children?.map(simplify);
    return { name: symbol.name, kind: symbol.kind, ...(symbol.detail ? { detail: symbol.detail } : {}), ...(children ? { children } : {}) };
}

describe('document symbols', () => {
    it('outlines architecture, groups, components, settings and transactions, with kinds and details', async () => {
        const symbols = await outline(readSpecExample('payments.arch'));
        expect(symbols).to.deep.equal([{
            name: 'Payments', kind: SymbolKind.Module, detail: 'Checkout and payments',
            children: [
                { name: 'requirements', kind: SymbolKind.Property },
                { name: 'Shopper', kind: SymbolKind.Object, detail: 'client' },
                { name: 'Edge', kind: SymbolKind.Interface, detail: 'gateway' },
                {
                    name: 'private', kind: SymbolKind.Namespace, detail: 'network',
                    children: [
                        { name: 'Checkout', kind: SymbolKind.Class, detail: 'service' },
                        { name: 'Orders', kind: SymbolKind.Struct, detail: 'database' },
                        { name: 'Ledger', kind: SymbolKind.Struct, detail: 'database' },
                        { name: 'Locks', kind: SymbolKind.Struct, detail: 'cache' },
                        { name: 'PlaceOrder', kind: SymbolKind.Method, detail: 'transaction' }
                    ]
                },
                { name: 'deployment', kind: SymbolKind.Property }
            ]
        }]);
    });

    it('nests groups as written, shows titles, and lists every architecture block of a file', async () => {
        const symbols = await outline([
            'architecture A "First" {',
            '  system Orders "order context" {',
            '    network internal { queue Jobs "the jobs" }',
            '  }',
            '}',
            'architecture B { function Resize }',
            ''
        ].join('\n'));
        expect(symbols).to.deep.equal([
            {
                name: 'A', kind: SymbolKind.Module, detail: 'First',
                children: [{
                    name: 'Orders', kind: SymbolKind.Package, detail: 'system "order context"',
                    children: [{
                        name: 'internal', kind: SymbolKind.Namespace, detail: 'network',
                        children: [{ name: 'Jobs', kind: SymbolKind.Event, detail: 'queue "the jobs"' }]
                    }]
                }]
            },
            { name: 'B', kind: SymbolKind.Module, children: [{ name: 'Resize', kind: SymbolKind.Function, detail: 'function' }] }
        ]);
    });

    it('selects the name of a symbol and spans its whole text', async () => {
        const workspace = await buildWorkspace('architecture A {\n  database Db {\n    replicas: 2\n  }\n}\n');
        const [document] = workspace.documents;
        const [architecture] = await workspace.services.lsp.DocumentSymbolProvider?.getSymbols(document, { textDocument: textDocumentOf(document) }) ?? [];
        const database = architecture.children?.[0];
        expect(database?.selectionRange).to.deep.equal({ start: { line: 1, character: 11 }, end: { line: 1, character: 13 } });
        expect(database?.range).to.deep.equal({ start: { line: 1, character: 2 }, end: { line: 3, character: 3 } });
    });
});
