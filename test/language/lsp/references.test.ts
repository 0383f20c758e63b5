import { expect } from 'chai';
import type { Location } from 'vscode-languageserver';
import { buildWorkspace, type TestWorkspace } from '../../helpers/workspace.js';
import { documentNamed, positionOf, textDocumentOf } from './editor-workspace.js';

const FILES = {
    'shop.arch': 'architecture Shop {\n  database Db\n  service Api { -> Db : sql }\n}\n',
    'shop-jobs.arch': 'architecture Shop {\n  worker Jobs\n  Jobs -> Db\n  transaction Pay { writes: [Db] }\n}\n',
    'billing.arch': 'architecture Billing {\n  service Post { -> Shop.Db }\n  database Db\n  Post -> Db\n}\n'
};

async function references(workspace: TestWorkspace, file: string, needle: string, shift: number, includeDeclaration: boolean): Promise<string[]> {
    const document = documentNamed(workspace, file);
    const params = { textDocument: textDocumentOf(document), position: positionOf(document, needle, shift), context: { includeDeclaration } };
    const locations: Location[] = await workspace.services.lsp.ReferencesProvider?.findReferences(document, params) ?? [];
    return locations.map((location) => `${location.uri.slice(location.uri.lastIndexOf('/') + 1)} ${location.range.start.line}:${location.range.start.character}`).sort();
}

describe('find references', () => {
    let workspace: TestWorkspace;

    before(async () => {
        workspace = await buildWorkspace(FILES);
    });

    it('finds every reference across the files of the design and from other designs', async () => {
        expect(await references(workspace, 'shop.arch', 'database Db', 9, true)).to.deep.equal([
            'billing.arch 1:20', // `Shop.Db`
            'shop-jobs.arch 2:10',
            'shop-jobs.arch 3:29',
            'shop.arch 1:11', // the declaration
            'shop.arch 2:19'
        ]);
    });

    it('finds the same references from a qualified reference, without the declaration when asked', async () => {
        const found = await references(workspace, 'billing.arch', 'Shop.Db', 6, false);
        expect(found).to.have.length(4);
        expect(found).to.not.include('shop.arch 1:11');
    });

    it('keeps same-named components of different designs apart', async () => {
        expect(await references(workspace, 'billing.arch', 'database Db', 9, false)).to.deep.equal(['billing.arch 3:10']);
    });
});
