/**
 * A store nobody's files connect to, named after one service (`carts-db`
 * beside `carts`), is taken as that service's store: many demo applications
 * bake the store's host name into their image, so no file names it. The
 * connection is `inferred`, so a finding on it is a question.
 */
import type { ComponentKind } from '../model/design.js';
import type { ImportedConnection, Provenance } from './imported-system.js';
import { ownerByName } from './naming-hints.js';

const STORE_KINDS: ReadonlySet<ComponentKind> = new Set(['database', 'cache', 'search', 'storage']);
const CALLER_KINDS: ReadonlySet<ComponentKind> = new Set(['service', 'worker', 'function', 'gateway']);

export interface NamedComponent {
    readonly name: string;
    readonly sourceName: string;
    readonly kind: ComponentKind;
    readonly from: Provenance;
}

export function storesByName(components: readonly NamedComponent[], found: readonly ImportedConnection[]): ImportedConnection[] {
    const callers = new Map(components.filter((component) => CALLER_KINDS.has(component.kind)).map((component) => [component.sourceName, component]));
    const reached = new Set(found.map((connection) => connection.target));
    return components.filter((store) => STORE_KINDS.has(store.kind) && !reached.has(store.name)).flatMap((store): ImportedConnection[] => {
        const owner = callers.get(ownerByName(store.sourceName, new Set(callers.keys())) ?? '');
        return owner ? [{ source: owner.name, target: store.name, evidence: `the name ${store.sourceName}`, properties: [], from: store.from, inferred: `${store.sourceName} is named after ${owner.sourceName} and nothing else connects to it: taken as its store` }] : [];
    });
}
