import { expect } from 'chai';
import type { LangiumDocument } from 'langium';
import { type SemanticTokenProvider, SemanticTokensDecoder } from 'langium/lsp';
import { buildWorkspace } from '../../helpers/workspace.js';
import { documentNamed, textDocumentOf } from './editor-workspace.js';

interface Highlight {
    readonly type: string;
    readonly modifiers: readonly string[];
}

const SHOP = [
    'architecture Shop "The shop" {',
    '  requirements { peak_rps: 2k, availability: 99.9% }',
    '  network private {',
    '    service Api {',
    '      replicas: 3',
    '      -> Orders : sql, tls',
    '      -> Billing.Ledger',
    '    }',
    '    database Orders { engine: postgres, replication: async, backup: { mode: pitr } }',
    '    cache Odd { engine: fancydb, stateless: true }',
    '  }',
    '  transaction Pay { writes: [Orders, Billing.Ledger] }',
    '  Api -> Orders -> Odd',
    '}',
    ''
].join('\n');

/** Every highlighted token by its text (later tokens with the same text are suffixed `#2`, `#3`…). */
async function highlights(text: string): Promise<Map<string, Highlight>> {
    const workspace = await buildWorkspace({ 'shop.arch': text, 'billing.arch': 'architecture Billing {\n  database Ledger\n}\n' });
    const provider = workspace.services.lsp.SemanticTokenProvider;
    if (!provider) {
        throw new Error('no semantic token provider');
    }
    const document = documentNamed(workspace, 'shop.arch');
    return decode(provider, document, await provider.semanticHighlight(document, { textDocument: textDocumentOf(document) }));
}

function decode(provider: SemanticTokenProvider, document: LangiumDocument, tokens: Parameters<typeof SemanticTokensDecoder.decode>[0]): Map<string, Highlight> {
    const typeNames = new Map(Object.entries(provider.tokenTypes).map(([name, index]) => [index, name]));
    const result = new Map<string, Highlight>();
    for (const token of SemanticTokensDecoder.decode(tokens, provider.tokenTypes, document)) {
        const modifiers = Object.entries(provider.tokenModifiers).filter(([, bit]) => (token.tokenModifiers & bit) !== 0).map(([name]) => name);
        let key = token.text;
        for (let index = 2; result.has(key); index++) {
            key = `${token.text}#${index}`;
        }
        result.set(key, { type: typeNames.get(Number(token.tokenType)) ?? String(token.tokenType), modifiers });
    }
    return result;
}

describe('semantic tokens', () => {
    let tokens: Map<string, Highlight>;

    before(async () => {
        tokens = await highlights(SHOP);
    });

    it('marks component kinds as types of the language', () => {
        expect(tokens.get('service')).to.deep.equal({ type: 'type', modifiers: ['defaultLibrary'] });
        expect(tokens.get('database')).to.deep.equal({ type: 'type', modifiers: ['defaultLibrary'] });
    });

    it('marks component declarations, and references without the declaration modifier', () => {
        expect(tokens.get('Api')).to.deep.equal({ type: 'variable', modifiers: ['declaration'] });
        expect(tokens.get('Orders')).to.deep.equal({ type: 'variable', modifiers: [] }); // `-> Orders` comes first
        expect(tokens.get('Orders#2')).to.deep.equal({ type: 'variable', modifiers: ['declaration'] });
        expect(tokens.get('Orders#3')).to.deep.equal({ type: 'variable', modifiers: [] }); // in `writes`
    });

    it('marks extend as a keyword and what it extends as a component reference', async () => {
        const extended = await highlights('architecture Shop {\n  database Orders\n  extend Orders { replicas: 2 }\n}\n');
        expect(extended.get('extend')).to.deep.equal({ type: 'keyword', modifiers: [] });
        expect(extended.get('Orders#2')).to.deep.equal({ type: 'variable', modifiers: [] });
    });

    it('marks the design prefix of a qualified reference as a namespace', () => {
        expect(tokens.get('Billing')).to.deep.equal({ type: 'namespace', modifiers: [] });
        expect(tokens.get('Ledger')).to.deep.equal({ type: 'variable', modifiers: [] });
    });

    it('marks design and group names as namespaces, transactions as functions', () => {
        expect(tokens.get('Shop')).to.deep.equal({ type: 'namespace', modifiers: ['declaration'] });
        expect(tokens.get('private')).to.deep.equal({ type: 'namespace', modifiers: ['declaration'] });
        expect(tokens.get('Pay')).to.deep.equal({ type: 'function', modifiers: ['declaration'] });
    });

    it('marks keywords, group kinds and settings kinds as keywords', () => {
        for (const keyword of ['architecture', 'network', 'requirements', 'transaction']) {
            expect(tokens.get(keyword)?.type, keyword).to.equal('keyword');
        }
    });

    it('marks property keys, writes and values', () => {
        expect(tokens.get('replicas')?.type).to.equal('property');
        expect(tokens.get('backup')?.type).to.equal('property');
        expect(tokens.get('mode')?.type).to.equal('property');
        expect(tokens.get('writes')?.type).to.equal('property');
        expect(tokens.get('async')?.type).to.equal('enumMember');
        expect(tokens.get('pitr')?.type).to.equal('enumMember');
        expect(tokens.get('true')?.type).to.equal('keyword');
        expect(tokens.get('"The shop"')?.type).to.equal('string');
    });

    it('marks numbers with their units as numbers', () => {
        for (const number of ['2k', '99.9%', '3']) {
            expect(tokens.get(number)?.type, number).to.equal('number');
        }
    });

    it('marks engines as classes, known ones as part of the library', () => {
        expect(tokens.get('postgres')).to.deep.equal({ type: 'class', modifiers: ['defaultLibrary'] });
        expect(tokens.get('fancydb')).to.deep.equal({ type: 'class', modifiers: [] });
    });

    it('marks shorthand words and arrows', () => {
        expect(tokens.get('sql')?.type).to.equal('enumMember');
        expect(tokens.get('tls')?.type).to.equal('enumMember');
        expect(tokens.get('->')?.type).to.equal('operator');
        for (const arrow of ['->#2', '->#3', '->#4']) {
            expect(tokens.get(arrow)?.type, arrow).to.equal('operator');
        }
    });
});
