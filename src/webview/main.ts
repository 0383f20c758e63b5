/** The preview webview's entry point (bundled for the browser into media/preview.js). */
import { requiredElement } from './dom.js';
import { PreviewApp } from './preview-app.js';
import type { ToWebview } from './preview-messages.js';
import { Host } from './vscode-api.js';

const app = new PreviewApp(new Host(), {
    toolbar: requiredElement('toolbar'),
    viewport: requiredElement('viewport'),
    canvas: requiredElement('canvas'),
    error: requiredElement('error'),
    summary: requiredElement('summary'),
    stage: requiredElement('stage')
});
window.addEventListener('message', (event: MessageEvent<unknown>) => {
    if (isMessage(event.data)) {
        app.receive(event.data);
    }
});
app.start();

function isMessage(data: unknown): data is ToWebview {
    return typeof data === 'object' && data !== null && typeof (data as { type?: unknown }).type === 'string';
}
