const PLACEHOLDER = /\{(\w+)\}/g;

/** Replaces `{name}` placeholders; an unknown placeholder stays visible. */
export function fillTemplate(template: string, data: Readonly<Record<string, string | number>>): string {
    return template.replace(PLACEHOLDER, (placeholder, key: string) => (key in data ? String(data[key]) : placeholder));
}

/** The names of a template's `{name}` placeholders, in order, repeats included. */
export function placeholdersOf(template: string): string[] {
    return [...template.matchAll(PLACEHOLDER)].map((match) => match[1]);
}
