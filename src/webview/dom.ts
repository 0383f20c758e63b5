/** Small DOM builders: text always goes in as `textContent`, never as markup. */

export function element<K extends keyof HTMLElementTagNameMap>(
    tag: K, attributes: Readonly<Record<string, string>> = {}, text?: string
): HTMLElementTagNameMap[K] {
    const created = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes)) {
        created.setAttribute(name, value);
    }
    if (text !== undefined) {
        created.textContent = text;
    }
    return created;
}

export function button(label: string, title: string, onClick: () => void): HTMLButtonElement {
    const created = element('button', { type: 'button', title }, label);
    created.addEventListener('click', onClick);
    return created;
}

export function requiredElement(id: string): HTMLElement {
    const found = document.getElementById(id);
    if (!found) {
        throw new Error(`The preview page has no #${id}.`);
    }
    return found;
}
