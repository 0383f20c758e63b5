/**
 * The part of Mermaid's API the preview uses. Mermaid is bundled with the
 * extension (media/mermaid.min.js, loaded by its own script tag before the
 * preview's) and sets `window.mermaid`.
 */
export type MermaidTheme = 'default' | 'dark' | 'base';

export interface MermaidConfig {
    readonly startOnLoad: false;
    /** Labels are sanitized, `click` and links are disabled, directives cannot change this. */
    readonly securityLevel: 'strict';
    readonly theme: MermaidTheme;
    readonly themeVariables?: Readonly<Record<string, string>>;
    readonly fontFamily?: string;
    readonly maxTextSize: number;
    readonly maxEdges: number;
    /** Mermaid would otherwise draw its own "bomb" diagram into the page; the preview shows its own message. */
    readonly suppressErrorRendering: true;
}

export interface MermaidApi {
    initialize(config: MermaidConfig): void;
    render(id: string, text: string): Promise<{ readonly svg: string }>;
}

export function loadedMermaid(): MermaidApi | undefined {
    const candidate = (globalThis as { mermaid?: Partial<MermaidApi> }).mermaid;
    return typeof candidate?.initialize === 'function' && typeof candidate.render === 'function' ? candidate as MermaidApi : undefined;
}
