import { expect } from 'chai';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
    DidChangeWatchedFilesNotification, DidOpenTextDocumentNotification, FileChangeType, InitializedNotification, InitializeRequest, PublishDiagnosticsNotification,
    type PublishDiagnosticsParams
} from 'vscode-languageserver-protocol/node';
import { IMPORT_REVIEW_REQUEST, type ImportReviewResult } from '../../src/import/import-protocol.js';
import { startServerChild, type ServerChild } from './lsp-child.js';
import { useTempFolder } from '../helpers/temp-folder.js';

const SHOP = path.resolve(import.meta.dirname, '../fixtures/import/compose/shop');

/**
 * An `.arch` file of the workspace imports a Compose file and extends its
 * components: the server reads the deployment into the workspace (so the
 * extend resolves), never publishes diagnostics at the design text's lines on
 * the YAML, shows the YAML's findings as the workspace reviews them (with the
 * extend), and reads the deployment again when its file changes.
 */
describe('language server: an .arch file importing a deployment (dist/server.cjs --stdio)', function () {
    this.timeout(40_000);
    const folder = useTempFolder('archlens-deployment-imports-');
    let server: ServerChild | undefined;

    after(async () => {
        await server?.kill();
    });

    async function until<T>(read: () => T | undefined, what: string): Promise<T> {
        const deadline = Date.now() + 20_000;
        for (;;) {
            const value = read();
            if (value !== undefined) {
                return value;
            }
            if (Date.now() > deadline) {
                throw new Error(`timed out waiting for ${what}\n${server?.stderr() ?? ''}`);
            }
            await new Promise((resolve) => setTimeout(resolve, 100));
        }
    }

    it('resolves the extend, reviews the YAML with it, and follows the YAML', async () => {
        for (const file of ['compose.yaml', 'compose.override.yaml']) {
            fs.copyFileSync(path.join(SHOP, file), path.join(folder(), file));
        }
        const design = path.join(folder(), 'shop.arch');
        const text = 'import "compose.yaml" as Storefront\n\narchitecture Storefront {\n  extend Db { volume: persistent }\n}\n';
        fs.writeFileSync(design, text);
        server = startServerChild();
        const { connection } = server;
        const published = new Map<string, PublishDiagnosticsParams>();
        connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
            published.set(path.basename(new URL(params.uri).pathname), params);
        });
        const root = pathToFileURL(folder()).toString();
        await connection.sendRequest(InitializeRequest.type, { processId: process.pid, rootUri: root, workspaceFolders: [{ uri: root, name: 'w' }], capabilities: {} });
        await connection.sendNotification(InitializedNotification.type, {});
        const designUri = pathToFileURL(design).toString();
        await connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri: designUri, languageId: 'arch', version: 1, text } });
        // The extend resolves once the deployment is in the workspace.
        await until(() => {
            const diagnostics = published.get('shop.arch')?.diagnostics;
            return diagnostics && !diagnostics.some((diagnostic) => String(diagnostic.message).includes('Unknown component')) ? diagnostics : undefined;
        }, 'the extend to resolve');
        const composeUri = pathToFileURL(path.join(folder(), 'compose.yaml')).toString();
        const review = async (): Promise<ImportReviewResult> => connection.sendRequest(IMPORT_REVIEW_REQUEST, { uri: composeUri });
        const first = await review();
        if (!first.ok) {
            throw new Error(first.message);
        }
        const rules = first.findings.map((finding) => finding.rule);
        expect(rules, 'the volume the extend adds settles the ephemeral store').to.not.include('dr/ephemeral-storage');
        expect(rules).to.include('sec/published-store-port');
        expect(published.has('compose.yaml'), 'no diagnostics at the design text\'s lines on the YAML').to.equal(false);

        // A second database published on the host appears once the Compose file changes on disk.
        const compose = path.join(folder(), 'compose.yaml');
        fs.writeFileSync(compose, fs.readFileSync(compose, 'utf8').replace('services:\n', 'services:\n  reports:\n    image: postgres:16\n    ports:\n      - "5433:5432"\n'));
        await connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: composeUri, type: FileChangeType.Changed }] });
        // Two published stores are one decision of the Compose file: one finding that names both (round 22).
        const deadline = Date.now() + 20_000;
        let both = false;
        while (!both && Date.now() < deadline) {
            const next = await review();
            both = next.ok && next.findings.some((finding) => finding.rule === 'sec/published-store-port' && finding.message.startsWith('2 stores publish their ports'));
            await new Promise((resolve) => setTimeout(resolve, 200));
        }
        expect(both, server.stderr()).to.equal(true);
    });
});
