/** The files a diagram is saved as: Mermaid text, or Markdown with a fenced `mermaid` block. */

export type DiagramFormat = 'mmd' | 'md' | 'svg';

export function formatOfPath(file: string): DiagramFormat | undefined {
    const extension = file.toLowerCase().split('.').pop();
    return extension === 'mmd' || extension === 'md' || extension === 'svg' ? extension : undefined;
}

export function diagramMarkdown(designName: string, title: string | undefined, mermaidText: string): string {
    const heading = title ? `${designName}: ${title}` : designName;
    return `# ${heading}\n\n\`\`\`mermaid\n${mermaidText.trimEnd()}\n\`\`\`\n`;
}
