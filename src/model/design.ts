/**
 * The design model: a plain, typed, immutable view of one design, built from
 * every `architecture` block of that name across the files of a workspace.
 * Rules, estimates, the diagram and the report read only this model.
 */
import type { PropertyBag } from './property-bag.js';
import type { ComponentPropertyKey, ConnectionPropertyKey, GroupPropertyKey, JourneyPropertyKey, SettingsPropertyKey, TransactionPropertyKey } from './property-keys.js';

/** 0-based line and character, as in LSP. */
export interface Position {
    readonly line: number;
    readonly character: number;
}

export interface Range {
    readonly start: Position;
    readonly end: Position;
}

/** Where an element is written: the file, its whole text and its name. */
export interface SourceLocation {
    readonly uri: string;
    readonly range: Range;
    /** The element's name (or header): where findings about it point. */
    readonly nameRange: Range;
}

/**
 * The kinds of the language, each declared once here. The grammar, the
 * schemas, the TextMate grammar and the snippets list them too (they cannot
 * import TypeScript): test/language/kinds-agreement.test.ts checks that they
 * all agree with these lists.
 */
export const COMPONENT_KINDS = [
    'client', 'external', 'dns', 'cdn', 'loadbalancer', 'gateway', 'service', 'worker', 'function',
    'database', 'cache', 'queue', 'storage', 'search', 'coordinator', 'idp', 'monitoring', 'logging'
] as const;

export const GROUP_KINDS = ['system', 'network'] as const;

export const SETTINGS_KINDS = ['requirements', 'deployment', 'operations', 'testing', 'security'] as const;

export type ComponentKind = (typeof COMPONENT_KINDS)[number];

export type GroupKind = (typeof GROUP_KINDS)[number];

export type SettingsKind = (typeof SETTINGS_KINDS)[number];

export function isComponentKind(kind: string): kind is ComponentKind {
    return (COMPONENT_KINDS as readonly string[]).includes(kind);
}

/** Telemetry a monitoring product collects: metrics, request traces, logs, or application performance (per-endpoint latency of instrumented apps). */
export type TelemetrySignal = 'metrics' | 'traces' | 'logs' | 'apm';

/** What the knowledge base says about a component's engine. */
export interface EngineInfo {
    /** As written in the design (`postgres`). */
    readonly id: string;
    /** False when the engine is not in the knowledge base. */
    readonly known: boolean;
    readonly title?: string;
    readonly kinds: readonly ComponentKind[];
    /** Highly available on its own: one declared instance is not a single point of failure. */
    readonly ha: boolean;
    /** Every managed offering runs it as a replicated cluster: with `managed: true` stated, it is not a single instance. */
    readonly haWhenManaged?: boolean;
    /** Runs as a cluster of nodes by design (Cassandra, HBase): a count left unstated is not one instance. */
    readonly clustered?: boolean;
    /** Spans availability zones only in a tier or setting the design must choose (zone-redundant Azure SQL, Service Bus Premium). */
    readonly zonesByTier?: boolean;
    /** A consumer that drops and logs input it cannot read (a stream-processing job): nothing is redelivered to it forever. */
    readonly dropsPoisonInput?: boolean;
    /** The source engines whose triggers this runtime dead-letters on its own (a poison queue after a few attempts). */
    readonly poisonQueueFor?: readonly string[];
    /** The engines this runtime reaches through a platform connection wrapped in TLS (Cloud Run's Cloud SQL connection). */
    readonly encryptsTo?: readonly string[];
    /** A durable workflow orchestrator (Step Functions): each run is its own execution, its task calls bounded and caught into compensation. */
    readonly durableWorkflow?: boolean;
    /** A provider's product that runs none of the customer's code (MediaPackage, Athena): its request handling and its own calls are the provider's. */
    readonly providerCode?: boolean;
    /** Strongly consistent reads on request, though the default is weaker (engine fact `strong_reads`). */
    readonly strongReads?: boolean;
    /** A managed product (DynamoDB, RDS, Cosmos DB), whose defaults are its vendor's; false for an engine many providers run (postgres, redis). */
    readonly managed?: boolean;
    /** The telemetry a monitoring product collects, when the knowledge base says (a tracing backend collects traces only). */
    readonly signals?: readonly TelemetrySignal[];
    /** A gateway whose default throttle is one quota shared by every caller, not a limit per caller. */
    readonly throttlesAllCallers?: boolean;
    readonly notes?: string;
    readonly sources: readonly string[];
    /** For an unknown engine: the closest known one, when the name looks like a typo. */
    readonly suggestion?: string;
}

/** What a `defaults` block can hold an entry for: a component kind, or `connection`. */
export type DefaultsKind = ComponentKind | 'connection';

export function isDefaultsKind(kind: string): kind is DefaultsKind {
    return kind === 'connection' || isComponentKind(kind);
}

/**
 * What `defaults { … }` blocks state for one scope (the design or a group),
 * per kind, as written there. Members already carry what they inherit (in
 * their `properties`, source `inherited`); rules rarely read these.
 */
export type ScopeDefaults = { readonly [Kind in DefaultsKind]?: PropertyBag };

export interface Group {
    readonly kind: GroupKind;
    readonly name: string;
    readonly title?: string;
    readonly design: string;
    readonly parent?: Group;
    /** Merged across every block of this kind and name in the design (one boundary). */
    readonly properties: PropertyBag<GroupPropertyKey>;
    readonly defaults: ScopeDefaults;
    /** For networks: `public` or `private` (the default). */
    readonly exposure?: 'public' | 'private';
    readonly location: SourceLocation;
}

export interface Component {
    readonly kind: ComponentKind;
    readonly name: string;
    readonly title?: string;
    /** The design this component belongs to. */
    readonly design: string;
    /** The innermost group holding it, if any; follow `parent` for the rest. */
    readonly group?: Group;
    /**
     * Its own properties, over the defaults of its innermost group, over
     * those of the outer groups, over the design's, over the engine's facts.
     */
    readonly properties: PropertyBag<ComponentPropertyKey>;
    readonly engine?: EngineInfo;
    readonly location: SourceLocation;
    /** True for a component of another design reached by `Design.Name`. */
    readonly foreign: boolean;
    /** Another design connects to it (`ThisDesign.Name` written elsewhere). */
    readonly referencedByOtherDesigns: boolean;
}

/**
 * The wire protocols a connection may name (`connection.protocol` in the
 * properties schema, and words of the `:` shorthand), declared once here.
 */
export const CONNECTION_PROTOCOLS = ['http', 'https', 'grpc', 'grpcs', 'tcp', 'sql', 'amqp', 'kafka', 'ws', 'wss', 'redis', 'smtp'] as const;

export type ConnectionProtocol = (typeof CONNECTION_PROTOCOLS)[number];

export function isConnectionProtocol(word: string): word is ConnectionProtocol {
    return (CONNECTION_PROTOCOLS as readonly string[]).includes(word);
}

export type ConnectionMode = 'sync' | 'async';
export type ConnectionAccess = 'reads' | 'writes' | 'read_write';

export interface Connection {
    /** `Source->Target`; unique per design up to repeated declarations. */
    readonly id: string;
    readonly source: Component;
    readonly target: Component;
    readonly label?: string;
    /**
     * Normalised properties, from the `:` shorthand and the block, over what
     * it inherits from the scopes holding both its ends (`connection`
     * defaults, a network's `tls`, `auth` and `mesh`), innermost first.
     */
    readonly properties: PropertyBag<ConnectionPropertyKey>;
    /** `sync` unless written otherwise or either end is a queue. */
    readonly mode: ConnectionMode;
    /** What the source does with the target's data; `undefined` when unsaid. */
    readonly access?: ConnectionAccess;
    /** As written; the language reports a word that is not one of CONNECTION_PROTOCOLS. */
    readonly protocol?: string;
    /** The protocol or `tls: true` encrypts the connection. */
    readonly encrypted: boolean;
    readonly location: SourceLocation;
}

export interface Transaction {
    readonly name: string;
    readonly title?: string;
    readonly design: string;
    readonly writes: readonly Component[];
    readonly properties: PropertyBag<TransactionPropertyKey>;
    readonly location: SourceLocation;
}

/**
 * A user journey (`journey Checkout { Web -> Orders -> Payments, availability: 99.95% }`):
 * the components one request passes, in order, and the targets this journey
 * must meet, which may differ from the design-wide `requirements`.
 */
export interface Journey {
    readonly name: string;
    readonly title?: string;
    readonly design: string;
    /** The components in the order the request passes them (each written path, in order). */
    readonly steps: readonly Component[];
    /** Each written path as its hops (`Web -> Orders`): the connections the journey takes, when the design declares them. */
    readonly hops: readonly { readonly source: Component; readonly target: Component; readonly connection?: Connection }[];
    readonly properties: PropertyBag<JourneyPropertyKey>;
    readonly location: SourceLocation;
}

export interface Settings<Kind extends SettingsKind = SettingsKind> {
    readonly kind: Kind;
    readonly properties: PropertyBag<SettingsPropertyKey<Kind>>;
    readonly location: SourceLocation;
}

export interface Suppression {
    readonly rules: readonly string[];
    readonly reason?: string;
    /** `next-line` silences findings on `targetLine`; `file` silences the whole file. */
    readonly scope: 'next-line' | 'file';
    readonly uri: string;
    /** The comment itself. */
    readonly range: Range;
    /** For `next-line`: the 0-based line of the element it applies to. */
    readonly targetLine?: number;
}

export interface Design {
    readonly name: string;
    readonly title?: string;
    /** URIs of the files holding a block of this design, in load order. */
    readonly files: readonly string[];
    /** The first `architecture` header: where design-wide findings point. */
    readonly location: SourceLocation;
    readonly components: readonly Component[];
    readonly groups: readonly Group[];
    readonly connections: readonly Connection[];
    readonly transactions: readonly Transaction[];
    readonly journeys: readonly Journey[];
    readonly settings: { readonly [Kind in SettingsKind]?: Settings<Kind> };
    /** The design-wide `defaults` blocks (those directly in `architecture` blocks). */
    readonly defaults: ScopeDefaults;
    readonly suppressions: readonly Suppression[];
}
