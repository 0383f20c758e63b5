import { expect } from 'chai';
import type { LocationLink } from 'vscode-languageserver';
import { buildWorkspace, type TestWorkspace } from '../../helpers/workspace.js';
import { documentNamed, positionOf, textDocumentOf } from './editor-workspace.js';

const FILES = {
    'shop.arch': 'architecture Shop {\n  database Db\n  service Api { -> Db : sql }\n}\n',
    'shop-jobs.arch': 'architecture Shop {\n  worker Jobs\n  Jobs -> Db\n  transaction Pay { writes: [Db] }\n}\n',
    'billing.arch': 'architecture Billing {\n  service Post { -> Shop.Db }\n  database Db\n  Post -> Db\n}\n'
};

async function definition(workspace: TestWorkspace, file: string, needle: string, shift: number): Promise<LocationLink[]> {
    const document = documentNamed(workspace, file);
    const links = await workspace.services.lsp.DefinitionProvider?.getDefinition(document, { textDocument: textDocumentOf(document), position: positionOf(document, needle, shift) });
    return links ?? [];
}

/** `file line:character` of each target's name (0-based). */
function targets(links: readonly LocationLink[]): string[] {
    return links.map((link) => `${link.targetUri.slice(link.targetUri.lastIndexOf('/') + 1)} ${link.targetSelectionRange.start.line}:${link.targetSelectionRange.start.character}`);
}

describe('go to definition', () => {
    let workspace: TestWorkspace;

    before(async () => {
        workspace = await buildWorkspace(FILES);
    });

    it('goes from a plain reference to the declaration in another file of the same design', async () => {
        expect(targets(await definition(workspace, 'shop-jobs.arch', 'Jobs -> Db', 9))).to.deep.equal(['shop.arch 1:11']);
        expect(targets(await definition(workspace, 'shop-jobs.arch', '[Db]', 1))).to.deep.equal(['shop.arch 1:11']);
    });

    it('goes from a qualified reference to the other design\'s component, from either segment', async () => {
        expect(targets(await definition(workspace, 'billing.arch', 'Shop.Db', 6))).to.deep.equal(['shop.arch 1:11']);
        expect(targets(await definition(workspace, 'billing.arch', 'Shop.Db', 1))).to.deep.equal(['shop.arch 1:11']);
    });

    it('resolves a plain name inside its own design, not a same-named component of another', async () => {
        expect(targets(await definition(workspace, 'billing.arch', 'Post -> Db', 9))).to.deep.equal(['billing.arch 2:11']);
    });

    it('goes from an outgoing connection inside a component', async () => {
        expect(targets(await definition(workspace, 'shop.arch', '-> Db', 4))).to.deep.equal(['shop.arch 1:11']);
    });
});
