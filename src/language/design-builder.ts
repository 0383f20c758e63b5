/**
 * Builds the design model from every `architecture` block of one name, across
 * the documents of a workspace. The result holds no AST node: rules,
 * estimates, the diagram and the report never see Langium.
 */
import { firstNodeForProperty } from './first-node-for-property.js';
import { AstUtils, GrammarUtils, type AstNode, type LangiumDocument, type Reference } from 'langium';
import type {
    Component, ComponentKind, Connection, ConnectionProtocol, Design, Group, Range, SettingsKind, SourceLocation, Suppression, Transaction
} from '../model/design.js';
import { isComponentKind } from '../model/design.js';
import { PropertyBag, type PlainValue, type PropertyEntry } from '../model/property-bag.js';
import type { EngineCatalog } from '../engine-catalog/engine-catalog.js';
import { expandShorthand } from './connection-shorthand.js';
import { architectureOf } from './arch-naming.js';
import type { PropertyConversions, PropertyHolder } from './property-conversions.js';
import {
    type Architecture, type Component as AstComponent, type Connection as AstConnection, type Group as AstGroup,
    type Member, type Outgoing, type Settings as AstSettings, type Shorthand, type Transaction as AstTransaction,
    isComponent, isConnection, isGroup, isSettings, isTransaction
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

class Builder {
    private readonly components: Component[] = [];
    private readonly groups: Group[] = [];
    private readonly componentByNode = new Map<AstComponent, Component>();
    private readonly problems: DesignProblem[] = [];
    private readonly pending: { node: Outgoing | AstConnection; owner?: AstComponent }[] = [];
    private readonly transactionNodes: AstTransaction[] = [];
    private readonly settingsNodes: AstSettings[] = [];

    constructor(private readonly name: string, private readonly context: DesignBuilderContext) {}

    build(blocks: readonly DesignBlock[]): BuiltDesign {
        for (const block of blocks) {
            this.collect(block.architecture.members, undefined);
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
            settings: freeze(this.settings()),
            suppressions: freeze(unique(blocks.map((block) => block.document)).flatMap((document) => this.context.suppressionsOf(document)))
        });
        this.reportDuplicates();
        return { design, problems: this.problems, componentOf: (node) => this.componentByNode.get(node) };
    }

    private collect(members: readonly Member[], group: Group | undefined): void {
        for (const member of members) {
            if (isComponent(member)) {
                const component = this.component(member, group, false);
                if (component) {
                    this.components.push(component);
                    appendAll(this.pending, member.outgoing.map((node) => ({ node, owner: member })));
                }
            } else if (isGroup(member)) {
                const child = this.group(member, group);
                this.collect(member.members, child);
            } else if (isConnection(member)) {
                this.pending.push({ node: member });
            } else if (isTransaction(member)) {
                this.transactionNodes.push(member);
            } else if (isSettings(member)) {
                this.settingsNodes.push(member);
            }
        }
    }

    private group(node: AstGroup, parent: Group | undefined): Group {
        const properties = this.bag(node);
        const group: Group = freeze({
            kind: node.kind,
            name: node.name ?? '',
            title: node.title,
            design: this.name,
            parent,
            properties,
            exposure: node.kind === 'network' ? (properties.string('exposure') === 'public' ? 'public' : 'private') : undefined,
            location: locationOf(node, 'name')
        });
        this.groups.push(group);
        return group;
    }

    private component(node: AstComponent, group: Group | undefined, foreign: boolean): Component | undefined {
        if (!node.name || !isComponentKind(node.kind)) {
            return undefined;
        }
        const kind: ComponentKind = node.kind;
        const explicit = this.bag(node);
        const engineId = explicit.string('engine');
        const component: Component = freeze({
            kind,
            name: node.name,
            title: node.title,
            design: foreign ? architectureOf(node)?.name ?? '' : this.name,
            group,
            properties: engineId ? explicit.over(this.context.catalog.facts(engineId, kind)) : explicit,
            engine: engineId ? this.context.catalog.info(engineId, kind) : undefined,
            location: locationOf(node, 'name'),
            foreign,
            referencedByOtherDesigns: !foreign && this.context.referencedElsewhere(node)
        });
        this.componentByNode.set(node, component);
        return component;
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
    private connection(source: Component | undefined, target: Component | undefined, node: AstNode, properties: PropertyBag, nameRange: () => Range | undefined): Connection[] {
        if (!source || !target) {
            return [];
        }
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
    }

    private reportDuplicateNames(nodes: readonly (AstComponent | AstTransaction)[], what: string): void {
        const byName = new Map<string, (AstComponent | AstTransaction)[]>();
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

