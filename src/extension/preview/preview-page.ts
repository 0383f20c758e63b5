/**
 * Puts the preview's page into a webview: its options (scripts on, only the
 * media folder readable) and the HTML with a fresh nonce. The preview and
 * the compare view show the same page and differ only in what they send it.
 */
import * as vscode from 'vscode';
import { createNonce, previewHtml, previewWebviewOptions } from './preview-html.js';

export function showPreviewPage(webview: vscode.Webview, mediaFolder: vscode.Uri): void {
    webview.options = previewWebviewOptions(mediaFolder);
    const asset = (file: string): string => webview.asWebviewUri(vscode.Uri.joinPath(mediaFolder, file)).toString();
    webview.html = previewHtml({
        cspSource: webview.cspSource,
        nonce: createNonce(),
        mermaidScript: asset('mermaid.min.js'),
        previewScript: asset('preview.js'),
        stylesheet: asset('preview.css')
    });
}
