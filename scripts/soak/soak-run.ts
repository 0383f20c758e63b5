/**
 * One soak session: the real server over stdio, a design opened, random
 * edits sent as fast as an editor sends them (with short pauses now and
 * then, so that some builds run part-way before they are cancelled),
 * completion and hover at random places, a wait for diagnostics every few
 * edits, and at each checkpoint the original text restored, its diagnostics
 * compared with the first ones, and the server's memory measured twice: right
 * after that build, and once the server has settled (as when the user pauses:
 * it gives back what builds took) after a full GC.
 */
import {
    CompletionRequest, HoverRequest, LogMessageNotification, MessageType, type Position, ResponseError, ShowMessageNotification
} from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic } from 'vscode-languageserver-types';
import { DEBUG_HEAP_REQUEST, type DebugHeapResult } from '../../src/server/debug-heap.js';
import type { MemoryReleaseStats } from '../../src/server/memory-release.js';
import type { MemoryPoint } from '../bench/results-files.js';
import { LspSession } from '../bench/lsp-session.js';
import { EditMaker } from './edits.js';
import { Random } from './random.js';

export interface SoakPlan {
    readonly seed: number;
    readonly edits: number;
    readonly text: string;
    /** Texts whose lines edits paste (the samples). */
    readonly fragments: readonly string[];
    readonly waitEvery: number;
    readonly probeEvery: number;
    readonly checkpointEvery: number;
    /** Called at each checkpoint, for progress. */
    readonly onCheckpoint: (point: MemoryPoint) => void;
}

export interface SoakOutcome {
    /** Server exits, error responses, requests with no answer. */
    readonly crashes: string[];
    /** Diagnostics missing after a wait, or different for the original text than at first. */
    readonly inconsistencies: string[];
    readonly loggedErrors: string[];
    readonly memory: MemoryPoint[];
    /** The server's peak resident memory (VmHWM), in MB. */
    readonly peakRssMb: number;
    /** The server's releases of memory after builds settled, as of the last checkpoint. */
    readonly releases: MemoryReleaseStats | undefined;
    readonly diagnosticsWaits: number;
    /** Requests the server cancelled because the text changed under them (normal LSP behaviour). */
    readonly cancelledRequests: number;
    /** Waits whose diagnostics had a syntax error: how often the server was seen on broken text. */
    readonly brokenWaits: number;
}

const URI = 'file:///soak/design.arch';
const REQUEST_TIMEOUT_MS = 120_000;
/** A settled server has given memory back within seconds of its last build (src/server/memory-release.ts). */
const SETTLE_TIMEOUT_MS = 60_000;
const PAUSE_CHANCE = 0.15;
const MAX_PAUSE_MS = 40;
/** LSP's RequestCancelled and ContentModified: a request overtaken by an edit. */
const CANCELLED_CODES = [-32800, -32801];
const MB = 1024 * 1024;

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

function fingerprint(diagnostics: readonly Diagnostic[]): string[] {
    return diagnostics.map((diagnostic) => `${diagnostic.range.start.line + 1}:${diagnostic.range.start.character + 1} ${String(diagnostic.code)}`).sort();
}

export class Soak {
    private document: TextDocument;
    private readonly random: Random;
    private readonly maker: EditMaker;
    private readonly outcome: SoakOutcome = {
        crashes: [], inconsistencies: [], loggedErrors: [], memory: [], peakRssMb: 0, releases: undefined, diagnosticsWaits: 0, cancelledRequests: 0, brokenWaits: 0
    };
    private releases: MemoryReleaseStats | undefined;
    private cancelled = 0;
    private waits = 0;
    private brokenWaits = 0;
    private firstDiagnostics: string[] = [];

    private constructor(private readonly session: LspSession, private readonly plan: SoakPlan) {
        this.document = TextDocument.create(URI, 'arch', 1, plan.text);
        this.random = new Random(plan.seed);
        this.maker = new EditMaker(this.random, plan.fragments, { min: plan.text.length / 2, max: plan.text.length * 1.5 });
        const log = (kind: string) => (params: { type: MessageType; message: string }): void => {
            if (params.type === MessageType.Error) {
                this.outcome.loggedErrors.push(`${kind}: ${params.message}`);
            }
        };
        session.server.connection.onNotification(LogMessageNotification.type, log('log'));
        session.server.connection.onNotification(ShowMessageNotification.type, log('message'));
    }

    static async run(plan: SoakPlan): Promise<SoakOutcome> {
        const session = await LspSession.start({ ARCHLENS_DEBUG_HEAP: '1', NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --expose-gc`.trim() });
        try {
            return await new Soak(session, plan).soak();
        } finally {
            const stderr = session.server.stderr().trim();
            await session.stop();
            if (stderr) {
                console.error(`server stderr:\n${stderr.slice(-2000)}`);
            }
        }
    }

    private async soak(): Promise<SoakOutcome> {
        this.firstDiagnostics = fingerprint((await this.session.open(URI, this.plan.text)).diagnostics);
        await this.measureMemory(0);
        let mark = this.session.publishedCount();
        for (let edit = 1; edit <= this.plan.edits; edit++) {
            await this.applyRandomEdit();
            if (edit % this.plan.probeEvery === 0) {
                await this.probe(edit);
            }
            if (edit % this.plan.waitEvery === 0) {
                await this.waitForDiagnostics(mark, `edit ${edit}`);
                mark = this.session.publishedCount();
            }
            if (edit % this.plan.checkpointEvery === 0) {
                await this.checkpoint(edit);
                mark = this.session.publishedCount();
            }
            if (this.session.exited()) {
                this.outcome.crashes.push(`the server exited after edit ${edit} (code ${this.session.server.process.exitCode ?? this.session.server.process.signalCode})`);
                break;
            }
        }
        return {
            ...this.outcome, peakRssMb: this.session.peakRssMb() ?? 0, releases: this.releases, diagnosticsWaits: this.waits, cancelledRequests: this.cancelled, brokenWaits: this.brokenWaits
        };
    }

    private async applyRandomEdit(): Promise<void> {
        const edit = this.maker.next(this.document);
        if (edit.changes.length === 0) {
            return;
        }
        const version = this.document.version + 1;
        this.document = TextDocument.update(this.document, edit.changes, version);
        await this.session.change(URI, version, edit.changes);
        if (this.random.chance(PAUSE_CHANCE)) {
            await sleep(this.random.int(0, MAX_PAUSE_MS));
        }
    }

    /** A request that must answer, within REQUEST_TIMEOUT_MS, with a result or a cancellation. */
    private async request<R>(what: string, send: () => Promise<R>): Promise<R | undefined> {
        let timer: NodeJS.Timeout | undefined;
        const timeout = new Promise<never>((_, reject) => {
            timer = setTimeout(() => reject(new Error(`no answer within ${REQUEST_TIMEOUT_MS / 1000} s`)), REQUEST_TIMEOUT_MS);
        });
        try {
            return await Promise.race([send(), timeout]);
        } catch (error) {
            if (error instanceof ResponseError && CANCELLED_CODES.includes(error.code)) {
                this.cancelled++;
            } else {
                this.outcome.crashes.push(`${what}: ${error instanceof Error ? error.message : String(error)}`);
            }
            return undefined;
        } finally {
            clearTimeout(timer);
        }
    }

    private randomPosition(): Position {
        return this.document.positionAt(this.random.int(0, this.document.getText().length));
    }

    /** Completion and hover where the cursor might be. */
    private async probe(edit: number): Promise<void> {
        const { connection } = this.session.server;
        const textDocument = { uri: URI };
        const completionAt = this.randomPosition();
        const hoverAt = this.randomPosition();
        await Promise.all([
            this.request(`completion at ${completionAt.line + 1}:${completionAt.character + 1} after edit ${edit}`, () => connection.sendRequest(CompletionRequest.type, { textDocument, position: completionAt })),
            this.request(`hover at ${hoverAt.line + 1}:${hoverAt.character + 1} after edit ${edit}`, () => connection.sendRequest(HoverRequest.type, { textDocument, position: hoverAt }))
        ]);
    }

    /** Waits until every queued build has finished; returns the diagnostics published since `mark`, the last one being the current text's. */
    private async waitForDiagnostics(mark: number, when: string): Promise<Diagnostic[] | undefined> {
        this.waits++;
        await this.request(`${DEBUG_HEAP_REQUEST} at ${when}`, () => this.session.memory(false));
        const published = this.session.publishedSince(mark, URI);
        if (published.length === 0) {
            this.outcome.inconsistencies.push(`no diagnostics published for the edits up to ${when}`);
            return undefined;
        }
        const diagnostics = published[published.length - 1].diagnostics;
        if (diagnostics.some((diagnostic) => diagnostic.code === 'syntax')) {
            this.brokenWaits++;
        }
        return diagnostics;
    }

    /** The memory right after the current text was built, then once the server has settled, after a full GC. */
    private async measureMemory(edits: number): Promise<void> {
        const busy = await this.request(`${DEBUG_HEAP_REQUEST} at edit ${edits}`, () => this.session.memory(false));
        const settled = await this.request(`${DEBUG_HEAP_REQUEST} once settled at edit ${edits}`, () => this.session.settledMemory(true, SETTLE_TIMEOUT_MS));
        if (settled && !settled.collected) {
            this.outcome.crashes.push('the server could not collect garbage: it must run with --expose-gc');
        }
        if (busy && settled) {
            const point = memoryPoint(edits, busy, settled);
            this.releases = settled.release;
            this.outcome.memory.push(point);
            this.plan.onCheckpoint(point);
        }
    }

    /** Restores the original text, checks its diagnostics are the first ones again, and measures the memory. */
    private async checkpoint(edit: number): Promise<void> {
        const mark = this.session.publishedCount();
        const version = this.document.version + 1;
        const changes = [{ text: this.plan.text }];
        this.document = TextDocument.update(this.document, changes, version);
        await this.session.change(URI, version, changes);
        const diagnostics = await this.waitForDiagnostics(mark, `the restore after edit ${edit}`);
        if (diagnostics) {
            this.compareWithFirst(fingerprint(diagnostics), edit);
        }
        await this.measureMemory(edit);
    }

    private compareWithFirst(now: string[], edit: number): void {
        const missing = this.firstDiagnostics.filter((entry) => !now.includes(entry));
        const extra = now.filter((entry) => !this.firstDiagnostics.includes(entry));
        if (missing.length > 0 || extra.length > 0) {
            this.outcome.inconsistencies.push(`after edit ${edit}, the original text got other diagnostics than at first: missing ${missing.slice(0, 5).join(', ') || 'none'}; new ${extra.slice(0, 5).join(', ') || 'none'}`);
        }
    }
}

const megabytes = (bytes: number): number => Math.round(bytes / MB * 10) / 10;

function memoryPoint(edits: number, busy: DebugHeapResult, settled: DebugHeapResult): MemoryPoint {
    const { memory } = settled;
    return {
        edits,
        rss_busy_mb: megabytes(busy.memory.rss),
        rss_mb: megabytes(memory.rss),
        heap_used_mb: megabytes(memory.heapUsed),
        heap_total_mb: megabytes(memory.heapTotal),
        external_mb: megabytes(memory.external),
        array_buffers_mb: megabytes(memory.arrayBuffers)
    };
}
