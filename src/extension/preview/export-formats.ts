/**
 * The files the export commands write, and where the save dialog proposes
 * them. Free of `vscode` so it can be unit tested.
 */
import type { Diagram } from '../../diagram/diagram-types.js';
import { largest } from '../../util/large-arrays.js';

export type ExportFormat = 'mermaid' | 'markdown' | 'svg';

export const EXPORT_EXTENSIONS: Readonly<Record<ExportFormat, string>> = { mermaid: 'mmd', markdown: 'md', svg: 'svg' };

export const EXPORT_FILTERS: Readonly<Record<ExportFormat, Record<string, string[]>>> = {
    mermaid: { Mermaid: ['mmd', 'mermaid'] },
    markdown: { Markdown: ['md'] },
    svg: { SVG: ['svg'] }
};

/** The design file's path with the export's extension: `/a/shop.arch` → `/a/shop.mmd`. */
export function exportPath(designPath: string, format: ExportFormat): string {
    const slash = designPath.lastIndexOf('/');
    const folder = designPath.slice(0, slash + 1);
    const file = designPath.slice(slash + 1);
    const dot = file.lastIndexOf('.');
    const stem = dot > 0 ? file.slice(0, dot) : file || 'diagram';
    return `${folder}${stem}.${EXPORT_EXTENSIONS[format]}`;
}

/** A Markdown page: the design's name as heading, the view's note, and the diagram in a `mermaid` fence. */
export function markdownDocument(design: string, diagram: Diagram): string {
    const lines = [`# ${design}`, ''];
    if (diagram.note) {
        lines.push(`> ${diagram.note}`, '');
    }
    // The generator writes no backticks into the text (it escapes them), so a three-backtick fence cannot be closed early; a longer fence is used if it ever does.
    const fence = '`'.repeat(Math.max(3, longestBacktickRun(diagram.text) + 1));
    lines.push(`${fence}mermaid`, diagram.text.replace(/\n$/, ''), fence, '');
    return lines.join('\n');
}

function longestBacktickRun(text: string): number {
    return largest([...text.matchAll(/`+/g)].map((match) => match[0].length), 0);
}
