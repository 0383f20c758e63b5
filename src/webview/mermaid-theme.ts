/**
 * Mermaid's configuration for the VS Code theme the webview shows: VS Code
 * marks the body with the theme's kind and sets its colours as CSS
 * variables, and the preview re-renders when they change.
 */
import type { MermaidConfig } from './mermaid-api.js';

export type ThemeKind = 'light' | 'dark' | 'highContrast' | 'highContrastLight';

/** Mermaid limits: the generator keeps views far below them, so hitting one means something went wrong upstream. */
const MAX_TEXT_SIZE = 1_000_000;
const MAX_EDGES = 5_000;

export function themeKindOf(body: HTMLElement): ThemeKind {
    const kind = body.dataset.vscodeThemeKind ?? '';
    const has = (name: string): boolean => kind === name || body.classList.contains(name);
    // VS Code gives a light high-contrast theme both high-contrast classes: test the specific one first.
    if (has('vscode-high-contrast-light')) {
        return 'highContrastLight';
    }
    if (has('vscode-high-contrast')) {
        return 'highContrast';
    }
    return has('vscode-dark') ? 'dark' : 'light';
}

export function mermaidConfigFor(body: HTMLElement): MermaidConfig {
    const kind = themeKindOf(body);
    const style = getComputedStyle(body);
    const variable = (name: string, fallback: string): string => style.getPropertyValue(name).trim() || fallback;
    const fontFamily = variable('--vscode-font-family', 'system-ui, -apple-system, "Segoe UI", Ubuntu, sans-serif');
    const base = { startOnLoad: false, securityLevel: 'strict', maxTextSize: MAX_TEXT_SIZE, maxEdges: MAX_EDGES, suppressErrorRendering: true, fontFamily } as const;
    switch (kind) {
        case 'light':
            return { ...base, theme: 'default', themeVariables: { fontFamily } };
        case 'dark':
            return { ...base, theme: 'dark', themeVariables: { fontFamily } };
        case 'highContrast':
            return { ...base, theme: 'base', themeVariables: highContrast(variable('--vscode-editor-background', '#000000'), variable('--vscode-editor-foreground', '#ffffff'), variable('--vscode-contrastBorder', '#6fc3df'), fontFamily) };
        case 'highContrastLight':
            return { ...base, theme: 'base', themeVariables: highContrast(variable('--vscode-editor-background', '#ffffff'), variable('--vscode-editor-foreground', '#000000'), variable('--vscode-contrastBorder', '#0f4a85'), fontFamily) };
    }
}

/** Solid background, text in the foreground colour, every line in the theme's contrast border colour. */
function highContrast(background: string, foreground: string, border: string, fontFamily: string): Record<string, string> {
    return {
        fontFamily,
        background,
        mainBkg: background,
        primaryColor: background,
        secondaryColor: background,
        tertiaryColor: background,
        clusterBkg: background,
        edgeLabelBackground: background,
        primaryTextColor: foreground,
        textColor: foreground,
        titleColor: foreground,
        lineColor: foreground,
        primaryBorderColor: border,
        nodeBorder: border,
        clusterBorder: border
    };
}
