/**
 * The Markdown preview plugin (`extendMarkdownIt`): in an ArchLens review
 * report, a `mermaid` fence becomes a placeholder that media/report-preview.js
 * draws. Other Markdown documents are left as they are, so the extension does
 * not change previews it did not open. Kept free of `vscode` for tests.
 */
import type { MarkdownIt } from 'markdown-it';
import { REPORT_SCHEME } from './report-uri.js';

export const DIAGRAM_CLASS = 'archlens-mermaid';

export function drawDiagramsInReports(md: MarkdownIt): MarkdownIt {
    const fallback = md.renderer.rules.fence;
    md.renderer.rules.fence = (tokens, index, options, env, self) => {
        const token = tokens[index];
        if (token.info.trim() === 'mermaid' && isReport(env)) {
            return `<div class="${DIAGRAM_CLASS}">${md.utils.escapeHtml(token.content)}</div>\n`;
        }
        return fallback ? fallback(tokens, index, options, env, self) : self.renderToken(tokens, index, options);
    };
    return md;
}

/** VS Code renders with `env.currentDocument`, the URI of the document previewed. */
function isReport(env: unknown): boolean {
    const document = (env as { currentDocument?: { scheme?: unknown } } | undefined)?.currentDocument;
    return document?.scheme === REPORT_SCHEME;
}
