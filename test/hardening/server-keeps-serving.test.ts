/**
 * The real server (dist/server.cjs over stdio) given the worst files at
 * once: each gets its diagnostics, editor requests on them answer, and a
 * good file opened after them is reviewed as usual.
 */
import { expect } from 'chai';
import {
    DidOpenTextDocumentNotification, DocumentFormattingRequest, HoverRequest, InitializedNotification, InitializeRequest,
    type PublishDiagnosticsParams, PublishDiagnosticsNotification
} from 'vscode-languageserver-protocol/node';
import { type ServerChild, startServerChild, waitFor } from '../server/lsp-child.js';

/** Printable and unprintable characters, NULs and lone surrogates, as a decoder hands over a binary file. */
function garbage(length: number): string {
    let seed = 11;
    const next = (): number => (seed = (seed * 48_271) % 2_147_483_647);
    return Array.from({ length }, () => String.fromCharCode(next() % 0xe000)).join('');
}

const FILES: Readonly<Record<string, string>> = {
    'garbage.arch': garbage(200_000),
    'deep.arch': `architecture Deep {\n  service Api { tags: ${'['.repeat(10_000)} }\n`,
    'long-line.arch': `architecture Long { service Api { description: "${'x'.repeat(1_000_000)}" } }\n`,
    'good.arch': 'architecture Good {\n  client Web\n  service Api\n  Web -> Api : https\n}\n'
};

const uriOf = (file: string): string => `file:///workspace/${file}`;

describe('hardening: the language server keeps serving', function () {
    this.timeout(60_000);
    let server: ServerChild | undefined;
    const published = new Map<string, PublishDiagnosticsParams>();

    before(async () => {
        server = startServerChild();
        await server.connection.sendRequest(InitializeRequest.type, { processId: process.pid, rootUri: null, workspaceFolders: null, capabilities: {} });
        await server.connection.sendNotification(InitializedNotification.type, {});
    });

    after(async () => {
        await server?.kill();
    });

    function running(): ServerChild {
        if (!server) {
            throw new Error('the server did not start');
        }
        return server;
    }

    it('publishes diagnostics for garbage, 10,000-deep nesting and a 1 MB line, then reviews a good file', async () => {
        const { connection } = running();
        const all = waitFor<number>('diagnostics of every file', 50_000,
            // One handler per notification type: this one keeps every file's last diagnostics.
            (deliver) => connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
                published.set(params.uri, params);
                deliver(published.size);
            }),
            (count) => count === Object.keys(FILES).length);
        for (const [file, text] of Object.entries(FILES)) {
            await connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri: uriOf(file), languageId: 'arch', version: 1, text } });
        }
        await all.catch((error: unknown) => {
            // Which files were left without diagnostics, and what the server said, make a rare failure readable.
            const missing = Object.keys(FILES).filter((file) => !published.has(uriOf(file)));
            throw new Error(`${String(error)}; no diagnostics for ${missing.join(', ')}; server stderr: ${running().stderr().slice(-2000)}`);
        });
        expect(published.get(uriOf('garbage.arch'))?.diagnostics.length).to.be.greaterThan(0);
        expect(published.get(uriOf('deep.arch'))?.diagnostics.map((diagnostic) => diagnostic.message)).to.include("Nested deeper than 64 levels: ArchLens skips what is inside this '['.");
        expect(published.get(uriOf('good.arch'))?.diagnostics.map((diagnostic) => diagnostic.code)).to.include('avail/single-point-of-failure');
        expect(running().process.exitCode).to.equal(null);
    });

    it('answers formatting and hover on the garbage file, and hover on the good one', async () => {
        const { connection } = running();
        const edits = await connection.sendRequest(DocumentFormattingRequest.type, { textDocument: { uri: uriOf('garbage.arch') }, options: { tabSize: 2, insertSpaces: true } });
        expect(edits ?? []).to.deep.equal([]);
        await connection.sendRequest(HoverRequest.type, { textDocument: { uri: uriOf('garbage.arch') }, position: { line: 0, character: 5 } });
        const hover = await connection.sendRequest(HoverRequest.type, { textDocument: { uri: uriOf('good.arch') }, position: { line: 2, character: 4 } });
        expect(JSON.stringify(hover?.contents)).to.contain('service');
        expect(running().stderr()).not.to.match(/RangeError|Maximum call stack/);
    });
});
