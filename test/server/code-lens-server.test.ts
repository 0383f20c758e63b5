import { expect } from 'chai';
import {
    type CodeLens, CodeLensRefreshRequest, CodeLensRequest, DidOpenTextDocumentNotification,
    InitializedNotification, InitializeRequest
} from 'vscode-languageserver-protocol/node';
import { type ServerChild, startServerChild, waitFor } from './lsp-child.js';

const URI = 'file:///workspace/estimates.arch';
const TEXT = 'architecture Estimates {\n  requirements { peak_rps: 3k }\n  client U\n  service Api { replicas: 2 }\n  U -> Api\n}\n';

describe('estimate code lenses over stdio (dist/server.cjs --stdio)', function () {
    this.timeout(30_000);
    let server: ServerChild | undefined;

    after(async () => {
        await server?.kill();
    });

    it('asks the client to refresh lenses after a build, and serves them', async () => {
        server = startServerChild();
        const { connection } = server;
        const refreshed = waitFor<true>('workspace/codeLens/refresh', 20_000,
            (deliver) => connection.onRequest(CodeLensRefreshRequest.type, () => {
                deliver(true);
            }),
            () => true);
        await connection.sendRequest(InitializeRequest.type, {
            processId: process.pid, rootUri: null, workspaceFolders: null,
            capabilities: { workspace: { codeLens: { refreshSupport: true } } }
        });
        await connection.sendNotification(InitializedNotification.type, {});
        await connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri: URI, languageId: 'arch', version: 1, text: TEXT } });
        await refreshed;
        const lenses: CodeLens[] | null = await connection.sendRequest(CodeLensRequest.type, { textDocument: { uri: URI } });
        expect(lenses?.map((lens) => [lens.range.start.line, lens.command?.title]), server.stderr()).to.deep.equal([[3, '≈ 3k rps · 150% of capacity · 99.9975% available']]);
    });
});
