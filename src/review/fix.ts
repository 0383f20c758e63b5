/**
 * Quick fixes, described on the design model. The language server turns a
 * fix into text edits (it knows where blocks and references are written);
 * rules never see syntax.
 */
import type { Component, ComponentKind, Connection, DefaultsKind, Design, Group, SettingsKind, Transaction } from '../model/design.js';
import type { ComponentPropertyKey, ConnectionPropertyKey, GroupPropertyKey, SettingsPropertyKey, TransactionPropertyKey } from '../model/property-keys.js';

/**
 * A property written as `.arch` text, e.g. `{ key: 'ttl', value: '5m' }`;
 * `Key` is the keys its holder takes, so a fix cannot write a misspelt key.
 */
export interface PropertyText<Key extends string = string> {
    readonly key: Key;
    readonly value: string;
}

export type ComponentPropertyText = PropertyText<ComponentPropertyKey>;

export type TransactionPropertyText = PropertyText<TransactionPropertyKey>;

/** A component to add, written as `.arch` text. */
export interface NewComponent {
    readonly kind: ComponentKind;
    readonly name: string;
    readonly properties: readonly ComponentPropertyText[];
}

export type Fix =
    /** Set (or replace) properties of a component, connection, transaction or group. */
    | { readonly kind: 'set-properties'; readonly title: string; readonly target: Component | Connection | Transaction | Group; readonly properties: readonly PropertyText<ComponentPropertyKey | ConnectionPropertyKey | TransactionPropertyKey | GroupPropertyKey>[] }
    /** Set the same properties on each of several elements: one fix for one decision's findings. */
    | { readonly kind: 'set-properties-each'; readonly title: string; readonly targets: readonly (Component | Connection | Transaction | Group)[]; readonly properties: readonly PropertyText<ComponentPropertyKey | ConnectionPropertyKey | TransactionPropertyKey | GroupPropertyKey>[] }
    /** Set keys of a settings block, creating the block when the design has none. */
    | { readonly kind: 'set-settings'; readonly title: string; readonly settings: SettingsKind; readonly properties: readonly PropertyText<SettingsPropertyKey>[] }
    /** Add a component next to `near` (in the same group) and connect `from` to it. */
    | { readonly kind: 'add-component'; readonly title: string; readonly component: NewComponent; readonly near?: Component; readonly from: readonly { readonly source: Component; readonly shorthand: string }[] }
    /** Put a new component between the sources of `connections` and their targets. */
    | { readonly kind: 'insert-between'; readonly title: string; readonly component: NewComponent; readonly connections: readonly Connection[] }
    /** Add a component and point `connections` at it instead of their target. */
    | { readonly kind: 'redirect'; readonly title: string; readonly component: NewComponent; readonly connections: readonly Connection[] }
    /** Declare a transaction over stores, next to the component that writes them. */
    | { readonly kind: 'add-transaction'; readonly title: string; readonly name: string; readonly near: Component; readonly writes: readonly Component[]; readonly properties: readonly TransactionPropertyText[] }
    /** Move a component into a private network of the design (a new one if there is none). */
    | { readonly kind: 'move-into-private-network'; readonly title: string; readonly component: Component }
    /**
     * Set keys of a scope's defaults for one kind (`of`: a component kind or
     * `connection`): one decision stated once for the design or a group,
     * which every member of that kind inherits. Creates the `defaults` block
     * and the kind's entry when missing; replaces a key already written.
     */
    | { readonly kind: 'set-defaults'; readonly title: string; readonly scope: Design | Group; readonly of: DefaultsKind; readonly properties: readonly PropertyText<ComponentPropertyKey | ConnectionPropertyKey>[] };
