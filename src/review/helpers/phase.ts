/**
 * When a connection is used (`phase`): a dependency read only while the
 * caller starts (a config server) does not fail a running caller.
 */
import type { Component, Connection } from '../../model/design.js';
import type { DesignIndex } from '../../model/design-index.js';

/** Used only while the source starts: `phase: startup`. */
export function isStartupOnly(connection: Connection): boolean {
    return connection.properties.string('phase') === 'startup';
}

/** Something uses the component while running: it has a connection out, or one in that is not start-up only. */
export function isUsedWhileRunning(component: Component, index: DesignIndex): boolean {
    const incoming = index.incoming(component);
    return incoming.some((connection) => !isStartupOnly(connection))
        || (incoming.length === 0 && index.outgoing(component).length > 0);
}
