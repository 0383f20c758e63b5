/** Which connections write data, as the `cap` rules count writes. */
import type { Connection } from '../../model/design.js';

/** Taking a lock changes no data a reader sees; `cap/lock-on-async-replica` judges locks. */
export function isLock(connection: Connection): boolean {
    return connection.properties.string('uses') === 'lock';
}

/**
 * A connection writes its target unless it says `access: reads`: rules.md
 * counts an unstated access as reads and writes, and a lock is not a write.
 */
export function writesTo(connection: Connection): boolean {
    return connection.access !== 'reads' && !isLock(connection);
}

/** A connection reads its target unless it says `access: writes`; a lock is not a read. */
export function readsFrom(connection: Connection): boolean {
    return connection.access !== 'writes' && !isLock(connection);
}
