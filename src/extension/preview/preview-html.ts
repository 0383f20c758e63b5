/**
 * The preview's page and webview options, as pure functions of the URIs (so
 * the browser test loads exactly this page with file URLs). Security model:
 * nothing may load or run but the extension's own media files; scripts run
 * only with this panel's nonce; styles may be inline because Mermaid writes
 * a `<style>` into each SVG it draws.
 */
import { randomBytes } from 'node:crypto';

export interface PreviewPageResources {
    /** The webview's `cspSource`: where its resources may come from. */
    readonly cspSource: string;
    readonly nonce: string;
    readonly mermaidScript: string;
    readonly previewScript: string;
    readonly stylesheet: string;
}

/** A fresh nonce for each page: 128 random bits. */
export function createNonce(): string {
    return randomBytes(16).toString('base64url');
}

export function contentSecurityPolicy(cspSource: string, nonce: string): string {
    return [
        "default-src 'none'",
        `img-src ${cspSource} data:`,
        `style-src ${cspSource} 'unsafe-inline'`,
        `script-src 'nonce-${nonce}'`,
        `font-src ${cspSource}`
    ].join('; ');
}

export function previewHtml(resources: PreviewPageResources): string {
    const attribute = escapeAttribute;
    const nonce = attribute(resources.nonce);
    return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${attribute(contentSecurityPolicy(resources.cspSource, resources.nonce))}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${attribute(resources.stylesheet)}">
<title>ArchLens Preview</title>
</head>
<body>
<div id="toolbar" role="toolbar" aria-label="Diagram"></div>
<div id="stage">
<div id="viewport" tabindex="0" aria-label="Architecture diagram: drag to pan, wheel or + and − to zoom, 0 to fit, arrows to scroll">
<div id="canvas"><p class="placeholder">Drawing the diagram…</p></div>
</div>
<div id="error" role="alert" hidden></div>
<aside id="summary" aria-label="What changed" hidden></aside>
</div>
<script nonce="${nonce}" src="${attribute(resources.mermaidScript)}"></script>
<script nonce="${nonce}" src="${attribute(resources.previewScript)}"></script>
</body>
</html>
`;
}

/**
 * The webview's options: scripts on, and the only local folder it may read
 * is the extension's media folder (not the workspace, not the extension's
 * other files).
 */
export function previewWebviewOptions<U>(mediaFolder: U): { enableScripts: true; enableCommandUris: false; localResourceRoots: U[] } {
    return { enableScripts: true, enableCommandUris: false, localResourceRoots: [mediaFolder] };
}

function escapeAttribute(value: string): string {
    return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
