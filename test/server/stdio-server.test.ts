import { expect } from 'chai';
import { execFileSync } from 'node:child_process';
import {
    type CodeAction, CodeActionRequest, CompletionRequest, type CompletionItem, type CompletionList, type Diagnostic,
    DidChangeTextDocumentNotification, DidOpenTextDocumentNotification, ExitNotification,
    InitializedNotification, InitializeRequest, type InitializeResult, type PublishDiagnosticsParams,
    PublishDiagnosticsNotification, ShutdownRequest
} from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { nodeForServer, type ServerChild, startServerChild, waitFor } from './lsp-child.js';

const DOCUMENT_URI = 'file:///workspace/shop.arch';
const REVIEW_URI = 'file:///workspace/review.arch';
const REVIEW_TEXT = 'architecture Review {\n  client Web\n  service Api\n  Web -> Api : https\n}\n';
// Line 1 has a misspelt kind; line 3 is an empty line inside a component block.
const DOCUMENT_TEXT = [
    'architecture Shop {',
    '  servce Broken',
    '  service Api {',
    '    ',
    '  }',
    '}',
    ''
].join('\n');

/** LSP 3.18 allows Markdown diagnostic messages; ArchLens sends plain strings. */
function messageText(diagnostic: Diagnostic): string {
    return typeof diagnostic.message === 'string' ? diagnostic.message : diagnostic.message.value;
}

describe('language server over stdio (dist/server.cjs --stdio)', function () {
    this.timeout(30_000);
    let server: ServerChild | undefined;
    const published: PublishDiagnosticsParams[] = [];

    before(async () => {
        server = startServerChild();
        server.connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
            published.push(params);
        });
    });

    after(async () => {
        await server?.kill();
    });

    // The tests are one session, each going on from the one before.
    let broken = false;

    beforeEach(function () {
        if (broken) {
            this.skip();
        }
    });

    afterEach(function () {
        broken ||= this.currentTest?.state === 'failed';
    });

    function running(): ServerChild {
        if (!server) {
            throw new Error('the server did not start');
        }
        return server;
    }

    /** A failed request says what the server printed (a crash at start shows its stack there). */
    async function withServerOutput<T>(request: Promise<T>): Promise<T> {
        try {
            return await request;
        } catch (error) {
            const reason = error instanceof Error ? error.message : String(error);
            throw new Error(`${reason}\nserver stderr:\n${running().stderr()}`, { cause: error });
        }
    }

    it('runs the server on Node 22 or newer', () => {
        const version = execFileSync(nodeForServer(), ['--version'], { encoding: 'utf8' }).trim();
        expect(Number(/^v(\d+)/.exec(version)?.[1])).to.be.at.least(22, version);
    });

    it('answers initialize with completion and diagnostics capabilities', async () => {
        const { connection } = running();
        const result: InitializeResult = await withServerOutput(connection.sendRequest(InitializeRequest.type, {
            processId: process.pid,
            rootUri: null,
            workspaceFolders: null,
            capabilities: {
                textDocument: {
                    publishDiagnostics: { relatedInformation: true },
                    completion: { completionItem: { snippetSupport: true } }
                }
            }
        }));
        expect(result.capabilities.completionProvider, running().stderr()).to.not.equal(undefined);
        expect(result.capabilities.textDocumentSync).to.not.equal(undefined);
        await connection.sendNotification(InitializedNotification.type, {});
    });

    it('publishes a syntax diagnostic for an unknown kind', async () => {
        const { connection } = running();
        const diagnostics = waitFor<PublishDiagnosticsParams>('diagnostics of shop.arch', 20_000,
            (deliver) => {
                published.forEach(deliver);
                return connection.onNotification(PublishDiagnosticsNotification.type, deliver);
            },
            (params) => params.uri === DOCUMENT_URI);
        await connection.sendNotification(DidOpenTextDocumentNotification.type, {
            textDocument: { uri: DOCUMENT_URI, languageId: 'arch', version: 1, text: DOCUMENT_TEXT }
        });
        const { diagnostics: received } = await diagnostics;
        const unknownKind = received.find((diagnostic) => messageText(diagnostic).includes("'servce'"));
        expect(unknownKind, JSON.stringify(received, null, 2)).to.not.equal(undefined);
        expect(unknownKind?.code).to.equal('syntax');
        expect(unknownKind?.source).to.equal('archlens');
        expect(unknownKind?.severity).to.equal(1);
        expect(unknownKind?.range).to.deep.equal({ start: { line: 1, character: 2 }, end: { line: 1, character: 8 } });
        expect(unknownKind && messageText(unknownKind)).to.include("Did you mean 'service'?");
    });

    it('completes the keys of the kind inside a component block', async () => {
        const { connection } = running();
        const result: CompletionItem[] | CompletionList | null = await connection.sendRequest(CompletionRequest.type, {
            textDocument: { uri: DOCUMENT_URI },
            position: { line: 3, character: 4 }
        });
        const items = Array.isArray(result) ? result : result?.items ?? [];
        expect(items.map((item) => item.label)).to.include.members(['replicas', 'autoscale', 'auth', 'timeout']);
    });

    /** The review findings of the second document, opened once for the tests that need them. */
    let reviewFindings: Diagnostic[] | undefined;
    function reviewDiagnostics(): Diagnostic[] {
        if (!reviewFindings) {
            throw new Error('the review document was not opened');
        }
        return reviewFindings;
    }

    function nextDiagnostics(uri: string, version: number): Promise<PublishDiagnosticsParams> {
        const { connection } = running();
        return waitFor<PublishDiagnosticsParams>(`diagnostics of ${uri} v${version}`, 20_000,
            (deliver) => connection.onNotification(PublishDiagnosticsNotification.type, deliver),
            (params) => params.uri === uri && (params.version === undefined || params.version === version));
    }

    it('reviews an opened design', async () => {
        const { connection } = running();
        const published = nextDiagnostics(REVIEW_URI, 1);
        await connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri: REVIEW_URI, languageId: 'arch', version: 1, text: REVIEW_TEXT } });
        reviewFindings = (await published).diagnostics;
        expect(reviewFindings.length).to.be.greaterThan(0);
    });

    it('publishes review findings with the rule as code and a link to its docs', async () => {
        const review = reviewDiagnostics();
        const spof = review.find((diagnostic) => diagnostic.code === 'avail/single-point-of-failure');
        expect(spof, JSON.stringify(review.map((diagnostic) => diagnostic.code))).to.not.equal(undefined);
        expect(spof?.codeDescription?.href).to.equal('https://github.com/archlens/archlens/blob/main/docs/rules/avail/single-point-of-failure.md');
        expect(spof?.source).to.equal('archlens');
        expect(spof?.data).to.deep.include({ section: 'failure-recovery', element: 'Api' });
    });

    it('returns code actions whose edits remove the finding', async () => {
        const { connection } = running();
        const spof = reviewDiagnostics().find((diagnostic) => diagnostic.code === 'avail/single-point-of-failure');
        const actions = await connection.sendRequest(CodeActionRequest.type, {
            textDocument: { uri: REVIEW_URI },
            range: spof?.range ?? { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
            context: { diagnostics: spof ? [spof] : [] }
        }) as CodeAction[];
        expect(actions.map((action) => action.title)).to.deep.equal([
            'Run two instances of Api', 'Disable avail/single-point-of-failure for this line', 'Disable avail/single-point-of-failure for this file'
        ]);
        const edits = actions[0].edit?.changes?.[REVIEW_URI] ?? [];
        const fixed = TextDocument.applyEdits(TextDocument.create(REVIEW_URI, 'arch', 1, REVIEW_TEXT), edits);
        expect(fixed).to.contain('service Api { replicas: 2 }');
        const republished = nextDiagnostics(REVIEW_URI, 2);
        await connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri: REVIEW_URI, version: 2 }, contentChanges: [{ text: fixed }] });
        const after = (await republished).diagnostics;
        expect(after.some((diagnostic) => diagnostic.code === 'avail/single-point-of-failure' && diagnostic.range.start.line === 2)).to.equal(false);
    });

    it('shuts down and exits when asked', async () => {
        const { connection, process: child } = running();
        const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
        await connection.sendRequest(ShutdownRequest.type);
        await connection.sendNotification(ExitNotification.type);
        expect(await exited).to.equal(0);
    });
});
