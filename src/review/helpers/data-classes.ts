/**
 * The data a store or link carries, as the design classifies it
 * (review-quality principle 5): `pii`, `payment`, `credentials` and `health`
 * raise encryption, TLS and WAF findings; `public` (or any other class the
 * design states) silences them; nothing stated leaves the data unclassified,
 * which a rule asks about once.
 */
import type { Component, Connection, Design } from '../../model/design.js';
import { isDataStore, SENSITIVE_DATA } from '../../model/component-facts.js';
import { joinWords } from './wording.js';

export type DataClass =
    | { readonly kind: 'sensitive'; readonly data: readonly string[] }
    | { readonly kind: 'other' }
    | { readonly kind: 'unclassified' };

/** How messages name each sensitive class. */
const DATA_WORDS: Readonly<Record<string, string>> = { pii: 'personal', payment: 'payment', credentials: 'credential', health: 'health' };

/** What a stated `data` list says, or unclassified when there is none. */
export function classify(data: readonly string[] | undefined): DataClass {
    if (data === undefined || data.length === 0) {
        return { kind: 'unclassified' };
    }
    const sensitive = SENSITIVE_DATA.filter((item) => data.includes(item));
    return sensitive.length > 0 ? { kind: 'sensitive', data: sensitive } : { kind: 'other' };
}

/** The class of what an element (component or connection) declares in `data`. */
export function dataClassOf(element: Component | Connection): DataClass {
    return classify(element.properties.words('data'));
}

/**
 * What a connection carries: its own `data`, else the data of the store,
 * service or external system it calls, else of the store it reads from.
 */
export function linkDataClass(connection: Connection): DataClass {
    for (const element of [connection, connection.target, ...(isDataStore(connection.source) ? [connection.source] : [])]) {
        const data = dataClassOf(element);
        if (data.kind !== 'unclassified') {
            return data;
        }
    }
    return { kind: 'unclassified' };
}

/** The sensitive classes the design says it handles (`requirements { data: [...] }`). */
export function designSensitiveData(design: Design): readonly string[] {
    const data = classify(design.settings.requirements?.properties.words('data'));
    return data.kind === 'sensitive' ? data.data : [];
}

/** Every sensitive class of the list, once, in catalogue order. */
export function mergeSensitive(lists: readonly (readonly string[])[]): string[] {
    const all = new Set(lists.flat());
    return SENSITIVE_DATA.filter((item) => all.has(item));
}

/** `personal and payment data`, for messages. */
export function dataWords(data: readonly string[]): string {
    return `${joinWords(data.map((item) => DATA_WORDS[item] ?? item))} data`;
}
