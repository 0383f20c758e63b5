/**
 * Lookups over a design, computed once so that rules stay linear in the size
 * of the design: by name, by kind, and each component's connections.
 */
import type { Component, ComponentKind, Connection, Design, Group } from './design.js';

export class DesignIndex {
    private readonly componentsByName = new Map<string, Component>();
    private readonly componentsByKind = new Map<ComponentKind, Component[]>();
    private readonly outgoingByComponent = new Map<Component, Connection[]>();
    private readonly incomingByComponent = new Map<Component, Connection[]>();
    private readonly transactionsByStore = new Map<Component, Design['transactions'][number][]>();

    constructor(readonly design: Design) {
        for (const component of design.components) {
            if (!this.componentsByName.has(component.name)) {
                this.componentsByName.set(component.name, component);
            }
            push(this.componentsByKind, component.kind, component);
        }
        for (const connection of design.connections) {
            push(this.outgoingByComponent, connection.source, connection);
            push(this.incomingByComponent, connection.target, connection);
        }
        for (const transaction of design.transactions) {
            for (const store of transaction.writes) {
                push(this.transactionsByStore, store, transaction);
            }
        }
    }

    component(name: string): Component | undefined {
        return this.componentsByName.get(name);
    }

    ofKind(...kinds: ComponentKind[]): readonly Component[] {
        if (kinds.length === 1) {
            return this.componentsByKind.get(kinds[0]) ?? [];
        }
        return kinds.flatMap((kind) => this.componentsByKind.get(kind) ?? []);
    }

    outgoing(component: Component): readonly Connection[] {
        return this.outgoingByComponent.get(component) ?? [];
    }

    incoming(component: Component): readonly Connection[] {
        return this.incomingByComponent.get(component) ?? [];
    }

    transactionsWriting(store: Component): readonly Design['transactions'][number][] {
        return this.transactionsByStore.get(store) ?? [];
    }

    /** The groups holding a component, innermost first. */
    groupsOf(component: Component): readonly Group[] {
        const groups: Group[] = [];
        for (let group = component.group; group; group = group.parent) {
            groups.push(group);
        }
        return groups;
    }

    /** The innermost network holding a component, if any. */
    networkOf(component: Component): Group | undefined {
        return this.groupsOf(component).find((group) => group.kind === 'network');
    }

    /** The innermost system holding a component, if any. */
    systemOf(component: Component): Group | undefined {
        return this.groupsOf(component).find((group) => group.kind === 'system');
    }
}

const indexes = new WeakMap<Design, DesignIndex>();

/** The index of a design, built on first use. */
export function indexOf(design: Design): DesignIndex {
    let index = indexes.get(design);
    if (!index) {
        index = new DesignIndex(design);
        indexes.set(design, index);
    }
    return index;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
    const list = map.get(key);
    if (list) {
        list.push(value);
    } else {
        map.set(key, [value]);
    }
}
