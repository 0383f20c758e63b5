/**
 * The webview's side of VS Code: posting messages to the extension and the
 * state VS Code keeps while the panel is hidden and across reloads.
 */
import type { FromWebview, PreviewState } from './preview-messages.js';
import { isViewTransform } from './view-transform.js';

interface VsCodeApi {
    postMessage(message: FromWebview): void;
    getState(): unknown;
    setState(state: PreviewState): void;
}

// Defined by VS Code in every webview (and by the tests' stub); it may be called only once.
declare function acquireVsCodeApi(): VsCodeApi;

/** Pan and zoom change on every pointer move: their state is written at most this often. */
const FREQUENT_SAVE_MS = 200;

export class Host {
    private readonly api = acquireVsCodeApi();
    private state: PreviewState;
    private saveTimer: ReturnType<typeof setTimeout> | undefined;

    constructor() {
        this.state = readState(this.api.getState());
    }

    post(message: FromWebview): void {
        this.api.postMessage(message);
    }

    get saved(): PreviewState {
        return this.state;
    }

    save(change: Partial<PreviewState>): void {
        this.state = { ...this.state, ...change };
        clearTimeout(this.saveTimer);
        this.saveTimer = undefined;
        this.api.setState(this.state);
    }

    /** Like `save`, for changes that come in streams (a drag): written shortly after, once. */
    saveSoon(change: Partial<PreviewState>): void {
        this.state = { ...this.state, ...change };
        this.saveTimer ??= setTimeout(() => this.save({}), FREQUENT_SAVE_MS);
    }
}

/** The saved state, keeping only fields of the right type (it may come from an older version). */
function readState(value: unknown): PreviewState {
    if (typeof value !== 'object' || value === null) {
        return {};
    }
    const saved = value as Record<string, unknown>;
    return {
        documentUri: typeof saved.documentUri === 'string' ? saved.documentUri : undefined,
        design: typeof saved.design === 'string' ? saved.design : undefined,
        viewKey: typeof saved.viewKey === 'string' ? saved.viewKey : undefined,
        overlay: typeof saved.overlay === 'boolean' ? saved.overlay : undefined,
        transform: isViewTransform(saved.transform) ? saved.transform : undefined
    };
}
