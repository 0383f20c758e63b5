/** Replaces `{name}` placeholders; an unknown placeholder stays visible. */
export function fillTemplate(template: string, data: Readonly<Record<string, string | number>>): string {
    return template.replace(/\{(\w+)\}/g, (placeholder, key: string) => (key in data ? String(data[key]) : placeholder));
}
