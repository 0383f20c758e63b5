/** archlens/importReview and archlens/importDesign: a deployment in the workspace reviewed and imported; anything else a message, never a crash. */
import { expect } from 'chai';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { URI } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import { importDesignFor, importReviewFor } from '../../src/server/import-request.js';
import { useTempFolder } from '../helpers/temp-folder.js';

const SHOP = path.resolve(import.meta.dirname, '../fixtures/import/compose/shop');

/** Just what the requests read of the server: its workspace folders. */
function serverWith(folders: readonly string[]): LangiumSharedServices {
    return { workspace: { WorkspaceManager: { workspaceFolders: folders.map((folder) => ({ uri: URI.file(folder).toString(), name: path.basename(folder) })) } } } as unknown as LangiumSharedServices;
}

describe('the import requests', () => {
    const folder = useTempFolder('archlens-import-request-', { perTest: true });

    function shop(): string {
        const project = path.join(folder(), 'shop');
        fs.mkdirSync(project);
        for (const name of ['compose.yaml', 'compose.override.yaml']) {
            fs.copyFileSync(path.join(SHOP, name), path.join(project, name));
        }
        return project;
    }

    it('reviews the deployment an open Compose file belongs to, its override included, with findings on the YAML lines', async () => {
        const project = shop();
        const result = await importReviewFor(serverWith([folder()]), { uri: URI.file(path.join(project, 'compose.override.yaml')).toString() });
        if (!result.ok) {
            throw new Error(result.message);
        }
        expect(result.files.map((file) => path.basename(URI.parse(file).fsPath))).to.deep.equal(['compose.yaml', 'compose.override.yaml']);
        const ephemeral = result.findings.find((finding) => finding.rule === 'dr/ephemeral-storage');
        expect(ephemeral?.uri).to.equal(URI.file(path.join(project, 'compose.yaml')).toString());
        expect(ephemeral?.range.start.line).to.equal(27);
    });

    it('writes the design a folder of Compose files describes', async () => {
        const result = await importDesignFor(serverWith([folder()]), { uri: URI.file(shop()).toString() });
        expect(result.ok && result.name).to.equal('Shop');
        expect(result.ok && result.text).to.contain('database Db "db" {');
    });

    it('reads nothing outside the workspace\'s folders, and says what is not a deployment', async () => {
        const project = shop();
        const outside = await importReviewFor(serverWith([path.join(folder(), 'elsewhere')]), { uri: URI.file(path.join(project, 'compose.yaml')).toString() });
        expect(outside).to.deep.equal({ ok: false, message: 'ArchLens reads deployments only inside the workspace\'s folders.' });
        fs.writeFileSync(path.join(project, 'ci.yml'), 'on: push\njobs: {}\n');
        const notDeployment = await importReviewFor(serverWith([folder()]), { uri: URI.file(path.join(project, 'ci.yml')).toString() });
        expect(notDeployment).to.deep.equal({ ok: false, message: 'ci.yml is not a Compose file or a Kubernetes manifest.' });
        expect(await importDesignFor(serverWith([folder()]), { uri: 'untitled:Untitled-1' })).to.deep.equal({ ok: false, message: 'Only a saved Compose file or manifest (or a folder of them) can be imported.' });
        expect((await importDesignFor(serverWith([folder()]), undefined as unknown as { uri: string })).ok).to.equal(false);
    });

    it('answers a broken Compose file with its findings', async () => {
        const project = path.join(folder(), 'broken');
        fs.mkdirSync(project);
        fs.writeFileSync(path.join(project, 'compose.yaml'), 'services:\n  db:\n    image: [postgres\n');
        const result = await importReviewFor(serverWith([folder()]), { uri: URI.file(path.join(project, 'compose.yaml')).toString() });
        expect(result.ok && result.findings.map((finding) => finding.rule)).to.deep.equal(['import/invalid-yaml']);
    });
});
