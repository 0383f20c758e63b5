/**
 * The engine knowledge base: facts a reviewer knows about postgres, redis,
 * kafka and the rest, as data validated against `schemas/engines.schema.json`.
 * A design's config may add engines; an explicit property always wins.
 */
import builtInEngines from './engines.json' with { type: 'json' };
import type { ComponentKind, EngineInfo, TelemetrySignal } from '../model/design.js';
import { PropertyBag, type PlainValue } from '../model/property-bag.js';
import { parseQuantity } from '../model/units.js';
import { propertySchema, suggestCompoundName } from '../properties/property-schema.js';
import { engines as validateEngines } from '../generated/validators.js'; // schemas/engines.schema.json, compiled at build time

/** An engine as written in the knowledge base. */
export interface EngineEntry {
    readonly title: string;
    readonly kinds: readonly ComponentKind[];
    readonly ha?: boolean;
    readonly ha_when_managed?: boolean;
    readonly clustered?: boolean;
    readonly zones_by_tier?: boolean;
    /** A local emulator of a managed service (DynamoDB Local): judged with that service's facts. */
    readonly stands_for?: string;
    readonly drops_poison_input?: boolean;
    /** A function runtime that moves what keeps failing on triggers of these engines to a poison queue (Azure Functions on Queue and Blob Storage). */
    readonly poison_queue_for?: readonly string[];
    /** A runtime whose built-in connection to these engines the platform wraps in TLS (Cloud Run to Cloud SQL). */
    readonly encrypts_to?: readonly string[];
    readonly durable_workflow?: boolean;
    readonly provider_code?: boolean;
    readonly strong_reads?: boolean;
    readonly signals?: readonly TelemetrySignal[];
    readonly throttles_all_callers?: boolean;
    readonly notes?: string;
    readonly sources?: readonly string[];
    readonly [fact: string]: PlainValue | readonly TelemetrySignal[] | undefined;
}

const META_KEYS = new Set(['title', 'kinds', 'stands_for', 'ha', 'ha_when_managed', 'clustered', 'zones_by_tier', 'drops_poison_input', 'poison_queue_for', 'encrypts_to', 'durable_workflow', 'provider_code', 'strong_reads', 'signals', 'throttles_all_callers', 'notes', 'sources']);

export interface EngineIssue {
    /** JSON path inside the engines object, e.g. `/myqueue/kinds/0`. */
    readonly path: string;
    readonly message: string;
}

/** Validates an engines object (the built-in one, or a config's `engines`). */
export function checkEngines(engines: unknown): EngineIssue[] {
    if (validateEngines(engines)) {
        return [];
    }
    return (validateEngines.errors ?? []).map((error) => ({
        path: error.instancePath || '/',
        message: error.message ?? 'is not valid'
    }));
}

export class EngineCatalog {
    private readonly factCache = new Map<string, PropertyBag>();

    constructor(private readonly entries: ReadonlyMap<string, EngineEntry>) {}

    /** The built-in knowledge base (validated: a broken one is a build bug). */
    static builtIn(): EngineCatalog {
        builtIn ??= EngineCatalog.fromObject(builtInEngines);
        return builtIn;
    }

    static fromObject(engines: unknown): EngineCatalog {
        const issues = checkEngines(engines);
        if (issues.length > 0) {
            throw new Error(`Invalid engines: ${issues.map((issue) => `${issue.path} ${issue.message}`).join('; ')}`);
        }
        return new EngineCatalog(new Map(Object.entries(engines as Record<string, EngineEntry>)));
    }

    /** This catalog with `extra` engines added (they win over built-in ones). */
    with(extra: ReadonlyMap<string, EngineEntry>): EngineCatalog {
        return extra.size === 0 ? this : new EngineCatalog(new Map([...this.entries, ...extra]));
    }

    get(id: string): EngineEntry | undefined {
        return this.entries.get(id.toLowerCase());
    }

    /**
     * The entry whose facts apply: a local emulator's (`stands_for`) are
     * those of the service it stands in for, with its own name, kinds,
     * notes and sources.
     */
    private judgedAs(id: string): EngineEntry | undefined {
        const entry = this.get(id);
        const target = entry?.stands_for === undefined ? undefined : this.get(entry.stands_for);
        if (!entry || !target) {
            return entry;
        }
        return { ...target, title: entry.title, kinds: entry.kinds, notes: entry.notes, sources: entry.sources, stands_for: entry.stands_for };
    }

    ids(): string[] {
        return [...this.entries.keys()].sort();
    }

    /** What a component of `kind` learns from naming `engineId`. */
    info(engineId: string, kind: ComponentKind): EngineInfo {
        const entry = this.judgedAs(engineId);
        if (!entry) {
            return { id: engineId, known: false, kinds: [], ha: false, sources: [], suggestion: suggestCompoundName(engineId.toLowerCase(), this.ids()) };
        }
        return {
            id: engineId,
            known: true,
            title: entry.title,
            kinds: entry.kinds,
            ha: entry.ha === true && entry.kinds.includes(kind),
            haWhenManaged: entry.ha_when_managed === true && entry.kinds.includes(kind),
            clustered: entry.clustered === true && entry.kinds.includes(kind),
            zonesByTier: entry.zones_by_tier === true && entry.kinds.includes(kind),
            dropsPoisonInput: entry.drops_poison_input === true && entry.kinds.includes(kind),
            poisonQueueFor: entry.kinds.includes(kind) ? entry.poison_queue_for : undefined,
            // The platform's connection is the same whatever kind the design draws on it (a Cloud Run job drawn as a worker).
            encryptsTo: entry.encrypts_to,
            durableWorkflow: entry.durable_workflow === true && entry.kinds.includes(kind),
            providerCode: entry.provider_code === true && entry.kinds.includes(kind),
            strongReads: entry.strong_reads === true && entry.kinds.includes(kind),
            managed: entry.managed === true,
            signals: entry.kinds.includes(kind) ? entry.signals : undefined,
            throttlesAllCallers: entry.throttles_all_callers === true && entry.kinds.includes(kind),
            notes: entry.notes,
            sources: entry.sources ?? []
        };
    }

    /** The engine's facts that are properties of `kind`, normalised. */
    facts(engineId: string, kind: ComponentKind): PropertyBag {
        const cacheKey = `${engineId.toLowerCase()}|${kind}`;
        let facts = this.factCache.get(cacheKey);
        if (!facts) {
            facts = this.computeFacts(engineId, kind);
            this.factCache.set(cacheKey, facts);
        }
        return facts;
    }

    private computeFacts(engineId: string, kind: ComponentKind): PropertyBag {
        const entry = this.judgedAs(engineId);
        const keys = propertySchema().bag(`kind.${kind}`)?.keys;
        if (!entry || !keys) {
            return PropertyBag.EMPTY;
        }
        const values: Record<string, PlainValue> = {};
        for (const [fact, value] of Object.entries(entry)) {
            const spec = keys.get(fact);
            if (META_KEYS.has(fact) || value === undefined || !spec) {
                continue;
            }
            values[fact] = spec.unit && typeof value === 'string' ? quantityValue(value) : value;
        }
        return PropertyBag.of(values, 'engine');
    }
}

let builtIn: EngineCatalog | undefined;

function quantityValue(text: string): number {
    const parsed = parseQuantity(text);
    if (!parsed.ok) {
        throw new Error(`engines: ${parsed.message}`);
    }
    return parsed.quantity.value;
}
