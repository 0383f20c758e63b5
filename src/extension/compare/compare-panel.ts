/**
 * The compare view (pr-review.md, "In the editor"): the preview's page
 * showing one design with what changed since a git ref marked on its
 * diagram (added green, changed blue, removed dashed red) and the diff
 * summary beside it. The base text is read once; the open document is
 * compared again as it is edited, so the view follows the change being made.
 */
import * as vscode from 'vscode';
import type { CompareResult } from '../../diff/compare-protocol.js';
import type { FromWebview, PreviewDirection, RenderMessage, ToWebview } from '../../webview/preview-messages.js';
import { COMPARE_VIEW_TYPE } from '../identifiers.js';
import type { ArchLensLanguageServer } from '../language-server.js';
import { previewWebviewOptions } from '../preview/preview-html.js';
import { showPreviewPage } from '../preview/preview-page.js';
import { revealPlace } from '../preview/preview-navigation.js';
import { UpdateScheduler } from '../preview/update-scheduler.js';
import { requestCompare } from '../server-requests.js';

/** What is compared: a document against its text at a ref (absent when the ref does not hold the file). */
export interface CompareTarget {
    readonly document: vscode.TextDocument;
    readonly ref: string;
    readonly baseText: string | undefined;
}

export class ComparePanel implements vscode.Disposable {
    private readonly subscriptions: vscode.Disposable[] = [];
    private readonly scheduler = new UpdateScheduler(() => void this.refresh());
    private readonly disposed = new vscode.EventEmitter<void>();
    private shown: Extract<CompareResult, { ok: true }> | undefined;
    private message: string | undefined;
    private design: string | undefined;
    private direction: PreviewDirection = 'LR';
    private webviewReady = false;
    private requests = 0;

    readonly onDidDispose = this.disposed.event;

    static open(mediaFolder: vscode.Uri, target: CompareTarget, server: ArchLensLanguageServer, log: vscode.LogOutputChannel): ComparePanel {
        const panel = vscode.window.createWebviewPanel(COMPARE_VIEW_TYPE, titleOf(target), { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, { ...previewWebviewOptions(mediaFolder), retainContextWhenHidden: false });
        return new ComparePanel(panel, mediaFolder, target, server, log);
    }

    private constructor(
        readonly panel: vscode.WebviewPanel,
        mediaFolder: vscode.Uri,
        private target: CompareTarget,
        private readonly server: ArchLensLanguageServer,
        private readonly log: vscode.LogOutputChannel
    ) {
        const { webview } = panel;
        showPreviewPage(webview, mediaFolder);
        this.subscriptions.push(
            panel.onDidDispose(() => this.dispose()),
            panel.onDidChangeViewState(() => {
                if (!panel.visible) {
                    this.webviewReady = false;
                }
            }),
            webview.onDidReceiveMessage((message: FromWebview) => void this.receive(message)),
            vscode.workspace.onDidChangeTextDocument((event) => {
                if (event.document === this.target.document && event.contentChanges.length > 0) {
                    this.scheduler.trigger();
                }
            })
        );
        this.scheduler.flush();
    }

    /** Compares another document or ref in this panel. */
    show(target: CompareTarget): void {
        this.target = target;
        this.design = undefined;
        this.panel.title = titleOf(target);
        this.panel.reveal(undefined, true);
        this.scheduler.flush();
    }

    dispose(): void {
        this.scheduler.cancel();
        this.disposed.fire();
        [...this.subscriptions, this.disposed].forEach((subscription) => subscription.dispose());
        this.panel.dispose();
    }

    private async refresh(): Promise<void> {
        const request = ++this.requests;
        const { document, ref, baseText } = this.target;
        const result = await requestCompare(this.server, {
            uri: document.uri.toString(),
            text: document.getText(),
            ...(baseText !== undefined ? { baseText } : {}),
            baseLabel: baseText === undefined ? `${ref} (no such file there)` : ref,
            headLabel: document.isDirty ? 'unsaved edits' : 'working copy',
            ...(this.design !== undefined ? { design: this.design } : {}),
            direction: this.direction
        });
        if (request !== this.requests) {
            return; // an answer to an older question
        }
        if (result.ok) {
            this.shown = result;
            this.message = undefined;
            this.design = result.design;
        } else {
            this.shown = undefined;
            this.message = result.message;
            this.log.info(`Compare: ${result.message}`);
        }
        this.send();
    }

    private send(): void {
        if (this.message !== undefined) {
            this.post({ type: 'summary', summary: undefined });
            this.post({ type: 'error', message: this.message });
            return;
        }
        if (this.shown) {
            this.post(this.renderMessage(this.shown));
            this.post({ type: 'summary', summary: this.shown.summary });
        }
    }

    private renderMessage(shown: Extract<CompareResult, { ok: true }>): RenderMessage {
        const documentUri = this.target.document.uri.toString();
        return {
            type: 'render',
            documentUri,
            design: shown.design,
            designs: shown.designs,
            diagram: shown.diagram,
            overlay: false,
            direction: this.direction,
            requested: 'auto',
            viewKey: JSON.stringify(['compare', documentUri, this.target.ref, shown.design, this.direction]),
            compare: true
        };
    }

    private async receive(message: FromWebview): Promise<void> {
        switch (message.type) {
            case 'ready':
                this.webviewReady = true;
                this.send();
                return;
            case 'reveal': {
                const place = this.shown?.diagram.nodes.find((node) => node.id === message.nodeId)?.place;
                return place ? revealPlace(place, this.panel.viewColumn) : undefined;
            }
            case 'direction':
                this.direction = message.direction;
                this.scheduler.flush();
                return;
            case 'design':
                this.design = message.name;
                this.scheduler.flush();
                return;
            case 'rendered':
                this.log.debug(`Compare: drew ${message.nodes} nodes and ${message.edges} edges in ${message.milliseconds} ms.`);
                return;
            case 'renderFailed':
                this.log.warn(`Compare: Mermaid could not draw the diagram: ${message.message}`);
                return;
            default:
                // The preview's view controls (overlay, groups, focus) have nothing to act on here.
                return;
        }
    }

    private post(message: ToWebview): void {
        if (this.webviewReady) {
            void this.panel.webview.postMessage(message);
        }
    }
}

function titleOf(target: CompareTarget): string {
    const file = target.document.uri.path.slice(target.document.uri.path.lastIndexOf('/') + 1);
    return `${file} ↔ ${target.ref}`;
}
