/**
 * What names suggest when the files say nothing better, always as a guess:
 * an image the table does not know but whose name says what it is
 * (`weaveworksdemos/user-db`, `acme/orders-mongo`), and a store named after
 * the one service it belongs to (`carts` and `carts-db`: many demo
 * applications bake the store's host name into their image, so no file
 * names it).
 */
import type { ComponentKind } from '../model/design.js';

interface KindHint {
    readonly pattern: RegExp;
    readonly kind: ComponentKind;
    readonly engine?: string;
}

const HINTS: readonly KindHint[] = [
    { pattern: /mongo/, kind: 'database', engine: 'mongodb' },
    { pattern: /postgres|(?:^|[-_/])pg(?:$|[-_])/, kind: 'database', engine: 'postgres' },
    { pattern: /mysql/, kind: 'database', engine: 'mysql' },
    { pattern: /maria/, kind: 'database', engine: 'mariadb' },
    { pattern: /redis/, kind: 'cache', engine: 'redis' },
    { pattern: /rabbit/, kind: 'queue', engine: 'rabbitmq' },
    { pattern: /kafka/, kind: 'queue', engine: 'kafka' },
    { pattern: /(?:^|[-_/])(?:db|database)(?:$|[-_])|[a-z]db$/, kind: 'database' }
];

/** The kind (and engine) a name suggests, or undefined. */
export function kindFromName(name: string): KindHint | undefined {
    const lower = name.toLowerCase();
    return HINTS.find((hint) => hint.pattern.test(lower));
}

const STORE_SUFFIX = /^(.+?)[-_](?:db|database|mongo|mongodb|mysql|postgres|redis|cache|store)$/i;

/** The service a store is named after (`carts-db` → `carts`), when that service exists. */
export function ownerByName(store: string, services: ReadonlySet<string>): string | undefined {
    const owner = STORE_SUFFIX.exec(store)?.[1];
    return owner !== undefined && services.has(owner) ? owner : undefined;
}
