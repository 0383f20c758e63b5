import { expect } from 'chai';
import {
    DidChangeTextDocumentNotification, DidCloseTextDocumentNotification, DidOpenTextDocumentNotification, InitializedNotification, InitializeRequest,
    type PublishDiagnosticsParams, PublishDiagnosticsNotification
} from 'vscode-languageserver-protocol/node';
import { type ServerChild, startServerChild, waitFor } from './lsp-child.js';

const UNTITLED = 'untitled:Untitled-1';
const SAVED = 'file:///workspace/after.arch';

/** Regression: closing an unsaved document made the next build throw ("no services for the extension ''") and the server exit. */
describe('language server after an unsaved document is closed (dist/server.cjs --stdio)', function () {
    this.timeout(30_000);
    let server: ServerChild | undefined;

    after(async () => {
        await server?.kill();
    });

    it('goes on serving other documents', async () => {
        server = startServerChild();
        const { connection } = server;
        // One handler per notification method: it hands each publication to the waiters.
        const waiters = new Set<(params: PublishDiagnosticsParams) => void>();
        connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
            waiters.forEach((waiter) => waiter(params));
        });
        /** The next diagnostics of `uri` published from now on (the server sends no document version). */
        const nextDiagnosticsOf = (uri: string) => waitFor<PublishDiagnosticsParams>(`diagnostics of ${uri}`, 20_000, (deliver) => {
            waiters.add(deliver);
            return { dispose: () => waiters.delete(deliver) };
        }, (params) => params.uri === uri);
        await connection.sendRequest(InitializeRequest.type, { processId: process.pid, rootUri: null, workspaceFolders: null, capabilities: {} });
        await connection.sendNotification(InitializedNotification.type, {});
        let published = nextDiagnosticsOf(UNTITLED);
        await connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri: UNTITLED, languageId: 'arch', version: 1, text: 'architecture Scratch {\n  service Api\n}\n' } });
        await published;
        published = nextDiagnosticsOf(UNTITLED);
        await connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri: UNTITLED, version: 2 }, contentChanges: [{ text: 'architecture Scratch {\n  service Api\n  service Web\n}\n' }] });
        await published;
        await connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri: UNTITLED } });
        published = nextDiagnosticsOf(SAVED);
        await connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri: SAVED, languageId: 'arch', version: 1, text: 'architecture After {\n  servce Broken\n}\n' } });
        expect((await published).diagnostics.map((diagnostic) => diagnostic.code), server.stderr()).to.include('syntax');
        published = nextDiagnosticsOf(SAVED);
        await connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri: SAVED, version: 2 }, contentChanges: [{ text: 'architecture After {\n  service Fixed\n}\n' }] });
        expect((await published).diagnostics.map((diagnostic) => diagnostic.code)).to.not.include('syntax');
        expect(server.process.exitCode, server.stderr()).to.equal(null);
        expect(server.stderr()).to.not.match(/no services for the extension|ENOENT/);
    });
});
