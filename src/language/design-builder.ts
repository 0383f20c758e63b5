/**
 * Builds the design model from every `architecture` block of one name, across
 * the documents of a workspace. The result holds no AST node: rules,
 * estimates, the diagram and the report never see Langium.
 */
import { firstNodeForProperty } from './first-node-for-property.js';
import { AstUtils, GrammarUtils, type AstNode, type LangiumDocument, type Reference } from 'langium';
import type {
    Component, ComponentKind, Connection, ConnectionProtocol, DefaultsKind, Design, Group, GroupKind, Journey, Range, ScopeDefaults, SettingsKind, SourceLocation, Suppression, Transaction
} from '../model/design.js';
import { isComponentKind, isDefaultsKind } from '../model/design.js';
import { PropertyBag, type PlainValue, type PropertyEntry } from '../model/property-bag.js';
import type { GroupPropertyKey } from '../model/property-keys.js';
import type { EngineCatalog } from '../engine-catalog/engine-catalog.js';
import { expandShorthand } from './connection-shorthand.js';
import { architectureOf } from './arch-naming.js';
import type { PropertyConversions, PropertyHolder } from './property-conversions.js';
import {
    type Architecture, type Component as AstComponent, type Connection as AstConnection, type Defaults as AstDefaults, type Group as AstGroup,
    type Extend as AstExtend, type Journey as AstJourney, type Member, type Outgoing, type Settings as AstSettings, type Shorthand, type Transaction as AstTransaction,
    isComponent, isConnection, isDefaults, isExtend, isGroup, isJourney, isSettings, isTransaction
} from './generated/ast.js';
import { appendAll } from '../util/large-arrays.js';

export interface DesignBlock {
    readonly architecture: Architecture;
    readonly document: LangiumDocument;
}

/** A problem only the whole design shows (a name declared in two files). */
export interface DesignProblem {
    readonly node: AstNode;
    readonly property?: string;
    readonly severity: 'error' | 'warning';
    readonly code: 'meta/duplicate-name';
    readonly message: string;
    readonly related: readonly { readonly node: AstNode; readonly message: string }[];
}

export interface BuiltDesign {
    readonly design: Design;
    readonly problems: readonly DesignProblem[];
    /** The model element of each component node, for editor features. */
    readonly componentOf: (node: AstComponent) => Component | undefined;
}

export interface DesignBuilderContext {
    readonly catalog: EngineCatalog;
    /** Whether a component is referenced from a block of another design. */
    readonly referencedElsewhere: (node: AstComponent) => boolean;
    readonly conversions: PropertyConversions;
    readonly suppressionsOf: (document: LangiumDocument) => readonly Suppression[];
}

const ENCRYPTED_PROTOCOLS: ReadonlySet<string> = new Set<ConnectionProtocol>(['https', 'grpcs', 'wss']);
const ASYNC_PROTOCOLS: ReadonlySet<string> = new Set<ConnectionProtocol>(['kafka', 'amqp']);

export function buildDesign(name: string, blocks: readonly DesignBlock[], context: DesignBuilderContext): BuiltDesign {
    return new Builder(name, context).build(blocks);
}

/** What the `defaults` blocks of one scope state, per kind, as entries its members inherit. */
class DefaultsDraft {
    readonly entries = new Map<DefaultsKind, Map<string, PropertyEntry>>();
    /** The first property node of each `kind.key`, to report a key set twice. */
    readonly firstNodes = new Map<string, AstNode>();

    toScopeDefaults(): ScopeDefaults {
        return freeze(Object.fromEntries([...this.entries].map(([kind, entries]) => [kind, new PropertyBag(entries)])));
    }
}

/**
 * A group while the design is collected: every block of one kind and name
 * (across `architecture` blocks and files) adds to the same draft, so that
 * same-name networks are one boundary with merged properties and defaults.
 */
interface GroupDraft {
    readonly kind: GroupKind;
    readonly name: string;
    title?: string;
    readonly parent?: GroupDraft;
    /** The first block: where findings about the group point. */
    readonly node: AstGroup;
    readonly entries: Map<string, PropertyEntry>;
    readonly firstNodes: Map<string, AstNode>;
    readonly defaults: DefaultsDraft;
    group?: Group;
}

/** Keys a network states for its members' components (`zones`) and for connections inside it (`tls`, `auth`). */
const GROUP_COMPONENT_KEYS = ['zones'] as const;
const GROUP_CONNECTION_KEYS = ['tls', 'auth'] as const;

class Builder {
    private readonly components: Component[] = [];
    private readonly groups: Group[] = [];
    private readonly groupDrafts = new Map<string, GroupDraft>();
    private readonly designDefaults = new DefaultsDraft();
    private readonly componentNodes: { node: AstComponent; scope?: GroupDraft }[] = [];
    private readonly componentByNode = new Map<AstComponent, Component>();
    private readonly problems: DesignProblem[] = [];
    private readonly pending: { node: Outgoing | AstConnection; owner?: AstComponent }[] = [];
    private readonly transactionNodes: AstTransaction[] = [];
    private readonly extendNodes: AstExtend[] = [];
    /** What `extend` blocks add to each component of this design. */
    private extensions = new Map<AstComponent, PropertyBag>();
    private readonly journeyNodes: AstJourney[] = [];
    private readonly settingsNodes: AstSettings[] = [];
    private readonly componentInheritance = new Map<Group | undefined, Map<ComponentKind, PropertyBag>>();
    private readonly connectionLayers = new Map<Group, PropertyBag>();
    private scopeDefaults: ScopeDefaults = {};

    constructor(private readonly name: string, private readonly context: DesignBuilderContext) {}

    build(blocks: readonly DesignBlock[]): BuiltDesign {
        // Groups and defaults first: a default (or a same-name network's
        // property) written after a component, or in another file, still
        // applies to it.
        for (const block of blocks) {
            this.collect(block.architecture.members, undefined);
        }
        this.freezeGroups();
        this.scopeDefaults = this.designDefaults.toScopeDefaults();
        this.extensions = this.collectExtensions();
        for (const { node, scope } of this.componentNodes) {
            const component = this.component(node, scope?.group, false);
            if (component) {
                this.components.push(component);
            }
        }
        const connections = this.pending.flatMap((item) => this.connectionsOf(item.node, item.owner));
        const design: Design = freeze({
            name: this.name,
            title: blocks.find((block) => block.architecture.title)?.architecture.title,
            files: unique(blocks.map((block) => block.document.uri.toString())),
            location: locationOf(blocks[0].architecture, 'name'),
            components: freeze(this.components),
            groups: freeze(this.groups),
            connections: freeze(connections),
            transactions: freeze(this.transactionNodes.map((node) => this.transaction(node))),
            journeys: freeze(this.journeyNodes.map((node) => this.journey(node, connections))),
            settings: freeze(this.settings()),
            defaults: this.scopeDefaults,
            suppressions: freeze(unique(blocks.map((block) => block.document)).flatMap((document) => this.context.suppressionsOf(document)))
        });
        this.reportDuplicates();
        return { design, problems: this.problems, componentOf: (node) => this.componentByNode.get(node) };
    }

    private collect(members: readonly Member[], scope: GroupDraft | undefined): void {
        for (const member of members) {
            if (isComponent(member)) {
                this.componentNodes.push({ node: member, scope });
                if (member.name && isComponentKind(member.kind)) {
                    appendAll(this.pending, member.outgoing.map((node) => ({ node, owner: member })));
                }
            } else if (isGroup(member)) {
                this.collect(member.members, this.groupDraft(member, scope));
            } else if (isDefaults(member)) {
                this.addDefaults(member, scope);
            } else if (isConnection(member)) {
                this.pending.push({ node: member });
            } else if (isExtend(member)) {
                this.extendNodes.push(member);
            } else if (isTransaction(member)) {
                this.transactionNodes.push(member);
            } else if (isJourney(member)) {
                this.journeyNodes.push(member);
            } else if (isSettings(member)) {
                this.settingsNodes.push(member);
            }
        }
    }

    /** The draft of a group's kind and name, created by its first block; each block adds its properties. */
    private groupDraft(node: AstGroup, parent: GroupDraft | undefined): GroupDraft {
        // A group without a name (a syntax error) is never merged with another.
        const key = node.name ? `${node.kind} ${node.name}` : `${node.kind} #${this.groupDrafts.size}`;
        let draft = this.groupDrafts.get(key);
        if (!draft) {
            draft = { kind: node.kind, name: node.name ?? '', title: node.title, parent, node, entries: new Map(), firstNodes: new Map(), defaults: new DefaultsDraft() };
            this.groupDrafts.set(key, draft);
        }
        draft.title ??= node.title;
        const converted = this.context.conversions.of(node);
        for (const [property, value] of Object.entries(converted.values)) {
            const propertyNode = converted.propertyNodes.get(property);
            if (this.isRepeated(draft.firstNodes, property, propertyNode, `'${property}' is already set on ${node.kind} ${draft.name} in another block of design ${this.name}.`)) {
                continue;
            }
            draft.entries.set(property, { value, source: 'design', location: propertyNode ? locationOf(propertyNode, 'key') : undefined });
        }
        return draft;
    }

    /**
     * The properties `extend` blocks add to this design's components, by
     * component; a key added twice to one component is reported on the
     * second. An `extend` of another design's component adds nothing (the
     * validator says why).
     */
    private collectExtensions(): Map<AstComponent, PropertyBag> {
        const byTarget = new Map<AstComponent, Map<string, PropertyEntry>>();
        const firstNodes = new Map<string, AstNode>();
        for (const node of this.extendNodes) {
            const target = node.target?.ref;
            if (!target?.name || architectureOf(target)?.name !== this.name) {
                continue;
            }
            const entries = byTarget.get(target) ?? new Map<string, PropertyEntry>();
            byTarget.set(target, entries);
            const converted = this.context.conversions.of(node);
            for (const [key, value] of Object.entries(converted.values)) {
                const propertyNode = converted.propertyNodes.get(key);
                if (this.isRepeated(firstNodes, `${target.name}.${key}`, propertyNode, `'${key}' is already added to ${target.name} by another 'extend' in design ${this.name}.`)) {
                    continue;
                }
                entries.set(key, { value, source: 'design', location: propertyNode ? locationOf(propertyNode, 'key') : undefined });
            }
        }
        return new Map([...byTarget].map(([target, entries]) => [target, new PropertyBag(entries)]));
    }

    /** Adds a `defaults` block's entries to its scope: the enclosing group, or the design. */
    private addDefaults(node: AstDefaults, scope: GroupDraft | undefined): void {
        const target = scope?.defaults ?? this.designDefaults;
        const where = scope ? `${scope.kind} ${scope.name}` : `design ${this.name}`;
        for (const entry of node.entries) {
            if (!entry.kind || !isDefaultsKind(entry.kind)) {
                continue; // the validator reports the kind
            }
            const converted = this.context.conversions.of(entry);
            const entries = target.entries.get(entry.kind) ?? new Map<string, PropertyEntry>();
            target.entries.set(entry.kind, entries);
            for (const [key, value] of Object.entries(converted.values)) {
                const propertyNode = converted.propertyNodes.get(key);
                if (this.isRepeated(target.firstNodes, `${entry.kind}.${key}`, propertyNode, `'${entry.kind}.${key}' is already set in another 'defaults' block of ${where}.`)) {
                    continue;
                }
                entries.set(key, { value, source: 'inherited', location: propertyNode ? locationOf(propertyNode, 'key') : undefined, from: `defaults of ${where}` });
            }
        }
    }

    /** True (and reported) when `key` was already set in another block of the same scope. */
    private isRepeated(firstNodes: Map<string, AstNode>, key: string, propertyNode: AstNode | undefined, message: string): boolean {
        const first = firstNodes.get(key);
        if (first && propertyNode) {
            this.duplicate(propertyNode, message, first);
            return true;
        }
        if (propertyNode) {
            firstNodes.set(key, propertyNode);
        }
        return false;
    }

    /** Parents are drafted before their children, so each parent is frozen first. */
    private freezeGroups(): void {
        for (const draft of this.groupDrafts.values()) {
            const properties = new PropertyBag(draft.entries);
            const group: Group = freeze({
                kind: draft.kind,
                name: draft.name,
                title: draft.title,
                design: this.name,
                parent: draft.parent?.group,
                properties,
                defaults: draft.defaults.toScopeDefaults(),
                exposure: draft.kind === 'network' ? (properties.string('exposure') === 'public' ? 'public' : 'private') : undefined,
                location: locationOf(draft.node, 'name')
            });
            draft.group = group;
            this.groups.push(group);
        }
    }

    private component(node: AstComponent, group: Group | undefined, foreign: boolean): Component | undefined {
        if (!node.name || !isComponentKind(node.kind)) {
            return undefined;
        }
        const kind: ComponentKind = node.kind;
        // A component of another design inherits nothing from this one.
        // What an `extend` adds wins over what the component states (it corrects an imported guess).
        const own = foreign ? this.bag(node) : (this.extensions.get(node) ?? PropertyBag.EMPTY).over(this.bag(node));
        const stated = foreign ? own : own.over(this.inheritedBy(kind, group));
        const engineId = stated.string('engine');
        const component: Component = freeze({
            kind,
            name: node.name,
            title: node.title,
            design: foreign ? architectureOf(node)?.name ?? '' : this.name,
            group,
            properties: engineId ? stated.over(this.context.catalog.facts(engineId, kind)) : stated,
            engine: engineId ? this.context.catalog.info(engineId, kind) : undefined,
            location: locationOf(node, 'name'),
            foreign,
            referencedByOtherDesigns: !foreign && this.context.referencedElsewhere(node)
        });
        this.componentByNode.set(node, component);
        return component;
    }

    /** What a component of `kind` in `group` inherits: the innermost group's defaults over the outer groups', over the design's. */
    private inheritedBy(kind: ComponentKind, group: Group | undefined): PropertyBag {
        const byKind = this.componentInheritance.get(group) ?? new Map<ComponentKind, PropertyBag>();
        this.componentInheritance.set(group, byKind);
        let inherited = byKind.get(kind);
        if (!inherited) {
            const outer = group ? this.inheritedBy(kind, group.parent) : this.scopeDefaults[kind] ?? PropertyBag.EMPTY;
            inherited = group ? (group.defaults[kind] ?? PropertyBag.EMPTY).over(groupStatements(group, GROUP_COMPONENT_KEYS)).over(outer) : outer;
            byKind.set(kind, inherited);
        }
        return inherited;
    }

    /**
     * What a connection inherits from the scopes holding both its ends,
     * innermost first: `connection` defaults, then a network's `tls` and
     * `auth`, then what its mesh implies (mutual TLS).
     */
    private inheritedByConnection(source: Component, target: Component): PropertyBag {
        if (source.foreign || target.foreign) {
            return PropertyBag.EMPTY;
        }
        let inherited = this.scopeDefaults.connection ?? PropertyBag.EMPTY;
        const shared = groupsHolding(source).filter((group) => groupsHolding(target).includes(group));
        for (const group of shared.reverse()) {
            inherited = this.connectionLayer(group).over(inherited);
        }
        return inherited;
    }

    private connectionLayer(group: Group): PropertyBag {
        let layer = this.connectionLayers.get(group);
        if (!layer) {
            layer = (group.defaults.connection ?? PropertyBag.EMPTY).over(groupStatements(group, GROUP_CONNECTION_KEYS)).over(meshStatements(group));
            this.connectionLayers.set(group, layer);
        }
        return layer;
    }

    /** The component a reference points to; components of other designs are built on demand. */
    private resolve(reference: Reference<AstComponent> | undefined): Component | undefined {
        const node = reference?.ref;
        if (!node) {
            return undefined;
        }
        const known = this.componentByNode.get(node);
        if (known || architectureOf(node)?.name === this.name) {
            return known;
        }
        return this.component(node, undefined, true);
    }

    private connectionsOf(node: Outgoing | AstConnection, owner: AstComponent | undefined): Connection[] {
        const properties = this.connectionProperties(node);
        if (owner) {
            const outgoing = node as Outgoing;
            const range = (): Range | undefined => spanOf(GrammarUtils.findNodeForKeyword(outgoing.$cstNode, '->')?.range, outgoing.target?.$refNode?.range);
            return this.connection(this.componentByNode.get(owner), this.resolve(outgoing.target), node, properties, range);
        }
        const chain = node as AstConnection;
        return chain.endpoints.slice(1).flatMap((target, index) => {
            const source = chain.endpoints[index];
            const range = (): Range | undefined => spanOf(source.$refNode?.range, target.$refNode?.range);
            return this.connection(this.resolve(source), this.resolve(target), node, properties, range);
        });
    }

    /** `nameRange`: where this one hop is written (`A -> B` in a chain), worked out when asked. */
    private connection(source: Component | undefined, target: Component | undefined, node: AstNode, written: PropertyBag, nameRange: () => Range | undefined): Connection[] {
        if (!source || !target) {
            return [];
        }
        // A network's `tls: true` makes every hop inside it TLS, whatever
        // application protocol the hop names (`http` over TLS); a connection
        // that is not encrypted says `tls: false`.
        const properties = written.over(this.inheritedByConnection(source, target));
        const protocol = properties.string('protocol');
        const queueEnd = source.kind === 'queue' || target.kind === 'queue';
        const defaultMode = queueEnd || (protocol !== undefined && ASYNC_PROTOCOLS.has(protocol)) ? 'async' : 'sync';
        const mode = properties.string('mode');
        const access = properties.string('access');
        return [freeze({
            id: `${displayName(source, this.name)}->${displayName(target, this.name)}`,
            source,
            target,
            label: (node as AstConnection).label,
            properties,
            mode: mode === 'sync' || mode === 'async' ? mode : defaultMode,
            access: access === 'reads' || access === 'writes' || access === 'read_write' ? access : undefined,
            protocol,
            encrypted: properties.boolean('tls') === true || (protocol !== undefined && ENCRYPTED_PROTOCOLS.has(protocol)),
            location: new NodeLocation(node, undefined, nameRange)
        })];
    }

    private connectionProperties(node: Outgoing | AstConnection): PropertyBag {
        const block = node.body ? this.bag(node.body) : PropertyBag.EMPTY;
        return block.over(shorthandBag(node.shorthand));
    }

    private transaction(node: AstTransaction): Transaction {
        const writes = node.writes.flatMap((list) => list.targets.map((target) => this.resolve(target)));
        return freeze({
            name: node.name ?? '',
            title: node.title,
            design: this.name,
            writes: freeze(unique(writes.filter((component): component is Component => component !== undefined))),
            properties: this.bag(node),
            location: locationOf(node, 'name')
        });
    }

    private journey(node: AstJourney, connections: readonly Connection[]): Journey {
        const paths = node.paths.map((path) => path.steps.map((step) => this.resolve(step)).filter((component): component is Component => component !== undefined));
        const hops = paths.flatMap((steps) => steps.slice(1).map((target, index) => {
            const source = steps[index];
            return freeze({ source, target, connection: connections.find((candidate) => candidate.source === source && candidate.target === target) });
        }));
        return freeze({
            name: node.name ?? '',
            title: node.title,
            design: this.name,
            steps: freeze(unique(paths.flat())),
            hops: freeze(hops),
            properties: this.bag(node),
            location: locationOf(node, 'name')
        });
    }

    /** One entry per settings kind; a key set in two blocks is reported once. */
    private settings(): Design['settings'] {
        const merged: Partial<Record<SettingsKind, { entries: Map<string, PropertyEntry>; location: SourceLocation }>> = {};
        const firstByKey = new Map<string, AstNode>();
        for (const node of this.settingsNodes) {
            const kind = node.kind;
            const target = (merged[kind] ??= { entries: new Map(), location: locationOf(node, 'kind') });
            const converted = this.context.conversions.of(node);
            for (const [key, value] of Object.entries(converted.values)) {
                const propertyNode = converted.propertyNodes.get(key);
                const first = firstByKey.get(`${kind}.${key}`);
                if (first && propertyNode) {
                    this.duplicate(propertyNode, `'${kind}.${key}' is already set in another '${kind}' block of design ${this.name}.`, first);
                    continue;
                }
                if (propertyNode) {
                    firstByKey.set(`${kind}.${key}`, propertyNode);
                }
                target.entries.set(key, { value, source: 'design', location: propertyNode ? locationOf(propertyNode, 'key') : undefined });
            }
        }
        // Each entry is keyed by its own kind, which the mapped type of Design['settings'] cannot follow through fromEntries.
        return Object.fromEntries(Object.entries(merged).map(([kind, value]) => [kind, freeze({
            kind: kind as SettingsKind,
            properties: new PropertyBag(value.entries),
            location: value.location
        })])) as Design['settings'];
    }

    private bag(holder: PropertyHolder): PropertyBag {
        const converted = this.context.conversions.of(holder);
        const entries = new Map<string, PropertyEntry>();
        for (const [key, value] of Object.entries(converted.values)) {
            const node = converted.propertyNodes.get(key);
            entries.set(key, { value, source: 'design', location: node ? locationOf(node, 'key') : undefined });
        }
        return new PropertyBag(entries);
    }

    private reportDuplicates(): void {
        this.reportDuplicateNames([...this.componentByNode.keys()].filter((node) => architectureOf(node)?.name === this.name), 'component');
        this.reportDuplicateNames(this.transactionNodes, 'transaction');
        this.reportDuplicateNames(this.journeyNodes, 'journey');
    }

    private reportDuplicateNames(nodes: readonly (AstComponent | AstTransaction | AstJourney)[], what: string): void {
        const byName = new Map<string, (AstComponent | AstTransaction | AstJourney)[]>();
        for (const node of nodes) {
            if (node.name) {
                byName.set(node.name, [...(byName.get(node.name) ?? []), node]);
            }
        }
        for (const [name, same] of byName) {
            if (same.length > 1) {
                for (const node of same) {
                    const other = same.find((candidate) => candidate !== node) as AstNode;
                    this.duplicate(node, `Duplicate ${what} name '${name}' in design ${this.name}.`, other, 'name');
                }
            }
        }
    }

    private duplicate(node: AstNode, message: string, other: AstNode, property?: string): void {
        this.problems.push({ node, property, severity: 'error', code: 'meta/duplicate-name', message, related: [{ node: other, message: 'Also declared here.' }] });
    }
}

/** The group's own `keys` as values its members inherit, naming the group as their origin. */
function groupStatements(group: Group, keys: readonly GroupPropertyKey[]): PropertyBag {
    const entries = new Map<string, PropertyEntry>();
    for (const key of keys) {
        const entry = group.properties.entry(key);
        if (entry) {
            entries.set(key, { ...entry, source: 'inherited', from: `${group.kind} ${group.name}` });
        }
    }
    return entries.size === 0 ? PropertyBag.EMPTY : new PropertyBag(entries);
}

/** A service mesh in a network gives every connection inside it mutual TLS (encrypted, `auth: mtls`). */
function meshStatements(group: Group): PropertyBag {
    const mesh = group.properties.entry('mesh');
    if (!mesh || !group.properties.enabled('mesh')) {
        return PropertyBag.EMPTY;
    }
    const implied = (value: PlainValue): PropertyEntry => ({ value, source: 'inherited', location: mesh.location, from: `mesh of ${group.kind} ${group.name}` });
    return new PropertyBag(new Map([['tls', implied(true)], ['auth', implied('mtls')]]));
}

/** The groups holding a component, innermost first. */
function groupsHolding(component: Component): Group[] {
    const groups: Group[] = [];
    for (let group = component.group; group; group = group.parent) {
        groups.push(group);
    }
    return groups;
}

/** Properties set by the `:` shorthand; unknown words are left to the validator. */
function shorthandBag(shorthand: Shorthand | undefined): PropertyBag {
    if (!shorthand) {
        return PropertyBag.EMPTY;
    }
    const expanded = expandShorthand(shorthand.words);
    const values: Record<string, PlainValue> = expanded.ok ? { ...expanded.values } : {};
    const location = locationOf(shorthand);
    return new PropertyBag(new Map(Object.entries(values).map(([key, value]) => [key, { value, source: 'design', location }])));
}

export function locationOf(node: AstNode, nameProperty?: string): SourceLocation {
    return new NodeLocation(node, nameProperty);
}

/**
 * Where a node is written, worked out when first asked: a large design has
 * hundreds of thousands of property locations and only those of findings are
 * ever read.
 */
class NodeLocation implements SourceLocation {
    private cachedUri: string | undefined;
    private cachedRange: Range | undefined;
    private cachedNameRange: Range | undefined;

    constructor(private readonly node: AstNode, private readonly nameProperty: string | undefined, private readonly nameRangeOf?: () => Range | undefined) {}

    get uri(): string {
        return this.cachedUri ??= AstUtils.getDocument(this.node).uri.toString();
    }

    get range(): Range {
        return this.cachedRange ??= this.node.$cstNode?.range ?? EMPTY_RANGE;
    }

    get nameRange(): Range {
        if (!this.cachedNameRange) {
            const named = this.nameRangeOf ? this.nameRangeOf() : this.nameProperty ? firstNodeForProperty(this.node.$cstNode, this.nameProperty)?.range : undefined;
            this.cachedNameRange = named ?? this.range;
        }
        return this.cachedNameRange;
    }

    /** Plain data in JSON (tests, the report): the three fields, not the node. */
    toJSON(): { uri: string; range: Range; nameRange: Range } {
        return { uri: this.uri, range: this.range, nameRange: this.nameRange };
    }
}

const EMPTY_RANGE: Range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

function spanOf(start: Range | undefined, end: Range | undefined): Range | undefined {
    return start && end ? { start: start.start, end: end.end } : start ?? end;
}

/** A component's name as written in this design: `Other.Name` for another design's. */
export function displayName(component: Component, design: string): string {
    return component.design === design ? component.name : `${component.design}.${component.name}`;
}

function unique<T>(items: readonly T[]): T[] {
    return [...new Set(items)];
}

function freeze<T extends object>(value: T): T {
    return Object.freeze(value);
}

