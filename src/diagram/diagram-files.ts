/** The files a diagram is saved as: Mermaid text, or Markdown with a fenced `mermaid` block. */
import { fencedBlock, inlineText } from '../util/escape/markdown.js';

export type DiagramFormat = 'mmd' | 'md' | 'svg';

export function formatOfPath(file: string): DiagramFormat | undefined {
    const extension = file.toLowerCase().split('.').pop();
    return extension === 'mmd' || extension === 'md' || extension === 'svg' ? extension : undefined;
}

/** The heading (the design's name and title, as text) and the diagram. */
export function diagramMarkdown(designName: string, title: string | undefined, mermaidText: string): string {
    const heading = title ? `${designName}: ${title}` : designName;
    return `# ${inlineText(heading)}\n\n${fencedBlock('mermaid', mermaidText)}\n`;
}
