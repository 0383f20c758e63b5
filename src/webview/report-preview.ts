/**
 * Draws the diagrams of an ArchLens review report in VS Code's Markdown
 * preview (a `markdown.previewScripts` entry): the Markdown plugin turns the
 * report's `mermaid` fences into `div.archlens-mermaid` holding the diagram
 * text, and this script replaces each with its SVG, on load and whenever the
 * preview updates. Mermaid (5 MB) is loaded only into a preview that has such
 * a diagram, not into every Markdown preview the user opens.
 */
import { loadedMermaid } from './mermaid-api.js';
import { mermaidConfigFor } from './mermaid-theme.js';
import { MermaidRenderer } from './mermaid-renderer.js';

/** The class the Markdown plugin gives a diagram's placeholder (src/extension/report/report-markdown.ts). */
const DIAGRAM_CLASS = 'archlens-mermaid';

const renderer = new MermaidRenderer();
let drawing: Promise<void> = Promise.resolve();
/** This script's own tag: its nonce lets the preview's CSP run Mermaid, and Mermaid sits beside it in media/. */
const ownScript = document.currentScript instanceof HTMLScriptElement ? document.currentScript : undefined;
let mermaidLoading: Promise<void> | undefined;

function loadMermaid(): Promise<void> {
    if (loadedMermaid()) {
        return Promise.resolve();
    }
    mermaidLoading ??= new Promise<void>((resolve, reject) => {
        const script = document.createElement('script');
        script.nonce = ownScript?.nonce ?? '';
        script.src = (ownScript?.src ?? '').replace(/report-preview\.js(\?.*)?$/, 'mermaid.min.js');
        script.onload = () => resolve();
        script.onerror = () => reject(new Error('media/mermaid.min.js did not load'));
        document.head.appendChild(script);
    });
    return mermaidLoading;
}

function drawDiagrams(): void {
    // One pass at a time: Mermaid keeps global state while it lays out.
    drawing = drawing.then(drawPending, drawPending);
}

async function drawPending(): Promise<void> {
    const pending = [...document.querySelectorAll<HTMLElement>(`div.${DIAGRAM_CLASS}:not([data-drawn])`)];
    if (pending.length === 0) {
        return;
    }
    await loadMermaid().catch(() => undefined);
    for (const placeholder of pending) {
        const text = placeholder.textContent ?? '';
        const outcome = await renderer.render(text, mermaidConfigFor(document.body));
        placeholder.dataset.drawn = 'true';
        if (outcome.ok) {
            placeholder.replaceChildren(outcome.svg);
        } else {
            const message = document.createElement('pre');
            message.textContent = `The diagram could not be drawn: ${outcome.message}`;
            placeholder.replaceChildren(message);
        }
    }
}

// The preview fills the page after its scripts run: draw once it has loaded, and after each update.
window.addEventListener('load', drawDiagrams);
window.addEventListener('vscode.markdown.updateContent', drawDiagrams);
drawDiagrams();
