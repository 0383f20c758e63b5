/**
 * Runs Mermaid: one render at a time (Mermaid keeps global state while it
 * lays out), a fresh element id per render, and an error turned into a
 * message instead of Mermaid's own error drawing.
 */
import { loadedMermaid, type MermaidConfig } from './mermaid-api.js';
import { parseSvg } from './sanitize-svg.js';

export type RenderOutcome =
    | { readonly ok: true; readonly svg: SVGSVGElement; readonly renderId: string; readonly milliseconds: number }
    | { readonly ok: false; readonly message: string; readonly milliseconds: number };

export class MermaidRenderer {
    private renders = 0;
    private appliedConfig = '';

    async render(text: string, config: MermaidConfig): Promise<RenderOutcome> {
        const started = performance.now();
        const mermaid = loadedMermaid();
        if (!mermaid) {
            return { ok: false, message: 'Mermaid did not load (media/mermaid.min.js is missing from the extension).', milliseconds: 0 };
        }
        const configKey = JSON.stringify(config);
        if (configKey !== this.appliedConfig) {
            mermaid.initialize(config);
            this.appliedConfig = configKey;
        }
        this.renders += 1;
        const renderId = `archlens-diagram-${this.renders}`;
        try {
            const { svg } = await mermaid.render(renderId, text);
            return { ok: true, svg: parseSvg(svg), renderId, milliseconds: performance.now() - started };
        } catch (error) {
            return { ok: false, message: messageOf(error), milliseconds: performance.now() - started };
        } finally {
            removeLeftovers(renderId);
        }
    }
}

/** Mermaid measures text in temporary elements of the page, which a failed render may leave behind. */
function removeLeftovers(renderId: string): void {
    for (const id of [`d${renderId}`, renderId, `i${renderId}`]) {
        document.getElementById(id)?.remove();
    }
}

/** Mermaid throws Errors, strings, or parser objects with `str` / `message`. */
export function messageOf(error: unknown): string {
    if (error instanceof Error) {
        return error.message;
    }
    if (typeof error === 'string') {
        return error;
    }
    if (typeof error === 'object' && error !== null) {
        const candidate = error as { str?: unknown; message?: unknown };
        if (typeof candidate.str === 'string') {
            return candidate.str;
        }
        if (typeof candidate.message === 'string') {
            return candidate.message;
        }
    }
    return String(error);
}
