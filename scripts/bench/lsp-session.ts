/**
 * A session with the real language server (dist/server.cjs --stdio, started
 * by test/server/lsp-child.ts as the tests start it): initialize, open and
 * change documents, wait for their diagnostics, read the server's peak RSS.
 * Shared by the bench and the soak run.
 */
import * as fs from 'node:fs';
import {
    DidChangeTextDocumentNotification, DidOpenTextDocumentNotification, InitializedNotification, InitializeRequest,
    type PublishDiagnosticsParams, PublishDiagnosticsNotification, type TextDocumentContentChangeEvent
} from 'vscode-languageserver-protocol/node';
import { DEBUG_HEAP_REQUEST, type DebugHeapParams, type DebugHeapResult } from '../../src/server/debug-heap.js';
import { type ServerChild, startServerChild, waitFor } from '../../test/server/lsp-child.js';

/** Long enough for a 50,000-component build on a slow machine; a hang still ends the case. */
const DIAGNOSTICS_TIMEOUT_MS = 600_000;
/** How often `settledMemory` asks whether the server has settled. */
const SETTLE_POLL_MS = 250;

export class LspSession {
    /** Every publishDiagnostics, in order. */
    private readonly published: PublishDiagnosticsParams[] = [];
    private readonly listeners = new Set<(params: PublishDiagnosticsParams) => void>();

    private constructor(readonly server: ServerChild) {
        // A connection has one handler per notification: this one serves every waiter.
        server.connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
            this.published.push(params);
            this.listeners.forEach((listener) => listener(params));
        });
    }

    /** Starts and initializes a server; `env` is added to this process's environment for the child. */
    static async start(env: Readonly<Record<string, string>> = {}): Promise<LspSession> {
        const session = new LspSession(withEnvironment(env, startServerChild));
        const { connection } = session.server;
        await connection.sendRequest(InitializeRequest.type, {
            processId: process.pid,
            rootUri: null,
            workspaceFolders: null,
            capabilities: { textDocument: { publishDiagnostics: {}, completion: { completionItem: { snippetSupport: true } }, hover: {} } }
        });
        await connection.sendNotification(InitializedNotification.type, {});
        return session;
    }

    /** The next diagnostics published for `uri` after this call. */
    nextDiagnostics(uri: string, timeoutMs = DIAGNOSTICS_TIMEOUT_MS): Promise<PublishDiagnosticsParams> {
        return waitFor<PublishDiagnosticsParams>(`diagnostics of ${uri}`, timeoutMs, (deliver) => {
            this.listeners.add(deliver);
            return { dispose: () => this.listeners.delete(deliver) };
        }, (params) => params.uri === uri);
    }

    /** Diagnostics published for `uri` since `index` (an earlier `publishedCount()`). */
    publishedSince(index: number, uri: string): PublishDiagnosticsParams[] {
        return this.published.slice(index).filter((params) => params.uri === uri);
    }

    publishedCount(): number {
        return this.published.length;
    }

    /** Opens a document and resolves with its first diagnostics. */
    async open(uri: string, text: string): Promise<PublishDiagnosticsParams> {
        const diagnostics = this.nextDiagnostics(uri);
        await this.server.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'arch', version: 1, text } });
        return diagnostics;
    }

    async change(uri: string, version: number, changes: TextDocumentContentChangeEvent[]): Promise<void> {
        await this.server.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: changes });
    }

    /**
     * The server's memory once its queued builds have finished, after a full
     * GC when `collect` (archlens/debug/heap: start the session with
     * ARCHLENS_DEBUG_HEAP=1, and --expose-gc to collect).
     */
    memory(collect: boolean): Promise<DebugHeapResult> {
        const params: DebugHeapParams = { collect };
        return this.server.connection.sendRequest<DebugHeapResult>(DEBUG_HEAP_REQUEST, params);
    }

    /**
     * The server's memory once it has settled: no build for a while, and the
     * memory it gives back after builds given back (src/server/memory-release.ts),
     * as when the user pauses. Rejects if it has not settled within `timeoutMs`.
     */
    async settledMemory(collect: boolean, timeoutMs: number): Promise<DebugHeapResult> {
        const deadline = Date.now() + timeoutMs;
        while ((await this.memory(false)).release?.pending) {
            if (Date.now() > deadline) {
                throw new Error(`the server did not settle within ${timeoutMs / 1000} s`);
            }
            await new Promise((resolve) => setTimeout(resolve, SETTLE_POLL_MS));
        }
        return this.memory(collect);
    }

    /** Whether the server process has ended. */
    exited(): boolean {
        return this.server.process.exitCode !== null || this.server.process.signalCode !== null;
    }

    /** The server's peak resident set so far (VmHWM, Linux only). */
    peakRssMb(): number | undefined {
        const pid = this.server.process.pid;
        try {
            const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
            const kilobytes = /^VmHWM:\s+(\d+) kB/m.exec(status)?.[1];
            return kilobytes === undefined ? undefined : Number(kilobytes) / 1024;
        } catch {
            return undefined;
        }
    }

    async stop(): Promise<void> {
        await this.server.kill();
    }
}

/** Calls `start` with `env` added to process.env (a spawned child copies the environment when spawned). */
function withEnvironment<T>(env: Readonly<Record<string, string>>, start: () => T): T {
    const saved = Object.fromEntries(Object.keys(env).map((key) => [key, process.env[key]]));
    Object.assign(process.env, env);
    try {
        return start();
    } finally {
        for (const [key, value] of Object.entries(saved)) {
            if (value === undefined) {
                delete process.env[key];
            } else {
                process.env[key] = value;
            }
        }
    }
}
