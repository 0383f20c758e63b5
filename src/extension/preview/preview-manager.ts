/**
 * The preview's commands and its one panel: "Open Preview" (in the editor's
 * group, like Markdown's), "Open Preview to the Side", the serializer that
 * brings the panel back after a reload, and the export commands.
 */
import * as vscode from 'vscode';
import { COMMANDS, LANGUAGE_ID, PREVIEW_VIEW_TYPE } from '../identifiers.js';
import type { ArchLensLanguageServer } from '../language-server.js';
import { registerExportCommands } from './export-commands.js';
import { OVERVIEW } from './panel-view.js';
import { previewWebviewOptions } from './preview-html.js';
import { PreviewPanel, type PreviewView } from './preview-panel.js';
import { readPreviewSettings } from './preview-settings.js';

export class PreviewManager implements vscode.Disposable {
    private panel: PreviewPanel | undefined;

    /** `extensionPath` resolves a path inside the extension (the context's `asAbsolutePath`). */
    constructor(
        private readonly extensionPath: (relative: string) => string,
        private readonly server: ArchLensLanguageServer,
        private readonly log: vscode.LogOutputChannel
    ) {}

    register(): vscode.Disposable[] {
        return [
            vscode.commands.registerCommand(COMMANDS.openPreview, (resource?: unknown) => this.open(false, asUri(resource))),
            vscode.commands.registerCommand(COMMANDS.openPreviewToSide, (resource?: unknown) => this.open(true, asUri(resource))),
            vscode.window.registerWebviewPanelSerializer(PREVIEW_VIEW_TYPE, {
                deserializeWebviewPanel: (panel: vscode.WebviewPanel, state: unknown) => this.restore(panel, state)
            }),
            ...registerExportCommands(this, this.server)
        ];
    }

    /** Opens (or moves) the preview, showing `resource` or the active `.arch` editor. */
    async open(toSide: boolean, resource?: vscode.Uri): Promise<PreviewPanel | undefined> {
        const documentUri = resource ?? activeArchDocument() ?? this.panel?.followed.uri;
        if (!documentUri) {
            void vscode.window.showInformationMessage('ArchLens: open an .arch file to preview its design.');
            return undefined;
        }
        const column = toSide ? vscode.ViewColumn.Beside : vscode.window.activeTextEditor?.viewColumn ?? vscode.ViewColumn.Active;
        if (this.panel) {
            this.panel.follow(documentUri);
            this.panel.panel.reveal(column, toSide);
            return this.panel;
        }
        const panel = vscode.window.createWebviewPanel(PREVIEW_VIEW_TYPE, 'Preview', { viewColumn: column, preserveFocus: toSide }, previewWebviewOptions(this.mediaFolder()));
        return this.adopt(panel, documentUri);
    }

    /** What an export draws: the preview's view of its document, or the active `.arch` editor with the settings' defaults. */
    exportView(): PreviewView | undefined {
        const active = activeArchDocument();
        const followed = this.panel?.followed;
        if (followed && (!active || active.toString() === followed.documentUri)) {
            return followed;
        }
        if (!active) {
            return undefined;
        }
        return { uri: active, documentUri: active.toString(), design: undefined, view: OVERVIEW, ...readPreviewSettings(active) };
    }

    /** The preview of `documentUri`, opened beside the editor when there is none. */
    async previewOf(documentUri: vscode.Uri): Promise<PreviewPanel | undefined> {
        if (this.panel?.followed.documentUri === documentUri.toString()) {
            return this.panel;
        }
        return this.open(true, documentUri);
    }

    dispose(): void {
        this.panel?.dispose();
        this.panel = undefined;
    }

    private async restore(panel: vscode.WebviewPanel, state: unknown): Promise<void> {
        const saved = typeof state === 'object' && state !== null ? (state as { documentUri?: unknown }).documentUri : undefined;
        const documentUri = typeof saved === 'string' ? vscode.Uri.parse(saved) : activeArchDocument();
        if (!documentUri || this.panel) {
            // Nothing to show (or a second panel from an older version): close it rather than leave it blank.
            panel.dispose();
            return;
        }
        // The language server answers for documents it has been sent: open it (without an editor) so that it is.
        await vscode.workspace.openTextDocument(documentUri).then(undefined, () => undefined);
        this.adopt(panel, documentUri);
    }

    private adopt(panel: vscode.WebviewPanel, documentUri: vscode.Uri): PreviewPanel {
        const preview = new PreviewPanel(panel, this.mediaFolder(), documentUri, this.server, this.log);
        this.panel = preview;
        preview.onDidDispose(() => {
            if (this.panel === preview) {
                this.panel = undefined;
            }
        });
        return preview;
    }

    private mediaFolder(): vscode.Uri {
        return vscode.Uri.file(this.extensionPath('media'));
    }
}

function activeArchDocument(): vscode.Uri | undefined {
    const document = vscode.window.activeTextEditor?.document;
    return document?.languageId === LANGUAGE_ID ? document.uri : undefined;
}

/** The editor title button passes the file's URI; the palette and keys pass nothing. */
function asUri(resource: unknown): vscode.Uri | undefined {
    return resource instanceof vscode.Uri ? resource : undefined;
}
