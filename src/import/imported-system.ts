/**
 * What an import reads out of Compose files or Kubernetes manifests, before
 * it is written as a design: components, connections and networks, each fact
 * with the place in the YAML it came from and, when it was inferred rather
 * than read, why (a guess). The emitter turns this into `.arch` text; nothing
 * else reads it.
 */
import type { ComponentKind, Range } from '../model/design.js';
import type { YamlProblem } from './yaml/yaml-source.js';

/** Where a fact was read: the file, the range of the key or value, and the key's path (`services.db.image`). */
export interface Provenance {
    readonly uri: string;
    readonly range: Range;
    readonly key: string;
}

/** A property value as the language writes it: a number, a word, a string, a list of words, or a block. */
export type ImportedValue = number | boolean | string | { readonly word: string } | readonly ImportedValue[] | { readonly block: readonly ImportedProperty[] };

export interface ImportedProperty {
    readonly key: string;
    readonly value: ImportedValue;
    readonly from: Provenance;
    /** Why this is inferred rather than read, when it is (written into the design as a `// guess:` comment). */
    readonly guess?: string;
    /** What the file says that explains the value (written as a comment), for a value read from an absence. */
    readonly note?: string;
}

export interface ImportedComponent {
    /** The name in the design: the service's name in PascalCase (`cart-service` → `CartService`). */
    readonly name: string;
    /** The name in the YAML. */
    readonly sourceName: string;
    readonly kind: ComponentKind;
    /** Why this kind (the image, `build:`, no ports and a queue), and whether it is a guess. */
    readonly kindBasis: string;
    readonly kindGuess?: string;
    readonly properties: readonly ImportedProperty[];
    /** The network (trust boundary) it is in, if any. */
    readonly network?: string;
    readonly from: Provenance;
}

export interface ImportedConnection {
    readonly source: string;
    readonly target: string;
    /** What showed it: `depends_on`, `links`, `environment DATABASE_URL`. */
    readonly evidence: string;
    readonly properties: readonly ImportedProperty[];
    readonly from: Provenance;
    /** Why the connection is inferred rather than read: written as `inferred`, so findings on it are questions. */
    readonly inferred?: string;
}

export interface ImportedNetwork {
    readonly name: string;
    readonly sourceName: string;
    readonly exposure: 'public' | 'private';
    /** `default_deny` when a policy denies what is not allowed (a Kubernetes NetworkPolicy selecting every pod). */
    readonly policy?: 'default_deny';
    /** `1` when every member runs on one machine (a Compose project on one Docker engine). */
    readonly hosts?: number;
    readonly from: Provenance;
    readonly description: string;
}

export interface ImportedSystem {
    /** The design's name (from the project or folder name, in PascalCase). */
    readonly name: string;
    readonly title: string;
    /** Every file read, in order. */
    readonly files: readonly string[];
    readonly components: readonly ImportedComponent[];
    readonly connections: readonly ImportedConnection[];
    readonly networks: readonly ImportedNetwork[];
    /** Problems with the input, each positioned: invalid YAML, schema errors, unknown kinds, what was not followed. */
    readonly problems: readonly ImportProblem[];
}

/** The language rule an input problem is reported under (src/review/language-rules.ts). */
export type ImportProblemRule = 'import/invalid-yaml' | 'import/schema' | 'import/not-followed';

export interface ImportProblem extends YamlProblem {
    readonly rule: ImportProblemRule;
    readonly severity: 'error' | 'warning' | 'info';
}
