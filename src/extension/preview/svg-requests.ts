/**
 * The export's questions to the webview ("send me the SVG you show") and
 * their answers, matched by id, with a time limit so that a hidden or
 * broken webview cannot leave the command waiting forever.
 */
const ANSWER_TIMEOUT_MS = 20_000;

interface Pending {
    readonly resolve: (svg: string) => void;
    readonly reject: (error: Error) => void;
    readonly timer: ReturnType<typeof setTimeout>;
}

export class SvgRequests {
    private readonly pending = new Map<number, Pending>();
    private lastId = 0;

    constructor(private readonly ask: (requestId: number) => void, private readonly timeoutMs = ANSWER_TIMEOUT_MS) {}

    request(): Promise<string> {
        const requestId = ++this.lastId;
        return new Promise<string>((resolve, reject) => {
            const timer = setTimeout(() => this.settle(requestId, undefined, 'the preview did not answer in time'), this.timeoutMs);
            this.pending.set(requestId, { resolve, reject, timer });
            this.ask(requestId);
        });
    }

    answer(requestId: number, svg: string | undefined, error: string | undefined): void {
        this.settle(requestId, svg, error ?? (svg === undefined ? 'the preview sent no SVG' : undefined));
    }

    rejectAll(reason: string): void {
        [...this.pending.keys()].forEach((requestId) => this.settle(requestId, undefined, reason));
    }

    private settle(requestId: number, svg: string | undefined, error: string | undefined): void {
        const pending = this.pending.get(requestId);
        if (!pending) {
            return;
        }
        this.pending.delete(requestId);
        clearTimeout(pending.timer);
        if (error !== undefined || svg === undefined) {
            pending.reject(new Error(error ?? 'the preview sent no SVG'));
        } else {
            pending.resolve(svg);
        }
    }
}
