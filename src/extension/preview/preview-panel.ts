/**
 * One preview: a webview panel that shows the diagram of the `.arch`
 * document it follows, asks the language server for a new one after edits
 * (debounced), highlights the node under the editor's cursor, and acts on
 * what the user does in the webview.
 */
import * as vscode from 'vscode';
import type { DiagramViewRequest } from '../../diagram/diagram-types.js';
import type { FromWebview, ToWebview } from '../../webview/preview-messages.js';
import { LANGUAGE_ID, PREVIEW_SETTING_SECTION } from '../identifiers.js';
import type { ArchLensLanguageServer } from '../language-server.js';
import { nodeAtCursor } from './cursor-node.js';
import { requestDiagram } from '../server-requests.js';
import { OVERVIEW, type PanelView, previewParams, renderMessage, type ShownDiagram } from './panel-view.js';
import { showPreviewPage } from './preview-page.js';
import { componentToFocus, editorOf, groupToExpand, revealPlace } from './preview-navigation.js';
import { readPreviewSettings } from './preview-settings.js';
import { SvgRequests } from './svg-requests.js';
import { UpdateScheduler } from './update-scheduler.js';

/** What the export commands need to draw the same diagram as the preview. */
export interface PreviewView extends PanelView {
    readonly uri: vscode.Uri;
}

export class PreviewPanel implements vscode.Disposable {
    private readonly subscriptions: vscode.Disposable[] = [];
    private readonly scheduler = new UpdateScheduler(() => void this.refresh());
    private readonly svgRequests = new SvgRequests((requestId) => this.post({ type: 'exportSvg', requestId }));
    private readonly rendered = new vscode.EventEmitter<void>();
    private readonly failed = new vscode.EventEmitter<string>();
    private readonly disposed = new vscode.EventEmitter<void>();
    private documentUri: vscode.Uri;
    private state: PanelView;
    private shown: ShownDiagram | undefined;
    /** The webview's script runs and listens (VS Code drops messages to a hidden webview, and rebuilds it when shown). */
    private webviewReady = false;
    private hasDrawn = false;
    private requests = 0;
    private lastSent = '';
    private highlighted: string | undefined;
    /** Why the last request gave no diagram, for a webview that was not listening yet. */
    private lastError: string | undefined;
    private isDisposed = false;
    private staleWhileHidden = false;

    readonly onDidDispose = this.disposed.event;

    constructor(
        readonly panel: vscode.WebviewPanel,
        mediaFolder: vscode.Uri,
        documentUri: vscode.Uri,
        private readonly server: ArchLensLanguageServer,
        private readonly log: vscode.LogOutputChannel
    ) {
        this.documentUri = documentUri;
        this.state = { documentUri: documentUri.toString(), design: undefined, view: OVERVIEW, ...readPreviewSettings(documentUri) };
        showPreviewPage(panel.webview, mediaFolder);
        this.listen();
        this.updateTitle();
        this.scheduler.flush();
    }

    get followed(): PreviewView {
        return { ...this.state, uri: this.documentUri };
    }

    /** Shows another document's diagram (from its overview); the same one is left as it is. */
    follow(documentUri: vscode.Uri): void {
        if (documentUri.toString() === this.documentUri.toString()) {
            return;
        }
        this.documentUri = documentUri;
        this.state = { ...this.state, documentUri: documentUri.toString(), design: undefined, view: OVERVIEW };
        this.shown = undefined;
        // What the webview shows belongs to the previous document until the new one is drawn.
        this.hasDrawn = false;
        this.updateTitle();
        this.scheduler.flush();
    }

    /** The SVG on screen, as a file's text: the panel is brought to the front and drawn first if need be. */
    async requestSvg(): Promise<string> {
        if (this.panel.visible && !this.hasDrawn && this.lastError !== undefined) {
            throw new Error(this.lastError);
        }
        if (!this.panel.visible || !this.hasDrawn) {
            const drawn = this.nextRender(30_000);
            this.panel.reveal(undefined, true);
            await drawn;
        }
        return this.svgRequests.request();
    }

    /** Resolves after the webview's next successful render; rejects when it fails or takes longer than `timeoutMs`. */
    nextRender(timeoutMs: number): Promise<void> {
        return new Promise((resolve, reject) => {
            const done = (error?: string): void => {
                clearTimeout(timer);
                listeners.forEach((listener) => listener.dispose());
                if (error === undefined) {
                    resolve();
                } else {
                    reject(new Error(error));
                }
            };
            const timer = setTimeout(() => done('the preview did not draw the diagram in time'), timeoutMs);
            const listeners = [this.rendered.event(() => done()), this.failed.event((message) => done(message))];
        });
    }

    dispose(): void {
        if (this.isDisposed) {
            return;
        }
        this.isDisposed = true;
        this.scheduler.cancel();
        this.svgRequests.rejectAll('the preview was closed');
        this.disposed.fire();
        [...this.subscriptions, this.rendered, this.failed, this.disposed].forEach((subscription) => subscription.dispose());
        this.panel.dispose();
    }

    private listen(): void {
        this.subscriptions.push(
            this.panel.onDidDispose(() => this.dispose()),
            this.panel.onDidChangeViewState(() => {
                if (!this.panel.visible) {
                    this.webviewReady = false;
                    this.hasDrawn = false;
                }
            }),
            this.panel.webview.onDidReceiveMessage((message: FromWebview) => void this.receive(message)),
            vscode.window.onDidChangeActiveTextEditor((editor) => {
                if (editor?.document.languageId === LANGUAGE_ID) {
                    this.follow(editor.document.uri);
                }
            }),
            // A design may span files, and its review depends on all of them.
            vscode.workspace.onDidChangeTextDocument((event) => {
                if (event.document.languageId === LANGUAGE_ID && event.contentChanges.length > 0) {
                    this.scheduler.trigger();
                }
            }),
            // Diagnostics change when the review does (a config file edited, a setting changed).
            vscode.languages.onDidChangeDiagnostics((event) => {
                if (event.uris.some((uri) => uri.toString() === this.documentUri.toString())) {
                    this.scheduler.trigger();
                }
            }),
            vscode.window.onDidChangeTextEditorSelection((event) => {
                if (event.textEditor.document.uri.toString() === this.documentUri.toString()) {
                    this.updateHighlight(event.selections[0]?.active);
                }
            }),
            vscode.workspace.onDidChangeConfiguration((event) => {
                if (event.affectsConfiguration(PREVIEW_SETTING_SECTION)) {
                    this.change(readPreviewSettings(this.documentUri));
                    this.scheduler.flush();
                }
            })
        );
    }

    private change(change: Partial<PanelView>): void {
        this.state = { ...this.state, ...change };
    }

    private async refresh(): Promise<void> {
        if (!this.panel.visible) {
            // Nobody sees it: ask again when the panel is shown (its webview then says it is ready).
            this.staleWhileHidden = true;
            return;
        }
        this.staleWhileHidden = false;
        const request = ++this.requests;
        const result = await requestDiagram(this.server, previewParams(this.state));
        if (request !== this.requests || this.isDisposed) {
            return; // an answer to an older question
        }
        if (!result.ok) {
            this.lastSent = '';
            this.lastError = result.message;
            this.post({ type: 'error', message: result.message });
            this.failed.fire(result.message);
            return;
        }
        this.lastError = undefined;
        this.change({ design: result.design });
        this.shown = { design: result.design, designs: result.designs, diagram: result.diagram };
        this.sendRender();
        this.updateHighlight(editorOf(this.documentUri)?.selection.active);
    }

    /** Sends the diagram unless the webview already shows exactly this (a refresh after an edit that changed nothing drawn). */
    private sendRender(): void {
        const message = this.shown ? renderMessage(this.state, this.shown) : undefined;
        const key = message ? JSON.stringify(message) : '';
        if (message && key !== this.lastSent) {
            this.lastSent = key;
            this.post(message);
        }
    }

    private updateHighlight(cursor: vscode.Position | undefined): void {
        const node = cursor && this.shown ? nodeAtCursor(this.shown.diagram.nodes, this.documentUri.toString(), cursor) : undefined;
        if (node?.id !== this.highlighted) {
            this.highlighted = node?.id;
            this.post({ type: 'highlight', nodeId: node?.id });
        }
    }

    private async receive(message: FromWebview): Promise<void> {
        switch (message.type) {
            case 'ready':
                this.webviewReady = true;
                this.lastSent = '';
                if (this.staleWhileHidden) {
                    this.scheduler.flush();
                }
                this.sendRender();
                if (this.lastError !== undefined) {
                    this.post({ type: 'error', message: this.lastError });
                }
                this.post({ type: 'highlight', nodeId: this.highlighted });
                return;
            case 'reveal':
                return this.reveal(message.nodeId);
            case 'expand':
                return this.expand(message.groupKey);
            case 'focusCursor':
                return this.focusCursor();
            case 'overview':
                return this.changeView(OVERVIEW);
            case 'overlay':
                this.change({ overlay: message.enabled });
                // The webview has applied it already: remember that it shows this.
                this.lastSent = this.shown ? JSON.stringify(renderMessage(this.state, this.shown)) : '';
                return;
            case 'direction':
                this.change({ direction: message.direction });
                this.scheduler.flush();
                return;
            case 'design':
                this.change({ design: message.name });
                return this.changeView(OVERVIEW);
            case 'svg':
                this.svgRequests.answer(message.requestId, message.svg, message.error);
                return;
            case 'rendered':
                this.log.debug(`Preview: drew ${message.nodes} nodes and ${message.edges} edges in ${message.milliseconds} ms (Mermaid ${message.mermaidMilliseconds} ms).`);
                this.hasDrawn = true;
                this.rendered.fire();
                return;
            case 'renderFailed':
                this.log.warn(`Preview: Mermaid could not draw the diagram: ${message.message}`);
                this.failed.fire(`Mermaid could not draw the diagram: ${message.message}`);
                return;
        }
    }

    private async reveal(nodeId: string): Promise<void> {
        const place = this.shown?.diagram.nodes.find((node) => node.id === nodeId)?.place;
        if (place) {
            await revealPlace(place, this.panel.viewColumn);
        }
    }

    private async expand(groupKey: string | undefined): Promise<void> {
        const key = groupKey ?? (this.shown ? await groupToExpand(this.shown.diagram) : undefined);
        if (key) {
            this.changeView({ kind: 'collapsed', expanded: key });
        }
    }

    private async focusCursor(): Promise<void> {
        const component = await componentToFocus(this.documentUri, this.shown?.diagram);
        if (component) {
            this.changeView({ kind: 'focus', component });
        }
    }

    private changeView(view: DiagramViewRequest): void {
        this.change({ view });
        this.scheduler.flush();
    }

    private post(message: ToWebview): void {
        if (this.webviewReady && !this.isDisposed) {
            void this.panel.webview.postMessage(message);
        }
    }

    private updateTitle(): void {
        const file = this.documentUri.path.slice(this.documentUri.path.lastIndexOf('/') + 1);
        this.panel.title = `Preview ${file}`;
    }
}
