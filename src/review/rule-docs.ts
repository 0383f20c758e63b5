/** Where each rule's documentation page lives (docs/rules/<group>/<name>.md). */
const DOCS_BASE = 'https://github.com/archlens/archlens/blob/main/docs/rules';

export function ruleDocsPath(id: string): string {
    return `docs/rules/${id}.md`;
}

export function ruleDocsUrl(id: string): string {
    return `${DOCS_BASE}/${id}.md`;
}
