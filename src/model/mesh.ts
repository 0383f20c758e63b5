/**
 * A service mesh stated on a network (`network Cluster { mesh: istio }`):
 * what it gives the connections between its members, for rules to read.
 * The design builder already gives those connections mutual TLS (`tls: true`,
 * `auth: mtls`, inherited); the mesh also balances each call across the
 * callee's instances in the caller's sidecar, which this module exposes.
 */
import type { Component, Connection, Group } from './design.js';

export interface Mesh {
    /** As written (`istio`, `linkerd`), or `mesh` for `mesh: true`. */
    readonly name: string;
    /** The network that states it. */
    readonly group: Group;
}

/** The mesh a component runs in: the innermost group holding it that states one. */
export function meshOf(component: Component): Mesh | undefined {
    for (let group = component.group; group; group = group.parent) {
        if (group.properties.enabled('mesh')) {
            const value = group.properties.get('mesh');
            return { name: typeof value === 'string' ? value : 'mesh', group };
        }
    }
    return undefined;
}

/** True when the group holds the component, directly or in a nested group. */
export function holds(group: Group, component: Component): boolean {
    for (let current = component.group; current; current = current.parent) {
        if (current === group) {
            return true;
        }
    }
    return false;
}

/**
 * Both ends run in the caller's mesh: the caller's sidecar spreads the calls
 * over the callee's instances (client-side load balancing), so no load
 * balancer needs to stand between them.
 */
export function balancedByMesh(connection: Connection): boolean {
    const mesh = meshOf(connection.source);
    return mesh !== undefined && holds(mesh.group, connection.target);
}
