/**
 * Export the diagram: as Mermaid text (.mmd), as Markdown with a fenced
 * `mermaid` block, or as the SVG the preview's Mermaid drew. The file is
 * proposed next to the design file. Mermaid and Markdown exports carry the
 * review's colours when the overlay is on (the generator writes them into
 * the text).
 */
import * as vscode from 'vscode';
import type { DiagramResult } from '../../diagram/diagram-protocol.js';
import { COMMANDS } from '../identifiers.js';
import type { ArchLensLanguageServer } from '../language-server.js';
import { requestDiagram } from '../server-requests.js';
import { EXPORT_FILTERS, exportPath, type ExportFormat, markdownDocument } from './export-formats.js';
import { exportParams } from './panel-view.js';
import type { PreviewPanel, PreviewView } from './preview-panel.js';

/** What the export commands need from the preview manager. */
export interface ExportSource {
    exportView(): PreviewView | undefined;
    previewOf(documentUri: vscode.Uri): Promise<PreviewPanel | undefined>;
}

export function registerExportCommands(source: ExportSource, server: ArchLensLanguageServer): vscode.Disposable[] {
    const command = (id: string, format: ExportFormat): vscode.Disposable =>
        vscode.commands.registerCommand(id, () => exportDiagram(source, server, format).catch((error: unknown) => {
            const message = error instanceof Error ? error.message : String(error);
            void vscode.window.showErrorMessage(`ArchLens: the diagram was not exported (${message}).`);
        }));
    return [
        command(COMMANDS.exportDiagramMermaid, 'mermaid'),
        command(COMMANDS.exportDiagramMarkdown, 'markdown'),
        command(COMMANDS.exportDiagramSvg, 'svg')
    ];
}

async function exportDiagram(source: ExportSource, server: ArchLensLanguageServer, format: ExportFormat): Promise<void> {
    const view = source.exportView();
    if (!view) {
        void vscode.window.showInformationMessage('ArchLens: open an .arch file (or its preview) to export its diagram.');
        return;
    }
    const content = format === 'svg' ? await svgOf(source, view) : await textOf(server, view, format);
    const target = await vscode.window.showSaveDialog({
        title: 'Export the ArchLens diagram',
        saveLabel: 'Export',
        defaultUri: view.uri.scheme === 'file' ? view.uri.with({ path: exportPath(view.uri.path, format) }) : undefined,
        filters: EXPORT_FILTERS[format]
    });
    if (!target) {
        return;
    }
    await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(content));
    const open = 'Open';
    if (await vscode.window.showInformationMessage(`ArchLens: exported the diagram to ${vscode.workspace.asRelativePath(target)}.`, open) === open) {
        await vscode.commands.executeCommand('vscode.open', target);
    }
}

async function textOf(server: ArchLensLanguageServer, view: PreviewView, format: 'mermaid' | 'markdown'): Promise<string> {
    const result: DiagramResult = await requestDiagram(server, exportParams(view));
    if (!result.ok) {
        throw new Error(result.message);
    }
    return format === 'mermaid' ? result.diagram.text : markdownDocument(result.design, result.diagram);
}

async function svgOf(source: ExportSource, view: PreviewView): Promise<string> {
    const preview = await source.previewOf(view.uri);
    if (!preview) {
        throw new Error('the preview could not be opened');
    }
    return preview.requestSvg();
}
