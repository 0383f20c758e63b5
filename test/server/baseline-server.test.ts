/**
 * The editor and CI agree on what is new: with `baseline` in .archlens.json,
 * the language server hides the findings the baseline accepts (the default)
 * or shows them as faded hints (`archlens.review.baselined: "hint"`), and
 * warns when the named baseline cannot be read.
 */
import { expect } from 'chai';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
    ConfigurationRequest, type Diagnostic, DidOpenTextDocumentNotification, InitializedNotification, InitializeRequest, PublishDiagnosticsNotification
} from 'vscode-languageserver-protocol/node';
import { runCli } from '../helpers/cli.js';
import { useTempFolder } from '../helpers/temp-folder.js';
import { type ServerChild, startServerChild, waitFor } from './lsp-child.js';

const PAY = 'architecture Pay {\n  client Web\n  service Api { replicas: 2 }\n  Web -> Api : http { data: [payment] }\n}\n';
const NEW_HOP = PAY.replace('  Web -> Api', '  service Refunds\n  Api -> Refunds : https\n  Web -> Api');

describe('language server: findings a configured baseline accepts (dist/server.cjs --stdio)', function () {
    this.timeout(40_000);
    const folder = useTempFolder('archlens-baseline-server-', { perTest: true });
    let server: ServerChild | undefined;

    afterEach(async () => {
        await server?.kill();
        server = undefined;
    });

    /** Opens `text` as pay.arch in a workspace whose baseline accepts PAY's findings; the diagnostics once published. */
    async function diagnosticsFor(text: string, settings?: Record<string, unknown>, baseline = true): Promise<Diagnostic[]> {
        const design = path.join(folder(), 'pay.arch');
        fs.writeFileSync(design, PAY);
        if (baseline) {
            expect((await runCli(['baseline', 'pay.arch'], folder())).code).to.equal(0);
        }
        fs.writeFileSync(path.join(folder(), '.archlens.json'), '{ "baseline": ".archlens-baseline.json" }\n');
        server = startServerChild();
        const { connection } = server;
        const uri = pathToFileURL(design).toString();
        connection.onRequest(ConfigurationRequest.type, (params) => params.items.map(() => settings ?? null));
        const published = waitFor<Diagnostic[]>('diagnostics of pay.arch', 20_000,
            (deliver) => connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
                if (params.uri === uri) {
                    deliver(params.diagnostics);
                }
            }),
            () => true);
        const root = pathToFileURL(folder()).toString();
        await connection.sendRequest(InitializeRequest.type, {
            processId: process.pid, rootUri: root, workspaceFolders: [{ uri: root, name: 'w' }],
            capabilities: settings ? { workspace: { configuration: true } } : {}
        });
        await connection.sendNotification(InitializedNotification.type, {});
        await connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'arch', version: 1, text } });
        return published;
    }

    const codes = (diagnostics: readonly Diagnostic[]): string[] => diagnostics.map((diagnostic) => `${String(diagnostic.code)}@${diagnostic.severity}`).sort();

    it('hides what the baseline accepts and shows what is new', async () => {
        const diagnostics = await diagnosticsFor(NEW_HOP);
        expect(diagnostics.map((diagnostic) => String(diagnostic.code)), server?.stderr()).not.to.include('sec/unencrypted-transport');
        expect(diagnostics.length, JSON.stringify(diagnostics)).to.be.greaterThan(0);
        expect(diagnostics.every((diagnostic) => !String(diagnostic.message).includes('accepted in the baseline'))).to.equal(true);
    });

    it('shows accepted findings as faded hints when archlens.review.baselined is "hint"', async () => {
        const diagnostics = await diagnosticsFor(PAY, { review: { baselined: 'hint' } });
        expect(codes(diagnostics), server?.stderr()).to.include('sec/unencrypted-transport@4');
        const accepted = diagnostics.filter((diagnostic) => String(diagnostic.message).endsWith('(accepted in the baseline)'));
        expect(accepted.length).to.equal(4);
        expect(accepted.every((diagnostic) => diagnostic.severity === 4 && diagnostic.tags?.includes(1))).to.equal(true);
    });

    it('warns when the baseline .archlens.json names cannot be read, and shows every finding', async () => {
        const diagnostics = await diagnosticsFor(PAY, undefined, false);
        expect(diagnostics.some((diagnostic) => diagnostic.code === 'config' && String(diagnostic.message).includes('cannot be read')), JSON.stringify(diagnostics)).to.equal(true);
        expect(codes(diagnostics)).to.include('sec/unencrypted-transport@1');
    });
});
