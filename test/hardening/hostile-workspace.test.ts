/**
 * The real server (dist/server.cjs over stdio) opened on a hostile
 * workspace: `.archlens.json` linking to /dev/zero or being a FIFO, imports
 * of a FIFO, of /dev/zero and of a Latin-1 file, a 33 MB design. Each gets a
 * diagnostic or a line in the log, the server never blocks or fills its
 * memory, and it answers the next request.
 */
import { expect } from 'chai';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { URI } from 'langium';
import {
    DidOpenTextDocumentNotification, DocumentSymbolRequest, InitializedNotification, InitializeRequest, LogMessageNotification, type PublishDiagnosticsParams,
    PublishDiagnosticsNotification
} from 'vscode-languageserver-protocol/node';
import { MAX_FILE_BYTES } from '../../src/files/read-file.js';
import { type ServerChild, startServerChild, waitFor } from '../server/lsp-child.js';

/** A design of its own per file: one design's configuration is its first file's. */
const design = (name: string): string => `architecture ${name} {\n  service Api\n}\n`;

describe('hardening: the language server on a hostile workspace', function () {
    this.timeout(60_000);
    let root = '';
    let server: ServerChild | undefined;
    const published = new Map<string, PublishDiagnosticsParams>();
    /** One handler per notification type: it keeps each file's last diagnostics and tells who waits. */
    const waiting = new Set<(params: PublishDiagnosticsParams) => void>();
    const log: string[] = [];
    const uriOf = (file: string): string => URI.file(path.join(root, file)).toString();

    before(async () => {
        root = fs.mkdtempSync(path.join(os.tmpdir(), 'archlens-hostile-workspace-'));
        for (const folder of ['zero', 'fifo', 'imports', 'large']) {
            fs.mkdirSync(path.join(root, folder));
        }
        fs.writeFileSync(path.join(root, 'zero/a.arch'), design('Zero'));
        fs.symlinkSync('/dev/zero', path.join(root, 'zero/.archlens.json'));
        fs.writeFileSync(path.join(root, 'fifo/b.arch'), design('Fifo'));
        execFileSync('mkfifo', [path.join(root, 'fifo/.archlens.json')]);
        fs.writeFileSync(path.join(root, 'imports/m.arch'), `import "pipe.arch"\nimport "dev.arch"\nimport "latin1.arch"\n${design('Imports')}`);
        execFileSync('mkfifo', [path.join(root, 'imports/pipe.arch')]);
        fs.symlinkSync('/dev/zero', path.join(root, 'imports/dev.arch'));
        fs.writeFileSync(path.join(root, 'imports/latin1.arch'), Buffer.concat([Buffer.from('architecture L {\n  service Caf'), Buffer.from([0xe9]), Buffer.from('\n}\n')]));
        fs.writeFileSync(path.join(root, 'large/big.arch'), '');
        fs.truncateSync(path.join(root, 'large/big.arch'), MAX_FILE_BYTES + 1); // sparse: no disk used

        server = startServerChild();
        server.connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
            published.set(params.uri, params);
            waiting.forEach((deliver) => deliver(params));
        });
        server.connection.onNotification(LogMessageNotification.type, (params) => {
            log.push(params.message);
        });
        await server.connection.sendRequest(InitializeRequest.type, {
            processId: process.pid, rootUri: URI.file(root).toString(), workspaceFolders: [{ uri: URI.file(root).toString(), name: 'hostile' }], capabilities: {}
        });
        await server.connection.sendNotification(InitializedNotification.type, {});
        // Langium validates the documents open in the editor.
        for (const file of ['zero/a.arch', 'fifo/b.arch', 'imports/m.arch']) {
            const text = fs.readFileSync(path.join(root, file), 'utf8');
            await server.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri: uriOf(file), languageId: 'arch', version: 1, text } });
        }
    });

    after(async () => {
        await server?.kill();
        fs.rmSync(root, { recursive: true, force: true });
    });

    function running(): ServerChild {
        if (!server) {
            throw new Error('the server did not start');
        }
        return server;
    }

    function messagesOn(file: string): Promise<string[]> {
        return waitFor<PublishDiagnosticsParams>(`diagnostics of ${file}`, 40_000,
            (deliver) => {
                published.forEach(deliver);
                waiting.add(deliver);
                return { dispose: () => waiting.delete(deliver) };
            },
            (params) => params.uri === uriOf(file) && params.diagnostics.length > 0
        ).then((params) => params.diagnostics.map((diagnostic) => String(diagnostic.message)));
    }

    it('reports a .archlens.json linking to /dev/zero, and one that is a FIFO, on the file', async () => {
        expect(await messagesOn('zero/.archlens.json')).to.deep.equal(['Cannot read the configuration: it is a device, not a regular file. The review uses the defaults until this is fixed.']);
        expect(await messagesOn('fifo/.archlens.json')).to.deep.equal(['Cannot read the configuration: it is a named pipe (FIFO), not a regular file. The review uses the defaults until this is fixed.']);
    });

    it('reports imports of a FIFO, of /dev/zero and of a Latin-1 file on the import lines', async () => {
        const messages = await messagesOn('imports/m.arch');
        expect(messages).to.include.members([
            "Cannot read 'pipe.arch': it is a named pipe (FIFO), not a regular file.",
            "Cannot read 'dev.arch': it is a device, not a regular file.",
            "Cannot read 'latin1.arch': it is not UTF-8 text (line 2 holds a byte that is not UTF-8); save it as UTF-8."
        ]);
    });

    it('leaves a design larger than the limit out of the workspace, saying so in the log', async () => {
        await messagesOn('imports/m.arch');
        expect(log.filter((line) => line.includes('big.arch'))).to.deep.equal([
            `ArchLens leaves out ${path.join(root, 'large/big.arch')}: it is larger than 32 MB, the most ArchLens reads: is it the right file?`
        ]);
    });

    it('answers the next request', async () => {
        const symbols = await running().connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri: uriOf('zero/a.arch') } });
        expect(JSON.stringify(symbols)).to.contain('Api');
        expect(running().process.exitCode).to.equal(null);
    });
});
