/**
 * What a change did to the designs themselves (pr-review.md, "archlens
 * diff"): per design, the components and connections added, removed,
 * renamed and changed (which properties, from what to what), and the
 * settings blocks that changed.
 *
 * Only what an element states itself counts as an edit of it: a value it
 * inherits (a `defaults` block, a network's `tls`) or an engine's fact
 * changes because something else was edited, and reporting it on every
 * member would bury the one line the author changed. Foreign components
 * (another design's, reached by `Design.Name`) belong to their own design.
 *
 * A rename is reported only when it is evident, so that a reviewer is never
 * told two unrelated components are one: the removed and the added component
 * must look the same (kind, stated properties, title) and match each other
 * only, with the connection neighbourhood breaking ties. Connections are
 * matched through the renames, so a renamed component's connections are not
 * reported as removed and added again.
 *
 * Pure: designs in, plain data out, in a deterministic order.
 */
import { SETTINGS_KINDS } from '../model/design.js';
import type { Component, ComponentKind, Connection, Design, SettingsKind } from '../model/design.js';
import { isPlainObject } from '../model/property-bag.js';
import type { PlainValue, PropertyBag, PropertyEntry } from '../model/property-bag.js';

/** One property (or pseudo-key: `kind`, `title`, `group`, `mode`, `protocol`, `label`) that differs; an absent side was not set. */
export interface PropertyChange {
    readonly key: string;
    readonly before?: PlainValue;
    readonly after?: PlainValue;
}

/** A component as the diff names it. */
export interface ComponentRef {
    readonly name: string;
    readonly kind: ComponentKind;
}

/** A component on both sides (under its head name when renamed) whose stated properties, kind, title or group differ. */
export interface ComponentChange extends ComponentRef {
    readonly changes: readonly PropertyChange[];
}

export interface Rename {
    readonly from: string;
    readonly to: string;
    readonly kind: ComponentKind;
}

/** A connection as the diff names it: `id` is `Source->Target`, a foreign end written `Design.Name`. */
export interface ConnectionRef {
    readonly id: string;
    readonly source: string;
    readonly target: string;
}

/** A connection on both sides (by its head id) whose stated properties, mode, protocol or label differ. */
export interface ConnectionChange extends ConnectionRef {
    readonly changes: readonly PropertyChange[];
}

export interface ComponentsDiff {
    readonly added: readonly ComponentRef[];
    readonly removed: readonly ComponentRef[];
    readonly renamed: readonly Rename[];
    readonly changed: readonly ComponentChange[];
}

/** Removed connections are named as in the base (their ends' base names); added and changed ones as in the head. */
export interface ConnectionsDiff {
    readonly added: readonly ConnectionRef[];
    readonly removed: readonly ConnectionRef[];
    readonly changed: readonly ConnectionChange[];
}

export interface SettingsChange {
    readonly block: SettingsKind;
    readonly changes: readonly PropertyChange[];
}

export type DesignStatus = 'added' | 'removed' | 'changed' | 'unchanged';

export interface DesignDiff {
    readonly design: string;
    readonly status: DesignStatus;
    readonly components: ComponentsDiff;
    readonly connections: ConnectionsDiff;
    readonly settings: readonly SettingsChange[];
}

/** Every design of either side, matched by name and sorted by it; a design on one side only is all added or all removed. */
export function diffDesigns(base: readonly Design[], head: readonly Design[]): DesignDiff[] {
    const baseByName = firstByKey(base, (design) => design.name);
    const headByName = firstByKey(head, (design) => design.name);
    const names = [...new Set([...baseByName.keys(), ...headByName.keys()])].sort(byText);
    return names.map((name) => diffDesign(name, baseByName.get(name), headByName.get(name)));
}

/** The design's renames: base component name to head component name. */
export function renameMap(diff: DesignDiff): ReadonlyMap<string, string> {
    return renamesOf(diff.components.renamed);
}

function renamesOf(renamed: readonly Rename[]): ReadonlyMap<string, string> {
    return new Map(renamed.map((rename) => [rename.from, rename.to]));
}

/** One side of a design as the diff reads it; a design absent from a side reads as empty. */
interface Side {
    readonly components: ReadonlyMap<string, Component>;
    readonly connections: readonly Connection[];
    readonly settings: Design['settings'];
}

const EMPTY_SIDE: Side = { components: new Map(), connections: [], settings: {} };

function sideOf(design: Design | undefined): Side {
    if (!design) {
        return EMPTY_SIDE;
    }
    const own = design.components.filter((component) => !component.foreign);
    return { components: firstByKey(own, (component) => component.name), connections: design.connections, settings: design.settings };
}

function diffDesign(name: string, baseDesign: Design | undefined, headDesign: Design | undefined): DesignDiff {
    const base = sideOf(baseDesign);
    const head = sideOf(headDesign);
    const components = diffComponents(base, head);
    const connections = diffConnections(base, head, renamesOf(components.renamed));
    const settings = diffSettings(base, head);
    return { design: name, status: statusOf(baseDesign, headDesign, components, connections, settings), components, connections, settings };
}

function statusOf(base: Design | undefined, head: Design | undefined, components: ComponentsDiff, connections: ConnectionsDiff, settings: readonly SettingsChange[]): DesignStatus {
    if (!base) {
        return 'added';
    }
    if (!head) {
        return 'removed';
    }
    const lists = [components.added, components.removed, components.renamed, components.changed, connections.added, connections.removed, connections.changed, settings];
    return lists.some((list) => list.length > 0) ? 'changed' : 'unchanged';
}

// Components

function diffComponents(base: Side, head: Side): ComponentsDiff {
    const renamed = findRenames(base, head);
    const renamedFrom = new Set(renamed.map((rename) => rename.from));
    const renamedTo = new Set(renamed.map((rename) => rename.to));
    const removed = [...base.components.values()].filter((component) => !head.components.has(component.name) && !renamedFrom.has(component.name));
    const added = [...head.components.values()].filter((component) => !base.components.has(component.name) && !renamedTo.has(component.name));
    // A renamed component keeps its kind, properties and title, but may have moved to another group.
    const pairs: [Component, Component][] = [
        ...[...base.components.values()].flatMap((before): [Component, Component][] => {
            const after = head.components.get(before.name);
            return after ? [[before, after]] : [];
        }),
        ...renamed.map((rename): [Component, Component] => [requireComponent(base, rename.from), requireComponent(head, rename.to)])
    ];
    const changed = pairs.flatMap(([before, after]): ComponentChange[] => {
        const changes = componentChanges(before, after);
        return changes.length > 0 ? [{ name: after.name, kind: after.kind, changes }] : [];
    });
    return {
        added: sortedBy(added.map(componentRef), (ref) => ref.name),
        removed: sortedBy(removed.map(componentRef), (ref) => ref.name),
        renamed,
        changed: sortedBy(changed, (change) => change.name)
    };
}

function componentRef(component: Component): ComponentRef {
    return { name: component.name, kind: component.kind };
}

function requireComponent(side: Side, name: string): Component {
    const component = side.components.get(name);
    if (!component) {
        throw new Error(`model-diff: no component ${name}`);
    }
    return component;
}

function componentChanges(before: Component, after: Component): PropertyChange[] {
    const pseudo: PropertyChange[] = [
        valueChange('kind', before.kind, after.kind),
        valueChange('title', before.title, after.title),
        valueChange('group', before.group?.name, after.group?.name)
    ].filter(isChange);
    return [...pseudo, ...propertyChanges(before.properties, after.properties)];
}

// Renames

/**
 * Renames in two passes, each keeping only matches unique both ways: first
 * by look (kind, stated properties, title), then, for ties and for
 * components with nothing stated to recognise them by, by look and
 * neighbourhood, the first pass's renames applied to the base's peers.
 */
function findRenames(base: Side, head: Side): Rename[] {
    const removed = [...base.components.values()].filter((component) => !head.components.has(component.name)).sort(byName);
    const added = [...head.components.values()].filter((component) => !base.components.has(component.name)).sort(byName);
    const byLook = uniquePairs(removed, added, (before, after) => !isBlank(before) && sameLook(before, after));
    const known = new Map(byLook.map(([before, after]) => [before.name, after.name]));
    const restRemoved = removed.filter((component) => !known.has(component.name));
    const matched = new Set(known.values());
    const restAdded = added.filter((component) => !matched.has(component.name));
    const baseNeighbours = new Map(restRemoved.map((component) => [component.name, neighbourhood(component.name, base.connections, known)]));
    const headNeighbours = new Map(restAdded.map((component) => [component.name, neighbourhood(component.name, head.connections, new Map())]));
    const byNeighbourhood = uniquePairs(restRemoved, restAdded, (before, after) => {
        const peers = baseNeighbours.get(before.name) ?? '';
        // Nothing stated and no peers: nothing says the two are one component.
        const recognisable = !isBlank(before) || peers !== '';
        return recognisable && sameLook(before, after) && peers === headNeighbours.get(after.name);
    });
    return sortedBy(
        [...byLook, ...byNeighbourhood].map(([before, after]): Rename => ({ from: before.name, to: after.name, kind: after.kind })),
        (rename) => rename.from
    );
}

/** The pairs where each side has exactly one candidate on the other. */
function uniquePairs(removed: readonly Component[], added: readonly Component[], matches: (before: Component, after: Component) => boolean): [Component, Component][] {
    return removed.flatMap((before): [Component, Component][] => {
        const candidates = added.filter((after) => matches(before, after));
        if (candidates.length !== 1) {
            return [];
        }
        const [after] = candidates;
        const counterparts = removed.filter((other) => matches(other, after));
        return counterparts.length === 1 ? [[before, after]] : [];
    });
}

/** Same kind, same stated properties, same title (or both untitled). */
function sameLook(before: Component, after: Component): boolean {
    return before.kind === after.kind && before.title === after.title && stableJson(ownValues(before.properties)) === stableJson(ownValues(after.properties));
}

/** No title and no stated property: only its connections could identify it. */
function isBlank(component: Component): boolean {
    return component.title === undefined && Object.keys(ownValues(component.properties)).length === 0;
}

/** The component's peers, direction-aware (`>Db` it calls, `<Web` calls it), names mapped through `renames`, as one comparable string. */
function neighbourhood(name: string, connections: readonly Connection[], renames: ReadonlyMap<string, string>): string {
    const mapped = (end: string): string => renames.get(end) ?? end;
    const peers = new Set<string>();
    // A foreign end's name is qualified (`Other.X`), so it never equals a local name.
    for (const connection of connections) {
        const source = endName(connection.source);
        const target = endName(connection.target);
        if (source === name) {
            peers.add(`>${mapped(target)}`);
        }
        if (target === name) {
            peers.add(`<${mapped(source)}`);
        }
    }
    return [...peers].sort(byText).join(',');
}

// Connections

function diffConnections(base: Side, head: Side, renames: ReadonlyMap<string, string>): ConnectionsDiff {
    // Base connections keyed as they would be written in the head, so that renamed ends still match.
    const baseByKey = firstByKey(base.connections, (connection) => connectionKey(connection, renames));
    const headByKey = firstByKey(head.connections, (connection) => connectionKey(connection, new Map()));
    const added = [...headByKey].filter(([key]) => !baseByKey.has(key)).map(([, connection]) => connectionRef(connection));
    const removed = [...baseByKey].filter(([key]) => !headByKey.has(key)).map(([, connection]) => connectionRef(connection));
    const changed = [...headByKey].flatMap(([key, after]): ConnectionChange[] => {
        const before = baseByKey.get(key);
        const changes = before ? connectionChanges(before, after) : [];
        return changes.length > 0 ? [{ ...connectionRef(after), changes }] : [];
    });
    return {
        added: sortedBy(added, (ref) => ref.id),
        removed: sortedBy(removed, (ref) => ref.id),
        changed: sortedBy(changed, (change) => change.id)
    };
}

/** A connection end's name as its id writes it: a foreign component qualified by its design. */
function endName(component: Component): string {
    return component.foreign ? `${component.design}.${component.name}` : component.name;
}

function connectionKey(connection: Connection, renames: ReadonlyMap<string, string>): string {
    const mapped = (component: Component): string => (component.foreign ? endName(component) : (renames.get(component.name) ?? component.name));
    return `${mapped(connection.source)}->${mapped(connection.target)}`;
}

function connectionRef(connection: Connection): ConnectionRef {
    const source = endName(connection.source);
    const target = endName(connection.target);
    return { id: `${source}->${target}`, source, target };
}

/**
 * Stated property changes, and the mode, protocol and label as pseudo-keys.
 * `mode` and `protocol` are property keys too: where either side has the key
 * at all, the property comparison speaks for it (an inherited value is no
 * edit of the connection); the pseudo-key covers what nothing states, such as
 * a mode that follows from a queue at one end.
 */
function connectionChanges(before: Connection, after: Connection): PropertyChange[] {
    const propertyKeys = new Set([...before.properties.keys(), ...after.properties.keys()]);
    const pseudo: PropertyChange[] = [
        valueChange('mode', before.mode, after.mode),
        valueChange('protocol', before.protocol, after.protocol),
        valueChange('label', before.label, after.label)
    ].filter(isChange).filter((change) => !propertyKeys.has(change.key));
    return [...pseudo, ...propertyChanges(before.properties, after.properties)];
}

// Settings

function diffSettings(base: Side, head: Side): SettingsChange[] {
    return SETTINGS_KINDS.flatMap((block): SettingsChange[] => {
        const changes = propertyChanges(base.settings[block]?.properties, head.settings[block]?.properties);
        return changes.length > 0 ? [{ block, changes }] : [];
    });
}

// Values

/**
 * Written on the element itself. Not `isStated`, which also counts inherited
 * values: those are edits of the scope that states them, not of the element.
 */
function isOwn(entry: PropertyEntry | undefined): entry is PropertyEntry {
    return entry !== undefined && entry.source === 'design';
}

/** The values the element states itself, by key. */
function ownValues(bag: PropertyBag | undefined): Record<string, PlainValue> {
    const values: Record<string, PlainValue> = {};
    for (const key of bag?.keys() ?? []) {
        const entry = bag?.entry(key);
        if (isOwn(entry)) {
            values[key] = entry.value;
        }
    }
    return values;
}

/** The stated properties that differ, sorted by key. */
function propertyChanges(before: PropertyBag | undefined, after: PropertyBag | undefined): PropertyChange[] {
    const beforeValues = ownValues(before);
    const afterValues = ownValues(after);
    const keys = [...new Set([...Object.keys(beforeValues), ...Object.keys(afterValues)])].sort(byText);
    return keys.map((key) => valueChange(key, beforeValues[key], afterValues[key])).filter(isChange);
}

/** The change of one key, or undefined when both sides are the same. */
function valueChange(key: string, before: PlainValue | undefined, after: PlainValue | undefined): PropertyChange | undefined {
    if (before !== undefined && after !== undefined && stableJson(before) === stableJson(after)) {
        return undefined;
    }
    if (before === undefined && after === undefined) {
        return undefined;
    }
    return { key, ...(before !== undefined ? { before } : {}), ...(after !== undefined ? { after } : {}) };
}

function isChange(change: PropertyChange | undefined): change is PropertyChange {
    return change !== undefined;
}

/** JSON with object keys sorted, so that equal values written in another order compare equal. */
function stableJson(value: PlainValue): string {
    if (Array.isArray(value)) {
        return `[${value.map(stableJson).join(',')}]`;
    }
    if (isPlainObject(value)) {
        return `{${Object.keys(value).sort(byText).map((key) => `${JSON.stringify(key)}:${stableJson(value[key])}`).join(',')}}`;
    }
    return JSON.stringify(value);
}

// Collections

/** By key, the first item of each key: a repeated declaration does not replace the first. */
function firstByKey<Item>(items: readonly Item[], keyOf: (item: Item) => string): Map<string, Item> {
    const byKey = new Map<string, Item>();
    for (const item of items) {
        const key = keyOf(item);
        if (!byKey.has(key)) {
            byKey.set(key, item);
        }
    }
    return byKey;
}

function sortedBy<Item>(items: readonly Item[], keyOf: (item: Item) => string): Item[] {
    return [...items].sort((a, b) => byText(keyOf(a), keyOf(b)));
}

/** Code-point order, not locale order: the same on every machine. */
function byText(a: string, b: string): number {
    return a < b ? -1 : a > b ? 1 : 0;
}

function byName(a: Component, b: Component): number {
    return byText(a.name, b.name);
}
