/**
 * When a connection is used (`phase`): a dependency read only while the
 * caller starts (a config server) or in the background does not hold a
 * request, and a running caller keeps serving while it is down.
 */
import type { Connection } from './design.js';

/** Used only while the source starts: `phase: startup`. */
export function isStartupOnly(connection: Connection): boolean {
    return connection.properties.string('phase') === 'startup';
}

/** Used while serving requests: `phase: request`, or no phase stated. */
export function servesRequests(connection: Connection): boolean {
    const phase = connection.properties.string('phase');
    return phase === undefined || phase === 'request';
}
