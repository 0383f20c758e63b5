import { expect } from 'chai';
import type { RenameProvider } from 'langium/lsp';
import { ResponseError, type TextEdit, type WorkspaceEdit } from 'vscode-languageserver';
import { buildWorkspace, type TestWorkspace } from '../../helpers/workspace.js';
import { applyEdits, documentNamed, positionOf, textDocumentOf } from './editor-workspace.js';

const FILES = {
    'shop.arch': 'architecture Shop {\n  database Db\n  service Api { -> Db : sql }\n}\n',
    'shop-jobs.arch': 'architecture Shop {\n  worker Jobs\n  Jobs -> Db\n  transaction Pay { writes: [Db] }\n}\n',
    'billing.arch': 'architecture Billing {\n  service Post { -> Shop.Db }\n  database Db\n}\n'
};

function renamer(workspace: TestWorkspace): RenameProvider {
    const provider = workspace.services.lsp.RenameProvider;
    if (!provider) {
        throw new Error('no rename provider');
    }
    return provider;
}

async function rename(workspace: TestWorkspace, file: string, needle: string, shift: number, newName: string): Promise<WorkspaceEdit | undefined> {
    const document = documentNamed(workspace, file);
    return renamer(workspace).rename(document, { textDocument: textDocumentOf(document), position: positionOf(document, needle, shift), newName });
}

/** Every file's text after the edit. */
function applied(workspace: TestWorkspace, edit: WorkspaceEdit | undefined): Record<string, string> {
    const changes: Record<string, TextEdit[]> = edit?.changes ?? {};
    return Object.fromEntries(workspace.documents.map((document) => [
        document.uri.path.slice(document.uri.path.lastIndexOf('/') + 1),
        applyEdits(document, changes[document.uri.toString()] ?? [])
    ]));
}

const RENAMED = {
    'shop.arch': 'architecture Shop {\n  database Store\n  service Api { -> Store : sql }\n}\n',
    'shop-jobs.arch': 'architecture Shop {\n  worker Jobs\n  Jobs -> Store\n  transaction Pay { writes: [Store] }\n}\n',
    // Billing's own Db is another component: untouched.
    'billing.arch': 'architecture Billing {\n  service Post { -> Shop.Store }\n  database Db\n}\n'
};

describe('rename', () => {
    let workspace: TestWorkspace;

    beforeEach(async () => {
        workspace = await buildWorkspace(FILES);
    });

    it('renames the declaration and every reference in every file, keeping the design prefix', async () => {
        expect(applied(workspace, await rename(workspace, 'shop.arch', 'database Db', 9, 'Store'))).to.deep.equal(RENAMED);
    });

    it('renames the steps of a journey too', async () => {
        const journeys = await buildWorkspace({ 'shop.arch': 'architecture Shop {\n  client Web\n  service Api\n  journey Browse { Web -> Api }\n}\n' });
        expect(applied(journeys, await rename(journeys, 'shop.arch', 'service Api', 8, 'Backend'))).to.deep.equal({
            'shop.arch': 'architecture Shop {\n  client Web\n  service Backend\n  journey Browse { Web -> Backend }\n}\n'
        });
    });

    it('does the same from a reference in another file', async () => {
        expect(applied(workspace, await rename(workspace, 'shop-jobs.arch', '[Db]', 1, 'Store'))).to.deep.equal(RENAMED);
    });

    it('does the same from either segment of a qualified reference', async () => {
        expect(applied(workspace, await rename(workspace, 'billing.arch', 'Shop.Db', 6, 'Store'))).to.deep.equal(RENAMED);
        expect(applied(workspace, await rename(workspace, 'billing.arch', 'Shop.Db', 1, 'Store'))).to.deep.equal(RENAMED);
    });

    it('offers only the name segment of a qualified reference for editing', async () => {
        const document = documentNamed(workspace, 'billing.arch');
        const range = await renamer(workspace).prepareRename(document, { textDocument: textDocumentOf(document), position: positionOf(document, 'Shop.Db', 1) });
        expect(range).to.deep.equal({ start: positionOf(document, 'Shop.Db', 5), end: positionOf(document, 'Shop.Db', 7) });
    });

    for (const [newName, why] of [['9lives', 'starts with a digit'], ['my-db', 'has a hyphen'], ['database', 'is a keyword'], ['', 'is empty'], ['Shop.Db', 'is qualified']]) {
        it(`refuses a new name that ${why}`, async () => {
            const attempt = rename(workspace, 'shop.arch', 'database Db', 9, newName);
            await expectRejection(attempt, /is not a valid name/);
        });
    }

    it('refuses a name the design already uses', async () => {
        await expectRejection(rename(workspace, 'shop.arch', 'database Db', 9, 'Jobs'), /Design Shop already has a component named 'Jobs'/);
    });
});

async function expectRejection(attempt: Promise<unknown>, message: RegExp): Promise<void> {
    const outcome = await attempt.then(() => undefined, (error: unknown) => error);
    // A ResponseError reaches the editor as a message instead of a crash.
    expect(outcome, 'the rename should be refused').to.be.instanceOf(ResponseError);
    expect((outcome as Error).message).to.match(message);
}
