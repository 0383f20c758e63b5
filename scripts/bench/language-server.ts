/**
 * The language server as an editor uses it: a real process over stdio.
 * didOpen → first diagnostics (a warm server: it has served a small design
 * first), a one-line didChange → diagnostics (Langium's update handler does
 * not debounce: each change starts a build at once), and completion and
 * hover right after such a change.
 */
import { CompletionRequest, HoverRequest, type Position } from 'vscode-languageserver-protocol/node';
import { generateDesign, systemCount } from '../design-generator/design-generator.js';
import type { CaseResult, Plan, Sample } from './bench-types.js';
import { LspSession } from './lsp-session.js';
import { failed, measureCase, repeat, summarise } from './stats.js';

const URI = 'file:///bench/generated.arch';
const WARM_UP_URI = 'file:///bench/warm-up.arch';
/**
 * Untimed edits before the timed ones: a server someone types into has
 * built the document once per keystroke, and its code is compiled by then
 * (the first edits are up to half again as slow; ten keystrokes are a word or two).
 */
const WARM_UP_CHANGES = 10;

/** Where a realistic edit, completion and hover happen: in a system in the middle of the design. */
interface Spots {
    /** The digit of `replicas: 2` in a service block. */
    readonly replicas: Position;
    /** Inside the key `zones` of that block, as if being typed (`zo|`). */
    readonly key: Position;
    /** On the name of a component a connection targets. */
    readonly reference: Position;
}

function spotsIn(text: string, n: number): Spots {
    const system = `S${Math.floor(systemCount(n) / 2)}`;
    const lines = text.split('\n');
    const find = (needle: string): Position & { text: string } => {
        const line = lines.findIndex((candidate) => candidate.includes(needle));
        if (line < 0) {
            throw new Error(`the generated design has no line with ${needle}`);
        }
        return { line, character: lines[line].indexOf(needle), text: lines[line] };
    };
    const query = find(`service ${system}Query {`);
    const connection = find(`${system}Gw -> ${system}Api`);
    return {
        replicas: { line: query.line, character: query.text.indexOf('replicas: ') + 'replicas: '.length },
        key: { line: query.line, character: query.text.indexOf('zones:') + 2 },
        reference: { line: connection.line, character: connection.text.indexOf(`${system}Api`) + 2 }
    };
}

async function timed<T>(action: () => Promise<T>): Promise<{ value: T; wallMs: number }> {
    const started = performance.now();
    const value = await action();
    return { value, wallMs: performance.now() - started };
}

/** didOpen → first diagnostics on a server that has just served a small design. */
async function openOnce(n: number): Promise<Sample> {
    const session = await LspSession.start();
    try {
        await session.open(WARM_UP_URI, firstFile(100, 'WarmUp'));
        const text = firstFile(n);
        const { wallMs } = await timed(() => session.open(URI, text));
        return { wallMs, rssMb: session.peakRssMb() };
    } finally {
        await session.stop();
    }
}

/** The text of a generated one-file design. */
function firstFile(n: number, name?: string): string {
    return generateDesign({ components: n, name }).files.values().next().value ?? '';
}

/** An open design that edits flip between `replicas: 2` and `replicas: 3` on one line. */
class EditedDesign {
    private version = 1;

    constructor(readonly session: LspSession, readonly spots: Spots) {}

    /** Sends a one-line change and resolves when its diagnostics arrive. */
    async edit(): Promise<Sample> {
        this.version++;
        const digit = this.version % 2 === 0 ? '3' : '2';
        const range = { start: this.spots.replicas, end: { line: this.spots.replicas.line, character: this.spots.replicas.character + 1 } };
        const { wallMs } = await timed(async () => {
            const diagnostics = this.session.nextDiagnostics(URI);
            await this.session.change(URI, this.version, [{ range, text: digit }]);
            return diagnostics;
        });
        return { wallMs, rssMb: this.session.peakRssMb() };
    }

    /** After a fresh edit (its build finished), times one request. */
    async requestAfterEdit(request: () => Promise<unknown>, check: (result: unknown) => boolean, what: string): Promise<Sample> {
        await this.edit();
        const { value, wallMs } = await timed(request);
        if (!check(value)) {
            throw new Error(`${what} returned nothing: ${JSON.stringify(value)?.slice(0, 200)}`);
        }
        return { wallMs, rssMb: this.session.peakRssMb() };
    }
}

function hasItems(result: unknown): boolean {
    const items = Array.isArray(result) ? result : (result as { items?: unknown[] } | null)?.items;
    return Array.isArray(items) && items.length > 0;
}

function hasContents(result: unknown): boolean {
    return result !== null && typeof result === 'object' && 'contents' in result;
}

/** didChange, completion and hover on one server holding a design of `n` components. */
async function editSession(plan: Plan, n: number, wanted: { change: boolean; completion: boolean; hover: boolean }): Promise<CaseResult[]> {
    const session = await LspSession.start();
    try {
        const text = firstFile(n);
        await session.open(URI, text);
        const design = new EditedDesign(session, spotsIn(text, n));
        await repeat(WARM_UP_CHANGES, () => design.edit());
        const { connection } = session.server;
        const textDocument = { uri: URI };
        const results: CaseResult[] = [];
        if (wanted.change) {
            results.push(summarise('lsp-change', n, await repeat(plan.runs(n), () => design.edit())));
        }
        if (wanted.completion) {
            results.push(await measureCase('lsp-completion', n, plan.runs(n), () => design.requestAfterEdit(
                () => connection.sendRequest(CompletionRequest.type, { textDocument, position: design.spots.key }), hasItems, 'completion')));
        }
        if (wanted.hover) {
            results.push(await measureCase('lsp-hover', n, plan.runs(n), () => design.requestAfterEdit(
                () => connection.sendRequest(HoverRequest.type, { textDocument, position: design.spots.reference }), hasContents, 'hover')));
        }
        return results;
    } finally {
        await session.stop();
    }
}

export async function benchLanguageServer(plan: Plan): Promise<void> {
    for (const n of plan.sizes('lsp-open', [1000], [1000])) {
        plan.report(await measureCase('lsp-open', n, plan.runs(n), () => openOnce(n)));
    }
    const change = plan.sizes('lsp-change', [1000, 5000, 10_000], [1000]);
    const completion = plan.sizes('lsp-completion', [10_000], [1000]);
    const hover = plan.sizes('lsp-hover', [10_000], [1000]);
    for (const n of [...new Set([...change, ...completion, ...hover])].sort((a, b) => a - b)) {
        const wanted = { change: change.includes(n), completion: completion.includes(n), hover: hover.includes(n) };
        try {
            (await editSession(plan, n, wanted)).forEach((result) => plan.report(result));
        } catch (error) {
            Object.entries(wanted).filter(([, on]) => on).forEach(([area]) => plan.report(failed(`lsp-${area}`, n, error)));
        }
    }
}
