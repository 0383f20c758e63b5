import { expect } from 'chai';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { DidChangeConfigurationNotification, InitializedNotification, InitializeRequest, PublishDiagnosticsNotification } from 'vscode-languageserver-protocol/node';
import { startServerChild, type ServerChild } from './lsp-child.js';
import { useTempFolder } from '../helpers/temp-folder.js';

/**
 * Regression: the server took every file of the workspace for a design (its
 * service registry answered for any extension, so the workspace search read
 * them all), and once the settings changed it reported "syntax errors" on a
 * README or a Compose file. Only `.arch` files are the language's.
 */
describe('language server workspace files (dist/server.cjs --stdio)', function () {
    this.timeout(30_000);
    const folder = useTempFolder('archlens-workspace-files-');
    let server: ServerChild | undefined;

    after(async () => {
        await server?.kill();
    });

    it('reviews the .arch files of the workspace and no other file, before and after a settings change', async () => {
        fs.writeFileSync(path.join(folder(), 'design.arch'), 'architecture A {\n  service X\n}\n');
        fs.writeFileSync(path.join(folder(), 'README.md'), '# Not a design\n\nSome text.\n');
        fs.writeFileSync(path.join(folder(), 'compose.yaml'), 'services:\n  db:\n    image: postgres:16\n');
        server = startServerChild();
        const { connection } = server;
        const published = new Set<string>();
        connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
            published.add(path.basename(new URL(params.uri).pathname));
        });
        const root = pathToFileURL(folder()).toString();
        await connection.sendRequest(InitializeRequest.type, { processId: process.pid, rootUri: root, workspaceFolders: [{ uri: root, name: 'w' }], capabilities: {} });
        await connection.sendNotification(InitializedNotification.type, {});
        // Workspace files are built (not published) at start; a settings change validates every document again.
        await new Promise((resolve) => setTimeout(resolve, 1000));
        await connection.sendNotification(DidChangeConfigurationNotification.type, { settings: { archlens: { review: { enabled: true } } } });
        const deadline = Date.now() + 15_000;
        while (!published.has('design.arch') && Date.now() < deadline) {
            await new Promise((resolve) => setTimeout(resolve, 100));
        }
        await new Promise((resolve) => setTimeout(resolve, 1000));
        expect([...published].sort(), server.stderr()).to.deep.equal(['design.arch']);
    });
});
