/**
 * An operator's remote shell or desktop session (ssh through a jump box, RDP
 * to a VM), told by a connection that names no application protocol and whose
 * words say ssh, RDP or remote desktop. Such a session is a person
 * administering a host, not a request the system serves: it is not a hop of a
 * request chain, and the host it enters is not an application entry point
 * (the shell authenticates its user by definition).
 */
import type { Connection } from '../../model/design.js';
import { linkDescribedAs } from './stated-in-words.js';

const SESSION_WORDS = /\b(ssh|rdp|remote desktop)\b/i;

export function isAdminSession(connection: Connection): boolean {
    if (connection.protocol !== undefined || connection.access !== undefined) {
        return false;
    }
    return namesEncryptedSession(connection);
}

/**
 * The link's words name a remote shell or desktop session (ssh, RDP): the
 * session protocol encrypts it whatever transport word the link names (SSH
 * always; RDP over TLS by default since Windows Server 2003 SP1).
 */
export function namesEncryptedSession(connection: Connection): boolean {
    return linkDescribedAs(connection, SESSION_WORDS);
}
